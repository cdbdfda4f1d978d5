using System;
using System.Collections.Generic;
using System.Linq;

namespace NetCfg.Core.Rules;

/// <summary>"Did you mean" suggestions: the known names closest to a typed one by Levenshtein distance.</summary>
public static class ClosestNames
{
    /// <summary>Names longer than this are not compared: suggestions would be noise and the cost quadratic.</summary>
    public const int MaxLength = 300;

    /// <summary>
    /// Up to <paramref name="count"/> known names close to <paramref name="typed"/>, closest first; equal distances in ordinal
    /// order. A name is close when its distance (ignoring case) is at most a third of the longer name (at least 2), or when one
    /// name contains the other.
    /// </summary>
    public static IReadOnlyList<string> Find(string typed, IEnumerable<string> known, int count = 3)
    {
        if (typed.Length > MaxLength || count <= 0) return Array.Empty<string>();
        var lowered = typed.ToLowerInvariant();
        var candidates = new List<(string Name, int Distance)>();
        foreach (var name in known.Distinct(StringComparer.Ordinal))
        {
            if (name.Length > MaxLength || string.Equals(name, typed, StringComparison.Ordinal)) continue;
            var other = name.ToLowerInvariant();
            var distance = Distance(lowered, other);
            var threshold = Math.Max(2, Math.Max(lowered.Length, other.Length) / 3);
            var contains = lowered.Length > 0 && (other.IndexOf(lowered, StringComparison.Ordinal) >= 0 || lowered.IndexOf(other, StringComparison.Ordinal) >= 0);
            if (distance <= threshold || contains) candidates.Add((name, distance));
        }

        return candidates
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Name)
            .ToList();
    }

    /// <summary>The Levenshtein distance: insertions, deletions and substitutions, each costing 1. Two rows of memory.</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
