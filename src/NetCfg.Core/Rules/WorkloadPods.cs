using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NetCfg.Core.Model;

namespace NetCfg.Core.Rules;

/// <summary>A workload with the file it is written in.</summary>
internal sealed record PlacedWorkload(string Path, Workload Workload)
{
    public ProblemSite Site => ProblemSite.InFile(Path, Workload.Line, Workload.Column);

    /// <summary><c>Deployment/backend (deploy/backend.yaml(4,9))</c>.</summary>
    public string Describe() =>
        $"{Workload.Display} ({Path}({Workload.Line.ToString(CultureInfo.InvariantCulture)},{Workload.Column.ToString(CultureInfo.InvariantCulture)}))";
}

/// <summary>The workloads of the network's namespace, and which of them each component of the network selects.</summary>
internal sealed class WorkloadPods
{
    private readonly Dictionary<string, List<PlacedWorkload>> _byComponent = new(System.StringComparer.Ordinal);
    private readonly List<List<ComponentDeclaration>> _byWorkload = new();

    public WorkloadPods(DeclarationIndex index, IReadOnlyList<WorkloadFile> files)
    {
        var ns = index.Input.Configs[0].Namespace;
        NamespaceText = ns is null ? "the network's namespace" : $"namespace '{ns}'";
        Workloads = files
            .OrderBy(f => f.Path, System.StringComparer.Ordinal)
            .SelectMany(f => f.Workloads.Select(w => new PlacedWorkload(f.Path, w)))
            .Where(p => (p.Workload.Namespace ?? ns) == ns)
            .ToList();
        var labels = Workloads.Select(w => (IReadOnlyDictionary<string, string>)w.Workload.Labels
            .GroupBy(l => l.Key, System.StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value, System.StringComparer.Ordinal)).ToList();
        foreach (var _ in Workloads) _byWorkload.Add(new List<ComponentDeclaration>());
        Components = index.Network.Where(c => !string.IsNullOrEmpty(c.Name)).ToList();
        var byLabel = new WorkloadLabelIndex(labels);
        foreach (var component in Components)
        {
            var selected = new List<PlacedWorkload>();
            foreach (var i in byLabel.Matching(ComponentSelectors.Of(component)))
            {
                selected.Add(Workloads[i]);
                _byWorkload[i].Add(component);
            }

            _byComponent[DeclarationIndex.Id(component)] = selected;
        }
    }

    /// <summary>"namespace 'shop'", or "the network's namespace" for a config without one.</summary>
    public string NamespaceText { get; }

    /// <summary>The workloads of the network's namespace (a workload without one is in it, as with kubectl apply -n), by file.</summary>
    public IReadOnlyList<PlacedWorkload> Workloads { get; }

    /// <summary>The named components of the network, by key.</summary>
    public IReadOnlyList<ComponentDeclaration> Components { get; }

    public IReadOnlyList<PlacedWorkload> Of(ComponentDeclaration component) =>
        _byComponent.TryGetValue(DeclarationIndex.Id(component), out var list) ? list : new List<PlacedWorkload>();

    /// <summary>The components that select the <paramref name="index"/>-th of <see cref="Workloads"/>.</summary>
    public IReadOnlyList<ComponentDeclaration> SelectorsOf(int index) => _byWorkload[index];
}
