using System;
using System.Collections.Generic;
using System.Linq;
using k8s.Models;

namespace NetCfg.Oracle;

/// <summary>Label selector evaluation (matchLabels AND every matchExpression).</summary>
public static class Selectors
{
    /// <summary>True when <paramref name="labels"/> satisfy the selector; a null or empty selector matches everything.</summary>
    /// <exception cref="InvalidOperationException">Unknown operator (the API server would reject it).</exception>
    public static bool Matches(V1LabelSelector? selector, IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (selector is null)
        {
            return true;
        }

        foreach (var (key, value) in selector.MatchLabels ?? new Dictionary<string, string>())
        {
            if (!labels.TryGetValue(key, out var actual) || !string.Equals(actual, value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return (selector.MatchExpressions ?? []).All(e => Matches(e, labels));
    }

    private static bool Matches(V1LabelSelectorRequirement requirement, IReadOnlyDictionary<string, string> labels)
    {
        var present = labels.TryGetValue(requirement.Key ?? string.Empty, out var actual);
        var values = requirement.Values ?? [];
        return requirement.OperatorProperty switch
        {
            "In" => present && values.Contains(actual!, StringComparer.Ordinal),
            // NotIn also matches objects that do not carry the key at all.
            "NotIn" => !present || !values.Contains(actual!, StringComparer.Ordinal),
            "Exists" => present,
            "DoesNotExist" => !present,
            _ => throw new InvalidOperationException(
                $"label selector operator '{requirement.OperatorProperty}' is not one of In, NotIn, Exists, DoesNotExist"),
        };
    }
}
