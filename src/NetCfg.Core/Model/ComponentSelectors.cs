using System.Collections.Generic;
using System.Linq;

namespace NetCfg.Core.Model;

/// <summary>The pods a component selects: its labels and expressions, or, with neither, app.kubernetes.io/name: its name.</summary>
public static class ComponentSelectors
{
    /// <summary>The component's selector in canonical order: labels by key; expressions by key, operator and values.</summary>
    public static Selector Of(ComponentDeclaration component)
    {
        var labels = component.Labels
            .Where(l => l.Key is not null && l.Value is not null)
            .Select(l => new Label(l.Key!, l.Value!))
            .OrderBy(l => l.Key, System.StringComparer.Ordinal)
            .ToEquatableArray();
        var expressions = component.Expressions
            .Where(e => e.Key is not null && MirroredEnums.IsLabelOperator(e.Operator))
            .Select(e => new Requirement(e.Key!, (LabelOperator)e.Operator, e.Values.Distinct().OrderBy(v => v, System.StringComparer.Ordinal).ToEquatableArray()))
            .Distinct()
            .OrderBy(r => r.Key, System.StringComparer.Ordinal)
            .ThenBy(r => r.Operator)
            .ThenBy(r => string.Join(",", r.Values), System.StringComparer.Ordinal)
            .ToEquatableArray();
        return labels.IsEmpty && expressions.IsEmpty
            ? new Selector(new[] { new Label(Conventions.DefaultSelectorKey, component.Name ?? string.Empty) }.ToEquatableArray())
            : new Selector(labels, expressions);
    }

    /// <summary>How messages show a selector: <c>app: web, tier In (api, web)</c>.</summary>
    public static string Shown(Selector selector) => string.Join(", ", Parts(selector));

    /// <summary>The selector in kubectl's -l syntax: <c>app=web,tier in (api,web),!legacy</c>.</summary>
    public static string LabelSelector(Selector selector) => string.Join(",", selector.MatchLabels.Select(l => l.Key + "=" + l.Value)
        .Concat(selector.MatchExpressions.Select(r => r.Operator switch
        {
            LabelOperator.In => $"{r.Key} in ({string.Join(",", r.Values)})",
            LabelOperator.NotIn => $"{r.Key} notin ({string.Join(",", r.Values)})",
            LabelOperator.Exists => r.Key,
            _ => "!" + r.Key,
        })));

    private static IEnumerable<string> Parts(Selector selector) =>
        selector.MatchLabels.Select(l => $"{l.Key}: {l.Value}")
            .Concat(selector.MatchExpressions.Select(r => $"{r.Key} {r.Operator}" + (r.Values.IsEmpty ? string.Empty : $" ({string.Join(", ", r.Values)})")));
}
