using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Rules;

namespace NetCfg.Core.Review.Workloads;

/// <summary>One workload as network.md names it: <c>Deployment/backend</c>, and its file relative to the project (no line: the file is committed).</summary>
public sealed record WorkloadEntry(string Display, string Path);

/// <summary>A component of the network and the workloads its policy selects (none: NETCFG031).</summary>
public sealed record GovernedWorkloads(string Component, EquatableArray<WorkloadEntry> Workloads);

/// <summary>
/// Which pods the policies govern, by the matching of NETCFG031/032 (<see cref="WorkloadPods"/>): per component its
/// workloads, the workloads of the network's namespace no component selects, and the files left out because they do not
/// read (NETCFG030). Every list in ordinal order.
/// </summary>
public sealed record WorkloadCoverage(
    string NamespaceText,
    EquatableArray<GovernedWorkloads> Components,
    EquatableArray<WorkloadEntry> Uncovered,
    EquatableArray<string> Unread)
{
    /// <summary>The coverage of a config project's network; null without workload files or without a config.</summary>
    public static WorkloadCoverage? Of(TranslationInput input, IReadOnlyList<WorkloadFile> files)
    {
        if (files.Count == 0 || input.Configs.IsEmpty) return null;
        var index = new DeclarationIndex(input);
        var read = files.Where(f => f.Errors.IsEmpty).ToList();
        var pods = new WorkloadPods(index, read);
        var components = pods.Components
            .Select(c => new GovernedWorkloads(c.Name!, Sorted(pods.Of(c))))
            .OrderBy(c => c.Component, System.StringComparer.Ordinal)
            .ToEquatableArray();
        var uncovered = Sorted(pods.Workloads.Where((_, i) => pods.SelectorsOf(i).Count == 0));
        var unread = files.Where(f => !f.Errors.IsEmpty).Select(f => f.Path).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToEquatableArray();
        return new WorkloadCoverage(pods.NamespaceText, components, uncovered, unread);
    }

    private static EquatableArray<WorkloadEntry> Sorted(IEnumerable<PlacedWorkload> workloads) => workloads
        .Select(w => new WorkloadEntry(w.Workload.Display, w.Path))
        .OrderBy(w => w.Display, System.StringComparer.Ordinal)
        .ThenBy(w => w.Path, System.StringComparer.Ordinal)
        .ToEquatableArray();
}
