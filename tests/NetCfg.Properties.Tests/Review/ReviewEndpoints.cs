using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using NetCfg.Properties.Tests.Probes;
using NetCfg.Properties.Tests.Topologies;

namespace NetCfg.Properties.Tests.Review;

/// <summary>
/// The review's endpoints worked out from the topology alone (never from the review): each component, each peer of a
/// used profile, and the cluster DNS; each with the table id the review must give it and a pod or address for the oracle.
/// A pod carries exactly its selector's labels; a namespace picked by labels other than its name is a namespace of its
/// own that carries exactly those labels; an address block is probed at an address of it that no smaller block
/// (a cidr or except of any used peer) holds. Pods get an address no ipBlock matches: the review does not know pod IPs.
/// </summary>
/// <param name="Unprobed">Ids of address blocks with no address of their own (smaller blocks cover them): in the table, not probed.</param>
internal sealed record ReviewEndpoints(IReadOnlyList<ProbeEndpoint> Endpoints, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Namespaces, IReadOnlyCollection<string> Unprobed)
{
    public const string NameLabel = "kubernetes.io/metadata.name";

    /// <summary>The endpoints, or null when no address is free of every ipBlock (then pods cannot be probed fairly).</summary>
    public static ReviewEndpoints? For(Topology topology)
    {
        var ns = topology.EffectiveNamespace;
        var peers = topology.Components.SelectMany(c => c.Profiles).Distinct().SelectMany(p => topology.Profile(p).Rules).SelectMany(r => r.Peers).ToList();
        if (topology.AllowDns) peers.Add(new SelectorPeer(new[] { new LabelSpec(NameLabel, TopologyGen.KubeSystem) }, new[] { new LabelSpec("k8s-app", "kube-dns") }));
        var blocks = peers.OfType<IpBlockPeer>().ToList();
        if (PodAddress(blocks) is not { } podIp) return null;

        var namespaces = new[] { ns, TopologyGen.KubeSystem, TopologyGen.OtherNamespace }.Distinct()
            .ToDictionary(n => n, _ => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>());
        var endpoints = topology.Components.Select(c => Pod("component " + c.Name, ns, c.Selector, podIp)).ToList();
        var unprobed = new HashSet<string>();
        foreach (var peer in peers)
        {
            ProbeEndpoint? endpoint = null;
            if (peer is IpBlockPeer block)
            {
                var key = block.Cidr + (block.Except.Count == 0 ? string.Empty : " except " + string.Join(", ", block.Except.Select(e => e.ToString()).Distinct().OrderBy(e => e, System.StringComparer.Ordinal)));
                endpoint = GenericAddress(block, blocks) is { } ip ? new ProbeEndpoint("peer " + key, null, new Dictionary<string, string>(), ip) : null;
                if (endpoint is null) unprobed.Add("peer " + key);
            }
            else if (peer is SelectorPeer selector && !IsComponent(topology, selector))
            {
                var nsKey = selector.NamespaceLabels is null ? "ns " + ns
                    : selector.NamespaceLabels is [{ Key: NameLabel } only] ? "ns " + only.Value
                    : "namespaces " + Text(selector.NamespaceLabels);
                var podNamespace = selector.NamespaceLabels is null ? ns : selector.NamespaceLabels.FirstOrDefault(l => l.Key == NameLabel)?.Value ?? "generic-" + namespaces.Count;
                if (!namespaces.ContainsKey(podNamespace)) namespaces[podNamespace] = selector.NamespaceLabels!.ToDictionary(l => l.Key, l => l.Value);
                endpoint = Pod("peer " + nsKey + " / " + (selector.PodLabels is null ? "all pods" : Text(selector.PodLabels)), podNamespace, selector.PodLabels ?? new LabelSpec[0], podIp);
            }

            if (endpoint is not null && endpoints.All(e => e.Name != endpoint.Name)) endpoints.Add(endpoint);
        }

        return new ReviewEndpoints(endpoints, namespaces, unprobed);
    }

    // A peer that selects exactly a component's pods (in the config's namespace) is that component in the review.
    private static bool IsComponent(Topology topology, SelectorPeer peer) =>
        (peer.NamespaceLabels is null || peer.NamespaceLabels is [{ Key: NameLabel } only] && only.Value == topology.EffectiveNamespace)
        && peer.PodLabels is { } pod
        && topology.Components.Any(c => c.Selector.Count == pod.Count && c.Selector.All(pod.Contains));

    private static string Text(IEnumerable<LabelSpec> labels) =>
        string.Join(", ", labels.OrderBy(l => l.Key, System.StringComparer.Ordinal).Select(l => l.Key + "=" + l.Value));

    private static ProbeEndpoint Pod(string id, string ns, IEnumerable<LabelSpec> labels, string ip) =>
        new(id, ns, labels.ToDictionary(l => l.Key, l => l.Value), ip);

    private static bool Matches(IpBlockPeer block, bool v6, BigInteger address) =>
        block.Cidr.Contains(v6, address) && !block.Except.Any(e => e.Contains(v6, address));

    private static string? PodAddress(IReadOnlyList<IpBlockPeer> blocks)
    {
        var candidates = new[] { "10.244.0.1", "192.0.2.1", "100.64.0.1", "fd00::1", "2001:db8::1" }.Select(Cidr.Parse)
            .Concat(blocks.SelectMany(b => b.Except).SelectMany(e => new[] { (e.IsV6, e.Network), (e.IsV6, e.Last) }));
        foreach (var (v6, address) in candidates)
        {
            if (!blocks.Any(b => Matches(b, v6, address))) return Cidr.Address(v6, address);
        }

        return null;
    }

    // Inside the block, outside its excepts and outside every smaller cidr named anywhere: the review's generic address.
    private static string? GenericAddress(IpBlockPeer block, IReadOnlyList<IpBlockPeer> blocks)
    {
        var cidr = block.Cidr;
        var smaller = blocks.SelectMany(b => b.Except.Append(b.Cidr)).Where(c => c.Prefix > cidr.Prefix && cidr.Contains(c)).Distinct().ToList();
        var candidates = new[] { cidr.Network, cidr.Last }
            .Concat(Enumerable.Range(1, 16).Select(k => cidr.Network + (cidr.Size * k / 17)))
            .Concat(smaller.SelectMany(s => new[] { s.Network - 1, s.Last + 1 }));
        foreach (var address in candidates)
        {
            if (cidr.Contains(cidr.IsV6, address) && !smaller.Any(s => s.Contains(cidr.IsV6, address))) return Cidr.Address(cidr.IsV6, address);
        }

        return null;
    }
}
