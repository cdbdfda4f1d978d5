using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using NetCfg.Properties.Tests.Topologies;

namespace NetCfg.Properties.Tests.Probes;

/// <summary>
/// What the declarations promise, computed from the topology alone (never from the YAML). Every pod of the config
/// namespace is isolated both ways (default-deny). A flow out of such a pod is let out when a component the pod
/// matches (by selector: it carries all the selector's labels) declares it: a dependency on a component the
/// destination matches, a profile rule whose peer covers the destination, or cluster DNS. A flow into such a pod is let
/// in only by a dependency from a component the source matches to one the destination matches. Pods elsewhere are not
/// isolated (the policies do not select them).
/// </summary>
internal sealed class ExpectedModel
{
    private readonly Topology topology;
    private readonly string ns;
    private readonly IReadOnlyList<ProbeEndpoint> endpoints;
    private readonly List<int>[] matching;
    private readonly bool[][] matches;
    private readonly (bool V6, BigInteger Value)[] addresses;
    private readonly List<(string Profile, ProfileRuleSpec Rule)>[] rulesOf;

    public ExpectedModel(Topology topology, IReadOnlyList<ProbeEndpoint> endpoints)
    {
        this.topology = topology;
        this.endpoints = endpoints;
        ns = topology.EffectiveNamespace;
        matching = endpoints.Select(Matching).ToArray();
        matches = matching.Select(m => Enumerable.Range(0, topology.Components.Count).Select(m.Contains).ToArray()).ToArray();
        addresses = endpoints.Select(e => Cidr.Parse(e.Ip)).ToArray();
        rulesOf = topology.Components
            .Select(c => c.Profiles.Distinct().SelectMany(p => topology.Profile(p).Rules.Select(r => (p, r))).ToList())
            .ToArray();
    }

    /// <summary>The verdict for every probed port of one ordered pair (indexes into the endpoints), worked out once per pair.</summary>
    public PairExpectation For(int source, int destination)
    {
        var flows = new List<(int Client, DependencySpec Dependency)>();
        var profileRules = new List<(int Client, string Profile, ProfileRuleSpec Rule)>();
        foreach (var client in matching[source])
        {
            foreach (var dependency in topology.Components[client].Dependencies)
            {
                if (matches[destination][dependency.Target]) flows.Add((client, dependency));
            }

            foreach (var (profile, rule) in rulesOf[client])
            {
                if (rule.Peers.Any(peer => Covers(peer, destination))) profileRules.Add((client, profile, rule));
            }
        }

        var dns = topology.AllowDns && matching[source].Count > 0 && IsKubeDns(endpoints[destination]);
        return new PairExpectation(InConfigNamespace(endpoints[source]), InConfigNamespace(endpoints[destination]), topology, flows, profileRules, dns);
    }

    private bool InConfigNamespace(ProbeEndpoint endpoint) => endpoint.IsPod && endpoint.Namespace == ns;

    /// <summary>Components whose selector the endpoint satisfies (pods of the config namespace only).</summary>
    private List<int> Matching(ProbeEndpoint endpoint) =>
        InConfigNamespace(endpoint)
            ? Enumerable.Range(0, topology.Components.Count).Where(i => HasAll(endpoint, topology.Components[i].Selector)).ToList()
            : new List<int>();

    private static bool HasAll(ProbeEndpoint endpoint, IEnumerable<LabelSpec> labels) =>
        labels.All(l => endpoint.Labels.TryGetValue(l.Key, out var v) && v == l.Value);

    private static bool IsKubeDns(ProbeEndpoint endpoint) =>
        endpoint.Namespace == TopologyGen.KubeSystem && endpoint.Labels.TryGetValue("k8s-app", out var app) && app == "kube-dns";

    private bool Covers(PeerSpec peer, int index)
    {
        var destination = endpoints[index];
        switch (peer)
        {
            case IpBlockPeer block:
                var (v6, address) = addresses[index];
                return block.Cidr.Contains(v6, address) && !block.Except.Any(e => e.Contains(v6, address));
            case SelectorPeer selector:
                if (!destination.IsPod) return false;
                var namespaceOk = selector.NamespaceLabels is null
                    ? destination.Namespace == ns
                    : selector.NamespaceLabels.All(l => NamespaceLabels(destination.Namespace!).TryGetValue(l.Key, out var v) && v == l.Value);
                return namespaceOk && (selector.PodLabels is null || HasAll(destination, selector.PodLabels));
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

/// <summary>The expectation for one ordered pair: which declarations let which (protocol, port) through.</summary>
internal sealed record PairExpectation(
    bool SourceIsolated,
    bool DestinationIsolated,
    Topology Topology,
    IReadOnlyList<(int Client, DependencySpec Dependency)> Flows,
    IReadOnlyList<(int Client, string Profile, ProfileRuleSpec Rule)> ProfileRules,
    bool Dns)
{
    /// <summary>Allowed iff the source side lets it out and the destination side lets it in.</summary>
    public bool Allowed(Proto protocol, int port) => EgressAllowed(protocol, port) && IngressAllowed(protocol, port);

    public bool EgressAllowed(Proto protocol, int port)
    {
        if (!SourceIsolated || (Dns && port == 53 && protocol is Proto.Udp or Proto.Tcp)) return true;
        foreach (var flow in Flows)
        {
            if (Covers(flow.Dependency, protocol, port)) return true;
        }

        foreach (var rule in ProfileRules)
        {
            if (Covers(rule.Rule, protocol, port)) return true;
        }

        return false;
    }

    public bool IngressAllowed(Proto protocol, int port)
    {
        if (!DestinationIsolated) return true;
        foreach (var flow in Flows)
        {
            if (Covers(flow.Dependency, protocol, port)) return true;
        }

        return false;
    }

    /// <summary>Why the model says what it says, for failure messages.</summary>
    public string Explain(Proto protocol, int port)
    {
        var reasons = Flows.Where(f => Covers(f.Dependency, protocol, port))
            .Select(f => $"{Topology.Components[f.Client].Name} depends on {Topology.Components[f.Dependency.Target].Name} {f.Dependency.Protocol}/{f.Dependency.Port}-{f.Dependency.EndPort}")
            .Concat(ProfileRules.Where(r => Covers(r.Rule, protocol, port)).Select(r => $"{Topology.Components[r.Client].Name} uses profile {r.Profile}"))
            .Concat(Dns && port == 53 && protocol is Proto.Udp or Proto.Tcp ? new[] { "cluster DNS" } : System.Array.Empty<string>())
            .ToList();
        return $"source isolated: {SourceIsolated}, destination isolated: {DestinationIsolated}; egress {(EgressAllowed(protocol, port) ? "allowed" : "denied")}, "
            + $"ingress {(IngressAllowed(protocol, port) ? "allowed" : "denied")}; declarations that cover it: "
            + (reasons.Count == 0 ? "none" : string.Join("; ", reasons));
    }

    private static bool Covers(DependencySpec dependency, Proto protocol, int port) =>
        dependency.Protocol == protocol && InRange(dependency.Port, dependency.EndPort, port);

    private static bool Covers(ProfileRuleSpec rule, Proto protocol, int port)
    {
        if (rule.Ports.Count == 0) return true;
        foreach (var entry in rule.Ports)
        {
            if ((entry.Protocol ?? Proto.Tcp) == protocol && InRange(entry.Port, entry.EndPort, port)) return true;
        }

        return false;
    }

    private static bool InRange(int? start, int? end, int port) =>
        start is not { } s || (end is { } e ? s <= port && port <= e : port == s);
}
