using System;
using System.Collections.Generic;
using System.Linq;
using k8s.Models;
using NetCfg.Properties.Tests.Topologies;

namespace NetCfg.Properties.Tests.Checks;

/// <summary>The DNS egress of a component policy says exactly what the build's DNS variant promises (README, "DNS").</summary>
internal static partial class EmittedObjectChecks
{
    private static void CheckDns(Topology topology, string path, ComponentSpec component, V1NetworkPolicySpec spec, List<string> problems)
    {
        var dns = DnsExpectation.Of(topology.Layout);
        var egress = spec.Egress ?? new List<V1NetworkPolicyEgressRule>();
        var clusterPeer = SelectorText.Peer(
            SelectorText.Of(new[] { new LabelSpec("kubernetes.io/metadata.name", dns.Namespace) }, null),
            SelectorText.Of(new[] { dns.PodLabel }, null));
        string PeerText(V1NetworkPolicyPeer peer) => peer.IpBlock is { } block ? block.Cidr : SelectorText.Peer(SelectorText.Of(peer.NamespaceSelector), SelectorText.Of(peer.PodSelector));
        bool Is(V1NetworkPolicyEgressRule rule, string peer, int port) =>
            rule.To is [var only] && PeerText(only) == peer
            && (rule.Ports ?? new List<V1NetworkPolicyPort>()).Select(p => $"{p.Protocol}/{p.Port?.Value}-{p.EndPort}").OrderBy(p => p, StringComparer.Ordinal)
                .SequenceEqual(new[] { $"TCP/{port}-", $"UDP/{port}-" });
        var profilePeers = component.Profiles.Distinct().SelectMany(p => topology.Profile(p).Rules).SelectMany(r => r.Peers)
            .Select(p => p is SelectorPeer s ? SelectorText.Peer(SelectorText.Of(s.NamespaceLabels, s.NamespaceExpressions), SelectorText.Of(s.PodLabels, s.PodExpressions)) : ((IpBlockPeer)p).Cidr.ToString())
            .ToHashSet(StringComparer.Ordinal);
        var nodeLocal = DnsExpectation.NodeLocalIp + "/32";

        if (dns.Mode != DnsExpectation.Modes.None && !egress.Any(r => Is(r, clusterPeer, dns.Port)))
        {
            problems.Add($"{path}: no egress rule to {clusterPeer} on TCP and UDP {dns.Port} (DNS {dns.Mode})");
        }

        if (dns.Mode == DnsExpectation.Modes.None && !profilePeers.Contains(clusterPeer) && egress.Any(r => (r.To ?? new List<V1NetworkPolicyPeer>()).Any(p => PeerText(p) == clusterPeer)))
        {
            problems.Add($"{path}: an egress rule to the cluster DNS although the DNS variant is None");
        }

        var hasNodeLocal = egress.Any(r => Is(r, nodeLocal, DnsExpectation.NodeLocalPort));
        if (dns.Mode == DnsExpectation.Modes.NodeLocal && !hasNodeLocal) problems.Add($"{path}: no egress rule to {nodeLocal} on TCP and UDP 53 (DNS NodeLocal)");
        if (dns.Mode != DnsExpectation.Modes.NodeLocal && !profilePeers.Contains(nodeLocal) && egress.Any(r => (r.To ?? new List<V1NetworkPolicyPeer>()).Any(p => PeerText(p) == nodeLocal)))
        {
            problems.Add($"{path}: an egress rule to {nodeLocal} although the DNS variant is {dns.Mode}");
        }
    }
}
