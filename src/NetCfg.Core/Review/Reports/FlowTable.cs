using System.Collections.Generic;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Evaluation;

namespace NetCfg.Core.Review.Reports;

/// <summary>A Markdown table of flows: from, to, protocol and ports; one row per flow, in the order given.</summary>
internal static class FlowTable
{
    public static IEnumerable<string> Lines(IEnumerable<NetworkFlow> flows)
    {
        yield return "| From | To | Protocol and ports |";
        yield return "|---|---|---|";
        foreach (var flow in flows)
        {
            yield return $"| {Cell(flow.From)} | {Cell(flow.To)} | {MarkdownText.Cell(flow.Ports.ToString())} |";
        }
    }

    /// <summary>A component by name; a labelled peer as "label (key)", so the peer's text is always there.</summary>
    public static string Cell(FlowEndpoint endpoint) => MarkdownText.Cell(
        endpoint.Kind == EndpointKind.Component || endpoint.Label is null ? endpoint.Name : endpoint.Label + " (" + endpoint.Key + ")");
}
