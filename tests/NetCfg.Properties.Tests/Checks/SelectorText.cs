using System;
using System.Collections.Generic;
using System.Linq;
using k8s.Models;
using NetCfg.TestKit;
using NetCfg.Properties.Tests.Harness;
using NetCfg.Properties.Tests.Topologies;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Properties.Tests.Checks;

/// <summary>
/// Selectors as one comparable text, from the topology or from what was emitted: labels "k=v" and expressions
/// "key Op [values]" (values as a set), each sorted. Null is "-" (no selector); an empty selector is "{}".
/// </summary>
internal static class SelectorText
{
    public static string Of(IEnumerable<LabelSpec>? labels, IEnumerable<ExpressionSpec>? expressions) =>
        labels is null && expressions is null ? "-" : Text(
            (labels ?? Enumerable.Empty<LabelSpec>()).Select(l => (l.Key, l.Value)),
            (expressions ?? Enumerable.Empty<ExpressionSpec>()).Select(e => (e.Key, e.Operator.ToString(), (IEnumerable<string>?)e.Values)));

    public static string Of(V1LabelSelector? selector) =>
        selector is null ? "-" : Text(
            (selector.MatchLabels ?? new Dictionary<string, string>()).Select(l => (l.Key, l.Value)),
            (selector.MatchExpressions ?? new List<V1LabelSelectorRequirement>()).Select(e => (e.Key, e.OperatorProperty, (IEnumerable<string>?)e.Values)));

    /// <summary>A selector of the LocalNetworkConfig, read as YAML.</summary>
    public static string Of(YamlNode? selector)
    {
        if (selector is null) return "-";
        var labels = selector.At("matchLabels").StringMap() ?? new Dictionary<string, string>();
        var expressions = ((selector.At("matchExpressions") as YamlSequenceNode)?.Children ?? new List<YamlNode>())
            .Select(e => (e.At("key").Text() ?? "?", e.At("operator").Text() ?? "?", (IEnumerable<string>?)(e.At("values") as YamlSequenceNode)?.Children.Select(v => v.Text() ?? "?")));
        return Text(labels.Select(l => (l.Key, l.Value)), expressions);
    }

    /// <summary>The pods a component selects.</summary>
    public static string Of(ComponentSpec component) => Of(component.Selector, component.MatchExpressions);

    /// <summary>A peer: both selectors.</summary>
    public static string Peer(string namespaceSelector, string podSelector) => $"namespaceSelector {namespaceSelector} podSelector {podSelector}";

    private static string Text(IEnumerable<(string Key, string Value)> labels, IEnumerable<(string Key, string Operator, IEnumerable<string>? Values)> expressions)
    {
        var parts = labels.Select(l => $"'{l.Key}'='{l.Value}'").OrderBy(t => t, StringComparer.Ordinal)
            .Concat(expressions.Select(e => $"'{e.Key}' {e.Operator}" + (e.Values is null || !e.Values.Any() ? string.Empty : " [" + string.Join(", ", e.Values.Distinct().OrderBy(v => v, StringComparer.Ordinal)) + "]"))
                .Distinct()
                .OrderBy(t => t, StringComparer.Ordinal));
        return "{" + string.Join(", ", parts) + "}";
    }
}
