using System.Collections.Generic;
using System.Linq;
using System.Text;
using NetCfg.Core.Review.Evaluation;
using NetCfg.Core.Review.Reports;

namespace NetCfg.Tool.Output;

/// <summary>The formats of `netcfg flows`: table, md (network.md itself), csv, json and dot.</summary>
internal static class FlowFormats
{
    public static readonly string[] Names = { "table", "md", "csv", "json", "dot" };

    public static string Render(NetworkFlows flows, string format) => format switch
    {
        "md" => NetworkMarkdown.Render(flows),
        "csv" => Csv(flows.Flows),
        "json" => Json(flows),
        "dot" => Dot(flows),
        _ => Table(flows.Flows),
    };

    /// <summary>An endpoint as the review's table names it: a component by name, a peer as "label (key)".</summary>
    public static string Name(FlowEndpoint endpoint) =>
        endpoint.Kind == EndpointKind.Component || endpoint.Label is null ? endpoint.Name : endpoint.Label + " (" + endpoint.Key + ")";

    public static string Table(IReadOnlyCollection<NetworkFlow> flows) =>
        TextTable.Render(new[] { "FROM", "TO", "PORTS" }, flows.Select(f => (IReadOnlyList<string>)new[] { Line(Name(f.From)), Line(Name(f.To)), f.Ports.ToString() }).ToList());

    private static string Csv(IEnumerable<NetworkFlow> flows)
    {
        var text = new StringBuilder("from,to,ports\n");
        foreach (var flow in flows) text.Append(Field(Name(flow.From))).Append(',').Append(Field(Name(flow.To))).Append(',').Append(Field(flow.Ports.ToString())).Append('\n');
        return text.ToString();
    }

    private static string Json(NetworkFlows flows) => FlowJson.Document(json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("components");
        foreach (var component in flows.Components) json.WriteStringValue(component.Name);
        json.WriteEndArray();
        json.WriteStartArray("flows");
        foreach (var flow in flows.Flows) FlowJson.Flow(json, flow);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static string Dot(NetworkFlows flows)
    {
        var text = new StringBuilder("digraph netcfg {\n  rankdir=LR;\n");
        foreach (var endpoint in flows.Endpoints)
        {
            var shape = endpoint.Kind == EndpointKind.Component ? "box" : endpoint.Kind == EndpointKind.Pods ? "hexagon" : "ellipse";
            text.Append("  ").Append(Quoted(endpoint.Id)).Append(" [label=").Append(Quoted(Name(endpoint))).Append(", shape=").Append(shape).Append("];\n");
        }

        foreach (var flow in flows.Flows)
        {
            text.Append("  ").Append(Quoted(flow.From.Id)).Append(" -> ").Append(Quoted(flow.To.Id)).Append(" [label=").Append(Quoted(flow.Ports.ToString())).Append("];\n");
        }

        return text.Append("}\n").ToString();
    }

    private static string Line(string text) => MarkdownText.Line(text);

    private static string Quoted(string text) => "\"" + MarkdownText.Line(text).Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Field(string text) =>
        text.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
}
