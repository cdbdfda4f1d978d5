using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Evaluation;

namespace NetCfg.Core.Review.Reports;

/// <summary>The flow changes as build output lines: "NetCfg: + a → b TCP 8080", "NetCfg: − a → b TCP 80" (U+2212).</summary>
public static class DiffConsole
{
    public const string Prefix = "NetCfg: ";
    public const int MaxLines = 20;

    /// <summary>Changes sorted by pair, the removed line of a pair before its added line; past 20, one "… and N more".</summary>
    public static IReadOnlyList<string> Lines(NetworkDiff diff, int maxLines = MaxLines)
    {
        var changes = diff.Removed.Select(f => (Sign: "\u2212", Order: 0, Flow: f))
            .Concat(diff.Added.Select(f => (Sign: "+", Order: 1, Flow: f)))
            .OrderBy(c => c.Flow.From.Name, System.StringComparer.Ordinal)
            .ThenBy(c => c.Flow.To.Name, System.StringComparer.Ordinal)
            .ThenBy(c => c.Flow.From.Id, System.StringComparer.Ordinal)
            .ThenBy(c => c.Flow.To.Id, System.StringComparer.Ordinal)
            .ThenBy(c => c.Order)
            .Select(c => Prefix + MarkdownText.Line($"{c.Sign} {c.Flow.From.Name} \u2192 {c.Flow.To.Name} {c.Flow.Ports}"))
            .ToList();
        if (changes.Count <= maxLines) return changes;
        var more = changes.Count - maxLines;
        return changes.Take(maxLines).Append(Prefix + "\u2026 and " + more.ToString("N0", CultureInfo.InvariantCulture) + " more").ToList();
    }
}
