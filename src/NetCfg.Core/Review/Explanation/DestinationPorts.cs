using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Evaluation;
using NetCfg.Core.Rules;
using NetCfg.Core.Validation;

namespace NetCfg.Core.Review.Explanation;

/// <summary>What the workload files say of one named port of the destination: its number, or null with why not.</summary>
public sealed record NamedPortResolution(Protocol Protocol, string Name, int? Number, string Text);

/// <summary>
/// The named ports of a probe's destination, from the workload files: the container ports of the workloads whose pods it
/// stands for (a component: those its selector picks in the network's namespace; a pod end: those of its namespace that
/// carry its labels). A name resolves when every such workload declares it with the protocol, all with one number: a pod
/// without it cannot take the flow, so a partial answer stays unresolved.
/// </summary>
internal sealed class DestinationPorts
{
    private readonly string _destination;
    private readonly IReadOnlyList<PlacedWorkload>? _pods;
    private readonly Dictionary<(Protocol, string), NamedPortResolution> _resolved = new();

    private DestinationPorts(string destination, IReadOnlyList<PlacedWorkload>? pods)
    {
        _destination = destination;
        _pods = pods;
    }

    /// <summary>No workload files: every name stays unknown.</summary>
    public static readonly DestinationPorts Unknown = new(string.Empty, null);

    /// <param name="files">The workload files; null when none are known.</param>
    /// <param name="configNamespace">Where a workload without a namespace runs, as with kubectl apply -n.</param>
    public static DestinationPorts For(IReadOnlyList<WorkloadFile>? files, string destination, string ns, Selector selector, string configNamespace)
    {
        if (files is null) return Unknown;
        var pods = files
            .OrderBy(f => f.Path, System.StringComparer.Ordinal)
            .SelectMany(f => f.Workloads.Select(w => new PlacedWorkload(f.Path, w)))
            .Where(p => (p.Workload.Namespace ?? configNamespace) == ns
                && LabelMatching.Matches(selector, p.Workload.Labels.GroupBy(l => l.Key, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, System.StringComparer.Ordinal)))
            .ToList();
        return new DestinationPorts(destination, pods);
    }

    /// <summary>The name's number on the destination's pods, or null (with why) when the files do not settle it; null without files.</summary>
    public NamedPortResolution? Resolve(Protocol protocol, string name)
    {
        if (_pods is null) return null;
        if (_resolved.TryGetValue((protocol, name), out var known)) return known;
        var declaring = _pods
            .SelectMany(p => p.Workload.Ports.Where(c => c.Name == name && c.Protocol == protocol).Select(c => (Pod: p, Port: c)))
            .ToList();
        var numbers = declaring.Select(d => d.Port.Number).Distinct().ToList();
        var lacking = _pods.Where(p => !declaring.Any(d => d.Pod == p)).ToList();
        var port = protocol.ToKubernetes() + " " + name;
        var settled = numbers.Count == 1 && lacking.Count == 0;
        var text = _pods.Count == 0 ? $"no workload in the workload files runs {_destination}'s pods, so {port} is unknown"
            : numbers.Count == 0 ? $"no workload of {_destination} ({string.Join(", ", _pods.Select(p => p.Describe()))}) declares a {protocol.ToKubernetes()} port named {name}"
            : settled ? $"{port} is {Number(numbers[0])}: " + string.Join(", ", declaring.Select(d => $"container port {d.Port} of {d.Pod.Describe()}"))
            : numbers.Count == 1 ? $"{port} is {Number(numbers[0])} in " + string.Join(", ", declaring.Select(d => d.Pod.Describe()))
                + $", but {string.Join(", ", lacking.Select(p => p.Describe()))} declares no {protocol.ToKubernetes()} port named {name}"
            : $"{port} differs among {_destination}'s pods: " + string.Join(", ", declaring.Select(d => $"{Number(d.Port.Number)} in {d.Pod.Describe()}"));
        var resolution = new NamedPortResolution(protocol, name, settled ? numbers[0] : null, text);
        _resolved.Add((protocol, name), resolution);
        return resolution;
    }

    /// <summary>The ports with every name that resolves replaced by its number.</summary>
    public PortSet Resolve(PortSet ports)
    {
        if (_pods is null) return ports;
        var result = ports;
        foreach (var protocol in PortSet.DisplayOrder)
        {
            var set = ports.For(protocol);
            var numbers = set.Names.Select(n => Resolve(protocol, n)).Where(r => r?.Number is not null).ToList();
            if (numbers.Count == 0) continue;
            var kept = new ProtocolPorts(set.Ranges, set.Names.Where(n => numbers.All(r => r!.Name != n)).ToEquatableArray());
            result = result.With(protocol, numbers.Aggregate(kept, (all, r) => all.Union(ProtocolPorts.Range(r!.Number!.Value, r.Number.Value))));
        }

        return result;
    }

    /// <summary>What the files say of each name in <paramref name="ports"/>, joined; null when nothing (no names, or no files).</summary>
    public string? Describe(PortSet ports)
    {
        if (_pods is null) return null;
        var texts = PortSet.DisplayOrder.SelectMany(p => ports.For(p).Names.Select(n => Resolve(p, n)!.Text)).ToList();
        return texts.Count == 0 ? null : string.Join("; ", texts);
    }

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);
}
