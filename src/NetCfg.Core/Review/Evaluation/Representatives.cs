using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;

namespace NetCfg.Core.Review.Evaluation;

/// <summary>
/// Label sets that satisfy exactly one selector: matchLabels as given, In its first value that no NotIn excludes, Exists
/// a value no selector can name, NotIn and DoesNotExist the key left out. And the matching that reads them.
/// </summary>
internal static class Representatives
{
    /// <summary>Not a valid label value, so no selector names it: what "some value" of an Exists looks like.</summary>
    public const string AnyValue = "*";

    /// <summary>The labels of a generic object the selector selects, or null when no object can satisfy it.</summary>
    public static Dictionary<string, string>? Labels(Model.Selector selector)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in selector.MatchLabels) labels[label.Key] = label.Value;
        foreach (var requirement in selector.MatchExpressions.Where(r => r.Operator == LabelOperator.In && !labels.ContainsKey(r.Key)))
        {
            var excluded = selector.MatchExpressions.Where(r => r.Operator == LabelOperator.NotIn && r.Key == requirement.Key).SelectMany(r => r.Values);
            labels[requirement.Key] = requirement.Values.Except(excluded, StringComparer.Ordinal).DefaultIfEmpty(requirement.Values[0]).First();
        }

        foreach (var requirement in selector.MatchExpressions.Where(r => r.Operator == LabelOperator.Exists && !labels.ContainsKey(r.Key)))
        {
            labels[requirement.Key] = AnyValue;
        }

        return Matches(selector, labels) ? labels : null;
    }

    /// <summary>The labels satisfy matchLabels and every matchExpressions entry.</summary>
    public static bool Matches(Model.Selector selector, IReadOnlyDictionary<string, string> labels) => LabelMatching.Matches(selector, labels);
}
