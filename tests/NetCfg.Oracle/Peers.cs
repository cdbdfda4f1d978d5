using System;
using System.Collections.Generic;
using System.Linq;
using k8s.Models;

namespace NetCfg.Oracle;

/// <summary>Peer (from/to item) matching for one rule.</summary>
internal static class Peers
{
    /// <summary>An omitted or empty peer list matches every endpoint; otherwise items are ORed.</summary>
    internal static bool Allows(IList<V1NetworkPolicyPeer>? peers, Endpoint endpoint, string policyNamespace, Cluster cluster) =>
        peers is null || peers.Count == 0 || peers.Any(p => Matches(p, endpoint, policyNamespace, cluster));

    private static bool Matches(V1NetworkPolicyPeer peer, Endpoint endpoint, string policyNamespace, Cluster cluster)
    {
        var hasSelector = peer.PodSelector is not null || peer.NamespaceSelector is not null;
        if (peer.IpBlock is not null)
        {
            // ipBlock matches pod IPs and external IPs alike.
            return hasSelector
                ? throw new InvalidOperationException("ipBlock combined with a selector in one peer")
                : IpBlocks.Matches(peer.IpBlock, Cluster.AddressOf(endpoint));
        }

        if (!hasSelector)
        {
            throw new InvalidOperationException("empty peer");
        }

        if (endpoint is not PodEndpoint { Pod: var pod })
        {
            return false; // selectors never match cluster-external IPs
        }

        // No namespaceSelector: the policy's own namespace. Both selectors present: AND.
        var namespaceMatches = peer.NamespaceSelector is null
            ? string.Equals(pod.Namespace, policyNamespace, StringComparison.Ordinal)
            : Selectors.Matches(peer.NamespaceSelector, cluster.NamespaceLabels(pod.Namespace));
        return namespaceMatches && Selectors.Matches(peer.PodSelector, pod.Labels);
    }
}
