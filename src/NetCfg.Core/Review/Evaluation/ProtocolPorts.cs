using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;

namespace NetCfg.Core.Review.Evaluation;

/// <summary>An inclusive range of port numbers.</summary>
public readonly record struct PortRange(int First, int Last);

/// <summary>
/// The ports of one protocol: disjoint, sorted, non-adjacent ranges, plus named ports. A name is an opaque atom: every
/// port ∩ name = name, but a number ∩ a name = nothing, because the review cannot know which number a name resolves to
/// on the destination pod (so a flow that needs that is left out). Every port includes every name, so names are kept
/// only when not every port is.
/// </summary>
public sealed record ProtocolPorts(EquatableArray<PortRange> Ranges, EquatableArray<string> Names)
{
    public static readonly ProtocolPorts None = new(EquatableArray<PortRange>.Empty, EquatableArray<string>.Empty);

    public static readonly ProtocolPorts All = new(new[] { new PortRange(Ports.Min, Ports.Max) }.ToEquatableArray(), EquatableArray<string>.Empty);

    public bool IsEmpty => Ranges.IsEmpty && Names.IsEmpty;

    public bool IsAll => Equals(All);

    public bool Allows(int port) => Ranges.Any(r => r.First <= port && port <= r.Last);

    /// <summary>True when a rule naming this port allows it: the name is listed, or every port is.</summary>
    public bool AllowsName(string name) => IsAll || Names.Contains(name, StringComparer.Ordinal);

    public static ProtocolPorts Range(int first, int last) => new(new[] { new PortRange(first, last) }.ToEquatableArray(), EquatableArray<string>.Empty);

    public static ProtocolPorts Name(string name) => new(EquatableArray<PortRange>.Empty, new[] { name }.ToEquatableArray());

    public ProtocolPorts Union(ProtocolPorts other) => Make(Merge(Ranges.Concat(other.Ranges)), Names.Concat(other.Names));

    public ProtocolPorts Intersect(ProtocolPorts other)
    {
        var names = Names.Where(n => other.AllowsName(n)).Concat(other.Names.Where(AllowsName));
        return Make(Overlap(Ranges, other.Ranges), names);
    }

    public ProtocolPorts WithoutNames() => Names.IsEmpty ? this : new ProtocolPorts(Ranges, EquatableArray<string>.Empty);

    private static ProtocolPorts Make(List<PortRange> ranges, IEnumerable<string> names)
    {
        var result = new ProtocolPorts(ranges.ToEquatableArray(), EquatableArray<string>.Empty);
        return result.IsAll ? All : result with { Names = names.Distinct().OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray() };
    }

    private static List<PortRange> Merge(IEnumerable<PortRange> ranges)
    {
        var merged = new List<PortRange>();
        foreach (var range in ranges.OrderBy(r => r.First))
        {
            var last = merged.Count - 1;
            if (last >= 0 && range.First <= merged[last].Last + 1) merged[last] = new PortRange(merged[last].First, Math.Max(merged[last].Last, range.Last));
            else merged.Add(range);
        }

        return merged;
    }

    // Both lists are sorted and disjoint: walk them together.
    private static List<PortRange> Overlap(EquatableArray<PortRange> a, EquatableArray<PortRange> b)
    {
        var result = new List<PortRange>();
        for (int i = 0, j = 0; i < a.Count && j < b.Count;)
        {
            var first = Math.Max(a[i].First, b[j].First);
            var last = Math.Min(a[i].Last, b[j].Last);
            if (first <= last) result.Add(new PortRange(first, last));
            if (a[i].Last < b[j].Last) i++;
            else j++;
        }

        return result;
    }
}
