using System.Collections.Generic;
using NetCfg.Properties.Tests.Topologies;

namespace NetCfg.Properties.Tests.Probes;

/// <summary>The ports one side of a pair lets through, per protocol: inclusive ranges, or every port. Built once per pair.</summary>
internal sealed class PortIntervals
{
    private readonly bool[] every = new bool[3];
    private readonly List<(int Low, int High)>[] ranges = { new(), new(), new() };

    public static PortIntervals Everything()
    {
        var all = new PortIntervals();
        for (var p = 0; p < 3; p++) all.every[p] = true;
        return all;
    }

    public void AddEvery(Proto protocol) => every[(int)protocol] = true;

    public void Add(Proto protocol, int low, int high) => ranges[(int)protocol].Add((low, high));

    /// <summary>A port entry (protocol, number, end or name); a name resolves on the destination's container ports.</summary>
    public void Add(Proto protocol, int? port, int? end, string? name, IReadOnlyList<NamedPortSpec> destinationPorts)
    {
        if (name is not null)
        {
            foreach (var p in destinationPorts)
            {
                if (p.Name == name && p.Protocol == protocol) Add(protocol, p.Number, p.Number);
            }
        }
        else if (port is { } low)
        {
            Add(protocol, low, end ?? low);
        }
        else
        {
            AddEvery(protocol);
        }
    }

    public bool Contains(Proto protocol, int port)
    {
        if (every[(int)protocol]) return true;
        foreach (var (low, high) in ranges[(int)protocol])
        {
            if (low <= port && port <= high) return true;
        }

        return false;
    }
}
