using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NetCfg.Core.Model;

namespace NetCfg.Core.Rules;

/// <summary>
/// Rules over the whole network: dependency cycles (NETCFG002), names used twice (NETCFG005) and identical selectors
/// (NETCFG008). Each finding is one problem at its first participant of this assembly (or the config, when none is),
/// plus an echo at every other participant of this assembly.
/// </summary>
internal static class GraphRules
{
    /// <summary>At most this many cycles are reported per tangle of mutually dependent components.</summary>
    public const int MaxCyclesPerGroup = 10;

    /// <summary>Longer cycles are shown as their first and last components around "… N more …".</summary>
    public const int MaxPathLength = 100;

    public static void Check(DeclarationIndex index, ISet<string> invalid, List<Problem> problems)
    {
        Cycles(index, problems);
        DuplicateNames(index, problems);
        IdenticalSelectors(index, invalid, problems);
    }

    private static void Cycles(DeclarationIndex index, List<Problem> problems)
    {
        var nodes = index.Network;
        var position = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++) position[DeclarationIndex.Id(nodes[i])] = i;
        var edges = new Dictionary<(int, int), int>();
        var successors = new int[nodes.Count][];
        for (var i = 0; i < nodes.Count; i++)
        {
            var targets = new SortedSet<int>();
            for (var d = 0; d < nodes[i].Dependencies.Count; d++)
            {
                // A target outside the network (a library's dependency on a library, seen from that library) has no cycle here.
                if (!nodes[i].Dependencies[d].Complete || index.Resolve(nodes[i].Dependencies[d].Target) is not { } target) continue;
                if (!position.TryGetValue(DeclarationIndex.Id(target), out var j)) continue;
                if (j != i && targets.Add(j)) edges[(i, j)] = d;
            }

            successors[i] = targets.ToArray();
        }

        foreach (var found in CycleFinder.Cycles(successors, MaxCyclesPerGroup))
        {
            var start = System.Array.FindIndex(found, k => index.IsLocal(nodes[k]));
            var cycle = found.Skip(System.Math.Max(start, 0)).Concat(found.Take(System.Math.Max(start, 0))).ToArray();
            var sites = new List<ProblemSite>();
            for (var k = 0; k < cycle.Length && k < MaxPathLength; k++)
            {
                var node = nodes[cycle[k]];
                if (!index.IsLocal(node)) continue;
                var d = edges[(cycle[k], cycle[(k + 1) % cycle.Length])];
                sites.Add(ProblemSite.On(node.Type, AttributeKind.DependsOn, d, node.Dependencies[d].Target.Shape == TargetShape.Name ? Arguments.First : Arguments.Target));
            }

            Report(RuleIds.DependencyCycle, "Dependency cycle: " + Path(cycle.Select(k => index.Describe(nodes[k])).ToList()), sites, index, problems);
        }
    }

    private static void DuplicateNames(DeclarationIndex index, List<Problem> problems)
    {
        foreach (var group in index.ByName.Where(g => g.Count() > 1).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            var members = group.OrderBy(c => index.IsLocal(c) ? 0 : 1).ThenBy(c => c.Type, System.StringComparer.Ordinal).ToList();
            var who = members.Select(c => index.IsLocal(c) ? $"'{c.Display}'" : $"'{c.Display}' in assembly {c.Assembly}");
            var sites = members.Where(index.IsLocal).Select(c => ProblemSite.On(c.Type, AttributeKind.Component, 0, Arguments.First)).ToList();
            Report(RuleIds.DuplicateComponentName, $"The component name '{group.Key}' is used by {Text.List(who)}", sites, index, problems);
        }
    }

    private static void IdenticalSelectors(DeclarationIndex index, ISet<string> invalid, List<Problem> problems)
    {
        var groups = index.Network
            .Where(c => c.Name is not null && c.Complete && !invalid.Contains(DeclarationIndex.Id(c)))
            .Select(c => (Component: c, Selector: ComponentSelectors.Of(c)))
            .GroupBy(c => ComponentSelectors.Shown(c.Selector), System.StringComparer.Ordinal)
            .Where(g => g.Select(c => c.Component.Name).Distinct(System.StringComparer.Ordinal).Count() > 1)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var members = group.Select(c => c.Component).OrderBy(c => index.IsLocal(c) ? 0 : 1).ThenBy(c => c.Type, System.StringComparer.Ordinal).ToList();
            var sites = members.Where(index.IsLocal).Select(SelectorSite).ToList();
            var names = members.Select(c => "'" + index.Describe(c) + "'");
            Report(RuleIds.IdenticalSelector, $"Components {Text.List(names)} select exactly the same pods ({group.Key}), so each gets the others' traffic", sites, index, problems);
        }
    }

    /// <summary>Where a selector is declared: the first [MatchLabel], else the first [MatchExpression], else the name it defaults to.</summary>
    private static ProblemSite SelectorSite(ComponentDeclaration c) =>
        !c.Labels.IsEmpty ? ProblemSite.On(c.Type, AttributeKind.MatchLabel, 0)
        : !c.Expressions.IsEmpty ? ProblemSite.On(c.Type, AttributeKind.MatchExpression, 0)
        : ProblemSite.On(c.Type, AttributeKind.Component, 0, Arguments.First);

    private static void Report(string id, string message, IReadOnlyList<ProblemSite> sites, DeclarationIndex index, List<Problem> problems)
    {
        if (sites.Count == 0)
        {
            problems.Add(id, index.ConfigSite, message);
            return;
        }

        for (var k = 0; k < sites.Count; k++)
        {
            var others = sites.Where((_, i) => i != k).ToEquatableArray();
            problems.Add(new Problem(id, message, sites[k], others, Echo: k > 0));
        }
    }

    /// <summary>a → b → c → a; a very long cycle keeps its ends and says how many it leaves out.</summary>
    public static string Path(IReadOnlyList<string> names)
    {
        var shown = new List<string>();
        if (names.Count <= MaxPathLength)
        {
            shown.AddRange(names);
        }
        else
        {
            var head = MaxPathLength / 2;
            var tail = MaxPathLength - head - 1;
            shown.AddRange(names.Take(head));
            shown.Add("… " + (names.Count - head - tail).ToString(CultureInfo.InvariantCulture) + " more …");
            shown.AddRange(names.Skip(names.Count - tail));
        }

        shown.Add(names[0]);
        return string.Join(" → ", shown);
    }
}
