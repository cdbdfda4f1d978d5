using System.Collections.Generic;
using System.Linq;

namespace NetCfg.Core.Rules;

/// <summary>
/// One problem: its ID, the message users see (in the IDE and in the build alike), where it lies, and where else.
/// <paramref name="Suggestions"/> feed code fixes. An <paramref name="Echo"/> repeats a whole-graph problem at another
/// participant, for an IDE that analyses one document at a time; a full analysis reports only the problem itself.
/// </summary>
public sealed record Problem(
    string Id,
    string Message,
    ProblemSite Site,
    EquatableArray<ProblemSite> Also = default,
    EquatableArray<string> Suggestions = default,
    bool Echo = false)
{
    public bool Blocks => !Echo && RuleIds.Blocks(Id);
}

/// <summary>What the rules found, and whether some declaration could not be read at all (the compiler reports that).</summary>
public sealed record CheckResult(EquatableArray<Problem> Problems, bool Incomplete)
{
    public bool Blocked => Incomplete || Problems.Any(p => p.Blocks);
}

internal static class ProblemLists
{
    public static void Add(this List<Problem> problems, string id, ProblemSite site, string message) => problems.Add(new Problem(id, message, site));
}
