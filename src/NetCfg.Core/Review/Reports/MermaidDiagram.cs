using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Evaluation;

namespace NetCfg.Core.Review.Reports;

/// <summary>How an edge of a diagram is drawn.</summary>
internal enum EdgeStyle
{
    Plain,
    Added,
    Removed,
}

/// <summary>
/// A Mermaid flowchart of endpoints and flows in the plain subset: generated ids (n0, n1, …), every user text in an
/// escaped, quoted label. Components are boxes, selector peers hexagons, address blocks trapezoids, "anywhere" a circle.
/// </summary>
internal static class MermaidDiagram
{
    public const int MaxComponents = 60;

    // Mermaid's defaults: it refuses more edges than maxEdges, and more text than maxTextSize.
    public const int MaxEdges = 500;
    public const int MaxTextSize = 50_000;

    public const string AddedColour = "#1a7f37";
    public const string RemovedColour = "#cf222e";

    /// <summary>The lines of the fenced block, or null with <paramref name="why"/> when it is too big to draw.</summary>
    public static List<string>? Lines(int components, IReadOnlyList<FlowEndpoint> nodes, IReadOnlyList<(NetworkFlow Flow, EdgeStyle Style)> edges, out string? why)
    {
        why = components > MaxComponents ? $"The diagram is left out: {Count(components)} components are more than {MaxComponents}."
            : edges.Count > MaxEdges ? $"The diagram is left out: {Count(edges.Count)} flows are more than Mermaid draws ({MaxEdges})."
            : null;
        if (why is not null) return null;
        var ids = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var lines = new List<string> { "flowchart LR" };
        foreach (var node in nodes.Concat(edges.SelectMany(e => new[] { e.Flow.From, e.Flow.To })))
        {
            if (ids.ContainsKey(node.Id)) continue;
            var id = "n" + ids.Count.ToString(CultureInfo.InvariantCulture);
            ids[node.Id] = id;
            lines.Add("  " + id + Shape(node));
        }

        foreach (var (flow, style) in edges)
        {
            var arrow = style switch { EdgeStyle.Added => "==>", EdgeStyle.Removed => "-.->", _ => "-->" };
            lines.Add($"  {ids[flow.From.Id]} {arrow}|\"{MarkdownText.MermaidLabel(flow.Ports.ToString())}\"| {ids[flow.To.Id]}");
        }

        for (var i = 0; i < edges.Count; i++)
        {
            if (edges[i].Style == EdgeStyle.Plain) continue;
            var colour = edges[i].Style == EdgeStyle.Added ? AddedColour : RemovedColour;
            lines.Add($"  linkStyle {i.ToString(CultureInfo.InvariantCulture)} stroke:{colour},stroke-width:2px");
        }

        var size = lines.Sum(l => l.Length + 1);
        if (size <= MaxTextSize) return lines;
        why = $"The diagram is left out: its {Count(size)} characters are more than Mermaid draws ({Count(MaxTextSize)}).";
        return null;
    }

    private static string Shape(FlowEndpoint node)
    {
        var text = node.Kind == EndpointKind.Component || node.Label is null
            ? MarkdownText.MermaidLabel(node.Name)
            : MarkdownText.MermaidLabel(node.Label) + "<br/>" + MarkdownText.MermaidLabel(node.Key);
        return node.Kind switch
        {
            EndpointKind.Component => "[\"" + text + "\"]",
            EndpointKind.Pods => "{{\"" + text + "\"}}",
            EndpointKind.Addresses => "[/\"" + text + "\"\\]",
            _ => "((\"" + text + "\"))",
        };
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
