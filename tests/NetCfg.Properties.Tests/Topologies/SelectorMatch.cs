using System.Collections.Generic;
using System.Linq;

namespace NetCfg.Properties.Tests.Topologies;

/// <summary>
/// Label selector semantics, written from the Kubernetes documentation for the tests' own model (never from src/):
/// every matchLabels entry and every expression must hold; NotIn and DoesNotExist also hold for a missing key.
/// </summary>
internal static class SelectorMatch
{
    public static bool Matches(IReadOnlyDictionary<string, string> labels, IEnumerable<LabelSpec>? matchLabels, IEnumerable<ExpressionSpec>? expressions) =>
        (matchLabels ?? Enumerable.Empty<LabelSpec>()).All(l => labels.TryGetValue(l.Key, out var v) && v == l.Value)
        && (expressions ?? Enumerable.Empty<ExpressionSpec>()).All(e => Holds(e, labels));

    public static bool Holds(ExpressionSpec expression, IReadOnlyDictionary<string, string> labels)
    {
        var present = labels.TryGetValue(expression.Key, out var value);
        return expression.Operator switch
        {
            Op.In => present && expression.Values.Contains(value!),
            Op.NotIn => !present || !expression.Values.Contains(value!),
            Op.Exists => present,
            _ => !present,
        };
    }

    /// <summary>The component's pods: its labels, or the default label, and every expression.</summary>
    public static bool Selects(ComponentSpec component, IReadOnlyDictionary<string, string> labels) =>
        Matches(labels, component.Selector, component.MatchExpressions);

    /// <summary>Labels that satisfy the selector, or null when none can (e.g. tier: web with tier NotIn (web)).</summary>
    public static Dictionary<string, string>? Satisfying(IEnumerable<LabelSpec> matchLabels, IEnumerable<ExpressionSpec> expressions)
    {
        var labels = matchLabels.ToDictionary(l => l.Key, l => l.Value);
        foreach (var expression in expressions)
        {
            if (labels.ContainsKey(expression.Key)) continue;
            if (expression.Operator == Op.In) labels[expression.Key] = expression.Values[0];
            else if (expression.Operator == Op.Exists) labels[expression.Key] = "present";
        }

        return Matches(labels, matchLabels, expressions) ? labels : null;
    }

    /// <summary>Labels that fail exactly this expression (the others are left as they were), or null when that cannot be.</summary>
    public static Dictionary<string, string>? Failing(IReadOnlyDictionary<string, string> labels, ExpressionSpec expression)
    {
        var changed = new Dictionary<string, string>(labels);
        switch (expression.Operator)
        {
            case Op.In:
                changed[expression.Key] = "not-" + string.Join("-", expression.Values).Trim('-', '.', '_');
                break;
            case Op.NotIn:
                changed[expression.Key] = expression.Values[0];
                break;
            case Op.Exists:
                changed.Remove(expression.Key);
                break;
            default:
                changed[expression.Key] = "present";
                break;
        }

        return Holds(expression, changed) ? null : changed;
    }
}
