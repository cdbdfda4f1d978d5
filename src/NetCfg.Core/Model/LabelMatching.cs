using System.Collections.Generic;
using System.Linq;

namespace NetCfg.Core.Model;

/// <summary>Whether a label set satisfies a selector, as the API server decides it.</summary>
public static class LabelMatching
{
    /// <summary>The labels satisfy matchLabels and every matchExpressions entry.</summary>
    public static bool Matches(Selector selector, IReadOnlyDictionary<string, string> labels)
    {
        foreach (var label in selector.MatchLabels)
        {
            if (!labels.TryGetValue(label.Key, out var value) || value != label.Value) return false;
        }

        foreach (var requirement in selector.MatchExpressions)
        {
            var present = labels.TryGetValue(requirement.Key, out var value);
            var listed = present && requirement.Values.Contains(value!, System.StringComparer.Ordinal);
            var ok = requirement.Operator switch
            {
                LabelOperator.In => listed,
                LabelOperator.NotIn => !listed,
                LabelOperator.Exists => present,
                _ => !present,
            };
            if (!ok) return false;
        }

        return true;
    }
}
