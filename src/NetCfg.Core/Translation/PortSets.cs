using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;

namespace NetCfg.Core.Translation;

/// <summary>Normalises port lists: no duplicates, a whole-protocol entry absorbs that protocol's ports, a fixed order.</summary>
internal static class PortSets
{
    public static IReadOnlyList<PortSpec> Normalize(IEnumerable<PortSpec> ports)
    {
        var distinct = ports.Distinct().ToList();
        var wholeProtocols = new HashSet<Protocol>(distinct.Where(IsWhole).Select(p => p.Protocol));
        return InOrder(distinct.Where(p => IsWhole(p) || !wholeProtocols.Contains(p.Protocol)), p => p).ToList();
    }

    /// <summary>Items by their port: protocol name, then numbers (by port and end), then names.</summary>
    public static IOrderedEnumerable<T> InOrder<T>(IEnumerable<T> items, Func<T, PortSpec> port) => items
        .OrderBy(i => port(i).Protocol.ToKubernetes(), StringComparer.Ordinal)
        .ThenBy(i => port(i).Name is null ? 0 : 1)
        .ThenBy(i => port(i).Port ?? 0)
        .ThenBy(i => port(i).EndPort ?? 0)
        .ThenBy(i => port(i).Name, StringComparer.Ordinal);

    /// <summary>A stable text key for a normalised list, used to group peers that share the same ports.</summary>
    public static string Key(IReadOnlyList<PortSpec> ports) =>
        string.Join(",", ports.Select(p => $"{p.Protocol.ToKubernetes()}/{p.Port}-{p.EndPort}/{p.Name}"));

    private static bool IsWhole(PortSpec port) => port.Port is null && port.Name is null;
}
