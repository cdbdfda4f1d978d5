using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using k8s.Models;
using NetCfg.Oracle;
using NetCfg.Properties.Tests.Topologies;

namespace NetCfg.Properties.Tests.Probes;

/// <summary>
/// Groups probes the oracle cannot tell apart, so it is asked once per group while the model is still asked for every
/// probe. The oracle reads an endpoint only through its kind and namespace, the label selectors of the policies, the
/// ipBlocks and (for named ports) its container ports; it reads a port only through the numbered port entries and the
/// container ports. Two ports that every numbered entry of that protocol (emitted or declared) covers alike, and that
/// are no container port's number, get the same verdicts from the oracle; likewise two endpoints with the same
/// container ports and the same answers to every selector and ipBlock of the emitted policies. A named port resolves on
/// the destination only, so as sources two endpoints differing only in their container ports are alike.
/// </summary>
internal sealed class OracleClasses
{
    private OracleClasses(IReadOnlyList<int> endpointClass, IReadOnlyList<int> sourceClass, IReadOnlyList<int[]> portRepresentative)
    {
        EndpointClass = endpointClass;
        SourceClass = sourceClass;
        PortRepresentative = portRepresentative;
    }

    /// <summary>For each endpoint, the index of the first endpoint selected by the same policies and matched by the same peers (with the same container ports, when the policies name ports).</summary>
    public IReadOnlyList<int> EndpointClass { get; }

    /// <summary>Like <see cref="EndpointClass"/>, for the endpoint as the source of a probe: container ports do not count.</summary>
    public IReadOnlyList<int> SourceClass { get; }

    /// <summary>For each protocol (index in <see cref="ProbeRunner.Protocols"/>) and probe port index, the index of the first probe port that every port entry covers alike.</summary>
    public IReadOnlyList<int[]> PortRepresentative { get; }

    public static OracleClasses For(Topology topology, Cluster cluster, IReadOnlyList<V1NetworkPolicy> policies, IReadOnlyList<ProbeEndpoint> endpoints, IReadOnlyList<int> ports)
    {
        var rules = policies.SelectMany(p => (p.Spec?.Ingress ?? new List<V1NetworkPolicyIngressRule>()).Select(r => (Policy: p, Peers: r.FromProperty, r.Ports))
            .Concat((p.Spec?.Egress ?? new List<V1NetworkPolicyEgressRule>()).Select(r => (Policy: p, Peers: r.To, r.Ports)))).ToList();
        var peers = rules.SelectMany(r => (r.Peers ?? new List<V1NetworkPolicyPeer>()).Select(peer => (r.Policy, Peer: peer))).ToList();

        var emitted = rules.SelectMany(r => r.Ports ?? new List<V1NetworkPolicyPort>()).ToList();
        var namedProtocols = emitted.Where(p => p.Port?.Value is { } v && !int.TryParse(v, out _)).Select(p => p.Protocol ?? "TCP").ToHashSet();
        var signatures = new Dictionary<string, int>();
        var endpointClass = new List<int>();
        var sourceClass = new List<int>();
        for (var i = 0; i < endpoints.Count; i++)
        {
            var e = endpoints[i];
            var address = IPAddress.Parse(e.Ip);
            var pod = e.IsPod ? new Pod(e.Namespace!, e.Labels, e.Ip) : null;
            var signature = new StringBuilder(e.IsPod ? "pod|" : "external|");
            foreach (var policy in policies) signature.Append(pod is not null && cluster.Selects(policy, pod) ? '1' : '0');
            signature.Append('|');
            foreach (var (policy, peer) in peers) signature.Append(PeerBit(cluster, policy, peer, pod, address));
            var source = "source|" + signature;
            sourceClass.Add(signatures.TryAdd(source, i) ? i : signatures[source]);
            signature.Append('|').Append(namedProtocols.Count == 0 ? string.Empty : string.Join(",", e.ContainerPorts));
            endpointClass.Add(signatures.TryAdd(signature.ToString(), i) ? i : signatures[signature.ToString()]);
        }

        var containerPorts = endpoints.SelectMany(e => e.ContainerPorts).Where(p => namedProtocols.Contains(p.Protocol.ToString().ToUpperInvariant())).Select(p => (p.Protocol, p.Number)).ToHashSet();
        var entries = emitted.Where(p => p.Port?.Value is null || int.TryParse(p.Port.Value, out _)) // named entries: see containerPorts
            .Select(p => (Protocol: p.Protocol ?? "TCP", Port: p.Port?.Value is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : (int?)null, p.EndPort))
            .Concat(Declared(topology))
            .Distinct()
            .ToList();
        var representative = new List<int[]>();
        foreach (var protocol in ProbeRunner.Protocols)
        {
            var text = protocol.ToString().ToUpperInvariant();
            var mine = entries.Where(e => e.Protocol == text).ToList();
            var seen = new Dictionary<string, int>();
            var row = new int[ports.Count];
            for (var i = 0; i < ports.Count; i++)
            {
                var key = containerPorts.Contains((protocol, ports[i]))
                    ? "#" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : string.Concat(mine.Select(e => Covers(e.Port, e.EndPort, ports[i]) ? '1' : '0'));
                row[i] = seen.TryAdd(key, i) ? i : seen[key];
            }

            representative.Add(row);
        }

        return new OracleClasses(endpointClass, sourceClass, representative);
    }

    private static IEnumerable<(string Protocol, int? Port, int? EndPort)> Declared(Topology topology) =>
        topology.Components.SelectMany(c => c.Dependencies).Where(d => d.PortName is null).Select(d => (d.Protocol.ToString().ToUpperInvariant(), d.Port, d.EndPort))
            .Concat(topology.Profiles.SelectMany(p => p.AllRules).SelectMany(r => r.Ports).Where(p => p.Name is null).Select(p => ((p.Protocol ?? Proto.Tcp).ToString().ToUpperInvariant(), p.Port, p.EndPort)))
            .Append(("TCP", DnsExpectation.Of(topology.Layout).Port, null))
            .Append(("UDP", DnsExpectation.Of(topology.Layout).Port, null))
            .Append(("TCP", 53, null))
            .Append(("UDP", 53, null));

    // What a peer reads of an endpoint: an ipBlock its address; selectors a pod's namespace (the policy's own when no
    // namespaceSelector, AND-ed with the pod selector) and labels. Any finer signature would also be sound, only slower.
    private static char PeerBit(Cluster cluster, V1NetworkPolicy policy, V1NetworkPolicyPeer peer, Pod? pod, IPAddress address)
    {
        if (peer.IpBlock is not null) return IpBlocks.Matches(peer.IpBlock, address) ? '1' : '0';
        if (pod is null) return '0';
        var namespaceMatches = peer.NamespaceSelector is null
            ? pod.Namespace == cluster.PolicyNamespace(policy)
            : Selectors.Matches(peer.NamespaceSelector, cluster.NamespaceLabels(pod.Namespace));
        return namespaceMatches && Selectors.Matches(peer.PodSelector, pod.Labels) ? '1' : '0';
    }

    private static bool Covers(int? start, int? end, int port) =>
        start is not { } s || (end is { } e ? s <= port && port <= e : port == s);
}
