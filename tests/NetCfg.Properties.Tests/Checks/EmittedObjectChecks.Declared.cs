using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Properties.Tests.Topologies;

namespace NetCfg.Properties.Tests.Checks;

/// <summary>What the topology declares, as the texts the policy checks compare emitted peers and port names with.</summary>
internal static partial class EmittedObjectChecks
{
    // Selector peers may only be component selectors, profile selector peers, or the cluster DNS of the variant.
    private static HashSet<string> DeclaredPeers(Topology topology)
    {
        var dns = DnsExpectation.Of(topology.Layout);
        var keys = topology.Components.Select(c => SelectorText.Peer("-", SelectorText.Of(c)))
            .Concat(topology.Profiles.SelectMany(p => p.AllRules).SelectMany(r => r.Peers).OfType<SelectorPeer>()
                .Select(p => SelectorText.Peer(SelectorText.Of(p.NamespaceLabels, p.NamespaceExpressions), SelectorText.Of(p.PodLabels, p.PodExpressions))))
            .Append(SelectorText.Peer(SelectorText.Of(new[] { new LabelSpec("kubernetes.io/metadata.name", dns.Namespace) }, null), SelectorText.Of(new[] { dns.PodLabel }, null)));
        return new HashSet<string>(keys, StringComparer.Ordinal);
    }

    // ipBlock peers may only be profile ipBlocks, or NodeLocal DNSCache's address.
    private static HashSet<string> DeclaredBlocks(Topology topology) =>
        new(
            topology.Profiles.SelectMany(p => p.AllRules).SelectMany(r => r.Peers).OfType<IpBlockPeer>()
                .Select(b => b.Cidr + " except [" + string.Join(", ", b.Except.Select(e => e.ToString()).Distinct().OrderBy(e => e, StringComparer.Ordinal)) + "]")
                .Append(DnsExpectation.NodeLocalIp + "/32 except []"),
            StringComparer.Ordinal);

    private static HashSet<string> DeclaredPortNames(Topology topology) =>
        new(
            topology.Components.SelectMany(c => c.Dependencies).Select(d => d.PortName)
                .Concat(topology.Profiles.SelectMany(p => p.AllRules).SelectMany(r => r.Ports).Select(p => p.Name))
                .OfType<string>(),
            StringComparer.Ordinal);
}
