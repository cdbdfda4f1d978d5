using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using NetCfg.Properties.Tests.Topologies;

namespace NetCfg.Properties.Tests.Probes;

/// <summary>
/// What the declarations promise, computed from the topology alone (never from the YAML or src/). Every pod of the
/// config namespace is isolated both ways (default-deny). A flow out of such a pod is let out when a component the pod
/// matches (its labels satisfy the component's labels and expressions) declares it: a dependency on a component the
/// destination matches, an egress profile rule whose peer covers the destination, or the DNS of the build's variant.
/// A flow into such a pod is let in by a dependency from a component the source matches to one the destination
/// matches, or by an ingress profile rule, of a component the destination matches, whose peer covers the source.
/// A named port allows a port only when the destination pod has a container port of that name, number and protocol.
/// Pods elsewhere are not isolated (the policies do not select them).
/// </summary>
internal sealed class ExpectedModel
{
    private readonly Topology topology;
    private readonly string ns;
    private readonly IReadOnlyList<ProbeEndpoint> endpoints;
    private readonly List<int>[] matching;
    private readonly bool[][] matches;
    private readonly (bool V6, BigInteger Value)[] addresses;
    private readonly List<(string Profile, ProfileRuleSpec Rule)>[] egressOf;
    private readonly List<(string Profile, ProfileRuleSpec Rule)>[] ingressOf;
    private readonly DnsExpectation dns;

    /// <summary>The DNS the build promises.</summary>
    public DnsExpectation Dns => dns;

    /// <summary>Whether the topology names ports anywhere.</summary>
    public bool UsesNamedPorts { get; }

    public ExpectedModel(Topology topology, IReadOnlyList<ProbeEndpoint> endpoints)
    {
        this.topology = topology;
        this.endpoints = endpoints;
        ns = topology.EffectiveNamespace;
        dns = DnsExpectation.Of(topology.Layout);
        UsesNamedPorts = topology.UsesNamedPorts;
        matching = endpoints.Select(Matching).ToArray();
        matches = matching.Select(m => Enumerable.Range(0, topology.Components.Count).Select(m.Contains).ToArray()).ToArray();
        addresses = endpoints.Select(e => Cidr.Parse(e.Ip)).ToArray();
        egressOf = topology.Components.Select(c => c.Profiles.Distinct().SelectMany(p => topology.Profile(p).Rules.Select(r => (p, r))).ToList()).ToArray();
        ingressOf = topology.Components.Select(c => c.Profiles.Distinct().SelectMany(p => topology.Profile(p).IngressRules.Select(r => (p, r))).ToList()).ToArray();
    }

    /// <summary>The verdict for every probed port of one ordered pair (indexes into the endpoints), worked out once per pair.</summary>
    public PairExpectation For(int source, int destination)
    {
        var flows = new List<(int Client, DependencySpec Dependency)>();
        var egress = new List<(int Component, string Profile, ProfileRuleSpec Rule)>();
        var ingress = new List<(int Component, string Profile, ProfileRuleSpec Rule)>();
        foreach (var client in matching[source])
        {
            flows.AddRange(topology.Components[client].Dependencies.Where(d => matches[destination][d.Target]).Select(d => (client, d)));
            egress.AddRange(egressOf[client].Where(r => r.Rule.Peers.Any(peer => Covers(peer, destination))).Select(r => (client, r.Profile, r.Rule)));
        }

        foreach (var server in matching[destination])
        {
            ingress.AddRange(ingressOf[server].Where(r => r.Rule.Peers.Any(peer => Covers(peer, source))).Select(r => (server, r.Profile, r.Rule)));
        }

        return new PairExpectation(
            InConfigNamespace(endpoints[source]),
            InConfigNamespace(endpoints[destination]),
            endpoints[destination].ContainerPorts,
            topology,
            flows,
            egress,
            ingress,
            matching[source].Count > 0 ? DnsPorts(destination) : new List<(Proto, int)>());
    }

    /// <summary>True when a component the endpoint matches has ingress profile rules.</summary>
    public bool HasIngressRules(int endpoint) => matching[endpoint].Any(c => ingressOf[c].Count > 0);

    // The cluster DNS pods on the variant's port; NodeLocal's address on 53. Both UDP and TCP.
    private List<(Proto, int)> DnsPorts(int destination)
    {
        var ports = new List<(Proto, int)>();
        if (dns.Mode == DnsExpectation.Modes.None) return ports;
        var end = endpoints[destination];
        if (end.IsPod && end.Namespace == dns.Namespace && end.Labels.TryGetValue(dns.PodLabel.Key, out var value) && value == dns.PodLabel.Value)
        {
            ports.Add((Proto.Udp, dns.Port));
            ports.Add((Proto.Tcp, dns.Port));
        }

        if (dns.Mode == DnsExpectation.Modes.NodeLocal && !end.IsPod && end.Ip == DnsExpectation.NodeLocalIp)
        {
            ports.Add((Proto.Udp, DnsExpectation.NodeLocalPort));
            ports.Add((Proto.Tcp, DnsExpectation.NodeLocalPort));
        }

        return ports;
    }

    private bool InConfigNamespace(ProbeEndpoint endpoint) => endpoint.IsPod && endpoint.Namespace == ns;

    /// <summary>Components whose selector the endpoint satisfies (pods of the config namespace only).</summary>
    private List<int> Matching(ProbeEndpoint endpoint) =>
        InConfigNamespace(endpoint)
            ? Enumerable.Range(0, topology.Components.Count).Where(i => SelectorMatch.Selects(topology.Components[i], endpoint.Labels)).ToList()
            : new List<int>();

    /// <summary>Does a profile peer (of a policy in the config namespace) cover the endpoint?</summary>
    private bool Covers(PeerSpec peer, int index)
    {
        var endpoint = endpoints[index];
        switch (peer)
        {
            case IpBlockPeer block:
                var (v6, address) = addresses[index];
                return block.Cidr.Contains(v6, address) && !block.Except.Any(e => e.Contains(v6, address));
            case SelectorPeer selector:
                if (!endpoint.IsPod) return false;
                var namespaceOk = selector.HasNamespaceSelector
                    ? SelectorMatch.Matches(NamespaceLabels(endpoint.Namespace!), selector.NamespaceLabels, selector.NamespaceExpressions)
                    : endpoint.Namespace == ns;
                return namespaceOk && SelectorMatch.Matches(endpoint.Labels, selector.PodLabels, selector.PodExpressions);
            default:
                return false;
        }
    }

    /// <summary>The namespaces of the probe cluster and their labels.</summary>
    public static IReadOnlyDictionary<string, string> NamespaceLabels(string name)
    {
        var labels = new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = name };
        if (name == TopologyGen.OtherNamespace) labels["team"] = "platform";
        return labels;
    }
}
