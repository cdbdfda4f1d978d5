using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;

namespace NetCfg.Core.Translation;

/// <summary>Normalises port lists: no duplicates, a whole-protocol entry absorbs that protocol's ports, ordinal order.</summary>
internal static class PortSets
{
    public static IReadOnlyList<PortSpec> Normalize(IEnumerable<PortSpec> ports)
    {
        var distinct = ports.Distinct().ToList();
        var wholeProtocols = new HashSet<Protocol>(distinct.Where(p => p.Port is null).Select(p => p.Protocol));
        return distinct
            .Where(p => p.Port is null || !wholeProtocols.Contains(p.Protocol))
            .OrderBy(p => p.Protocol.ToKubernetes(), System.StringComparer.Ordinal)
            .ThenBy(p => p.Port ?? 0)
            .ThenBy(p => p.EndPort ?? 0)
            .ToList();
    }

    /// <summary>A stable text key for a normalised list, used to group peers that share the same ports.</summary>
    public static string Key(IReadOnlyList<PortSpec> ports) =>
        string.Join(",", ports.Select(p => $"{p.Protocol.ToKubernetes()}/{p.Port}-{p.EndPort}"));
}
