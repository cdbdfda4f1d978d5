using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;

namespace NetCfg.Core.Review.Evaluation;

/// <summary>A component whose pod selector changed.</summary>
public sealed record SelectorChange(string Component, Model.Selector Before, Model.Selector After);

/// <summary>
/// What changed between a baseline and the current review. Flows are compared by their ends' identities and ports,
/// never by display labels: a pair whose ports changed is one removed and one added flow.
/// </summary>
public sealed record NetworkDiff(
    EquatableArray<NetworkFlow> Added,
    EquatableArray<NetworkFlow> Removed,
    EquatableArray<NetworkFlow> Unchanged,
    EquatableArray<string> ComponentsAdded,
    EquatableArray<string> ComponentsRemoved,
    EquatableArray<SelectorChange> SelectorsChanged)
{
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty && ComponentsAdded.IsEmpty && ComponentsRemoved.IsEmpty && SelectorsChanged.IsEmpty;

    public static NetworkDiff Compare(NetworkFlows baseline, NetworkFlows current)
    {
        var before = new HashSet<(string, string, PortSet)>(baseline.Flows.Select(Identity));
        var after = new HashSet<(string, string, PortSet)>(current.Flows.Select(Identity));
        var oldComponents = baseline.Components.ToDictionary(c => c.Name, c => c.Selector, StringComparer.Ordinal);
        var newComponents = current.Components.ToDictionary(c => c.Name, c => c.Selector, StringComparer.Ordinal);
        return new NetworkDiff(
            current.Flows.Where(f => !before.Contains(Identity(f))).ToEquatableArray(),
            baseline.Flows.Where(f => !after.Contains(Identity(f))).ToEquatableArray(),
            current.Flows.Where(f => before.Contains(Identity(f))).ToEquatableArray(),
            Names(newComponents.Keys.Where(n => !oldComponents.ContainsKey(n))),
            Names(oldComponents.Keys.Where(n => !newComponents.ContainsKey(n))),
            newComponents
                .Where(c => oldComponents.TryGetValue(c.Key, out var old) && !old.Equals(c.Value))
                .OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new SelectorChange(c.Key, oldComponents[c.Key], c.Value))
                .ToEquatableArray());
    }

    private static (string, string, PortSet) Identity(NetworkFlow flow) => (flow.From.Id, flow.To.Id, flow.Ports);

    private static EquatableArray<string> Names(IEnumerable<string> names) => names.OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray();
}
