using System.Collections.Generic;
using System.Linq;
using System.Text;
using NetCfg.Core.Review.Evaluation;
using NetCfg.Core.Review.Reports;

namespace NetCfg.Tool.Output;

/// <summary>The formats of `netcfg diff`: table (one line per change), md (network-diff.md itself) and json.</summary>
internal static class DiffFormats
{
    public static readonly string[] Names = { "table", "md", "json" };

    public static string Render(NetworkDiff diff, NetworkFlows baseline, NetworkFlows current, string format) => format switch
    {
        "md" => DiffMarkdown.Render(diff, baseline, current),
        "json" => Json(diff),
        _ => Table(diff),
    };

    // The build's change lines without their prefix and limit, then the components.
    private static string Table(NetworkDiff diff)
    {
        if (diff.IsEmpty) return "No change.\n";
        var text = new StringBuilder();
        foreach (var line in DiffConsole.Lines(diff, int.MaxValue)) text.Append(line.Substring(DiffConsole.Prefix.Length)).Append('\n');
        foreach (var name in diff.ComponentsAdded) text.Append("+ component ").Append(MarkdownText.Line(name)).Append('\n');
        foreach (var name in diff.ComponentsRemoved) text.Append("\u2212 component ").Append(MarkdownText.Line(name)).Append('\n');
        foreach (var change in diff.SelectorsChanged)
        {
            text.Append("~ component ").Append(MarkdownText.Line(change.Component)).Append(" selector ")
                .Append(MarkdownText.Line(PeerKeys.Selector(change.Before))).Append(" \u2192 ").Append(MarkdownText.Line(PeerKeys.Selector(change.After))).Append('\n');
        }

        return text.ToString();
    }

    private static string Json(NetworkDiff diff) => FlowJson.Document(json =>
    {
        json.WriteStartObject();
        json.WriteBoolean("changed", !diff.IsEmpty);
        Flows("added", diff.Added);
        Flows("removed", diff.Removed);
        Strings("componentsAdded", diff.ComponentsAdded);
        Strings("componentsRemoved", diff.ComponentsRemoved);
        json.WriteStartArray("selectorsChanged");
        foreach (var change in diff.SelectorsChanged)
        {
            json.WriteStartObject();
            json.WriteString("component", change.Component);
            json.WriteString("before", PeerKeys.Selector(change.Before));
            json.WriteString("after", PeerKeys.Selector(change.After));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();

        void Flows(string name, IEnumerable<NetworkFlow> flows)
        {
            json.WriteStartArray(name);
            foreach (var flow in flows) FlowJson.Flow(json, flow);
            json.WriteEndArray();
        }

        void Strings(string name, IEnumerable<string> values)
        {
            json.WriteStartArray(name);
            foreach (var value in values.ToList()) json.WriteStringValue(value);
            json.WriteEndArray();
        }
    });
}
