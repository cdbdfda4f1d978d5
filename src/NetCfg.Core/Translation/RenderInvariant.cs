using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;

namespace NetCfg.Core.Translation;

/// <summary>
/// The renderer's own cheap guard, after the rule book: no planned file has an empty selector, a peer that selects
/// everything, or a port out of range. The rule book should make these impossible; this makes them unwritable.
/// </summary>
internal static class RenderInvariant
{
    /// <summary>Why the plan may not be rendered, or null.</summary>
    public static string? Broken(IEnumerable<PlannedFile> files) => files.Select(Broken).FirstOrDefault(b => b is not null);

    private static string? Broken(PlannedFile file) => file switch
    {
        PlannedConfig config => config.Components
            .Select(c => c.Selector.IsEmpty ? $"{file.Path}: component '{c.Name}' has an empty selector"
                : c.Dependencies.Select(d => Port(file, d.Port)).FirstOrDefault(b => b is not null))
            .FirstOrDefault(b => b is not null),
        PlannedPolicy { PodSelector: null } policy when policy.Ingress.Count + policy.Egress.Count > 0 => $"{file.Path}: a policy for every pod allows traffic",
        PlannedPolicy { PodSelector.IsEmpty: true } => $"{file.Path}: the policy has an empty pod selector",
        PlannedPolicy policy => policy.Ingress.Concat(policy.Egress).Select(r => Rule(file, r)).FirstOrDefault(b => b is not null),
        _ => null,
    };

    private static string? Rule(PlannedFile file, Rule rule) =>
        rule.Peers.IsEmpty ? $"{file.Path}: a rule without peers allows every peer"
        : rule.Peers.Any(SelectsEverything) ? $"{file.Path}: a peer selects everything"
        : rule.Ports.Select(p => Port(file, p)).FirstOrDefault(b => b is not null);

    // A peer must name an ipBlock or a selector, and every selector it has must name labels.
    private static bool SelectsEverything(Peer peer) =>
        (peer.IpBlock is null && peer.NamespaceSelector is null && peer.PodSelector is null)
        || peer.NamespaceSelector is { IsEmpty: true }
        || peer.PodSelector is { IsEmpty: true };

    private static string? Port(PlannedFile file, PortSpec port) =>
        Ports.Error(port.Port, port.EndPort) is { } error ? $"{file.Path}: {error}" : null;
}
