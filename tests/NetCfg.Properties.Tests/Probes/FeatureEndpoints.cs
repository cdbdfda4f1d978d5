using System.Collections.Generic;
using System.Linq;
using NetCfg.Properties.Tests.Topologies;
using static NetCfg.Properties.Tests.Probes.ProbeEndpoints;

namespace NetCfg.Properties.Tests.Probes;

/// <summary>
/// The probe ends issue 11 adds: twins of the pods that named ports resolve on (without the names, and with each name
/// on another number), pods inside and outside each profile selector peer (by namespace, by each label and each
/// expression), and the DNS ends of the topology's DNS variant (its pods, the default kube-dns, a pod without the label).
/// </summary>
internal static class FeatureEndpoints
{
    public static IEnumerable<ProbeEndpoint> For(Topology topology, IReadOnlyList<ProbeEndpoint> pods)
    {
        // Twins of the pods a named port resolves on: targets of named dependencies, holders of named ingress rules, peers of named egress rules.
        var used = topology.Components.SelectMany(c => c.Profiles).Distinct().Select(topology.Profile).ToList();
        var namedTargets = topology.Components.Where((c, i) =>
            topology.Components.Any(client => client.Dependencies.Any(d => d.Target == i && d.PortName is not null))
            || c.Profiles.Any(p => topology.Profile(p).IngressRules.Any(r => r.Ports.Any(e => e.Name is not null)))).Select(c => "pod-of-" + c.Name).ToHashSet();
        foreach (var pod in pods.Where(p => namedTargets.Contains(p.Name)).ToList())
        {
            foreach (var twin in Twins(pod, topology)) yield return twin;
        }

        var namedPeers = used.SelectMany(p => p.Rules).Where(r => r.Ports.Any(e => e.Name is not null)).SelectMany(r => r.Peers).ToHashSet();
        var index = 0;
        foreach (var peer in used.SelectMany(p => p.AllRules).SelectMany(r => r.Peers).OfType<SelectorPeer>().Distinct().ToList())
        {
            foreach (var endpoint in PeerPods(topology, peer, index++))
            {
                yield return endpoint;
                if (namedPeers.Contains(peer) && endpoint.Name.StartsWith("in-peer-", System.StringComparison.Ordinal))
                {
                    foreach (var twin in Twins(endpoint, topology)) yield return twin;
                }
            }
        }

        var dns = DnsExpectation.Of(topology.Layout);
        yield return Pod("cluster-dns", dns.Namespace, new Dictionary<string, string> { [dns.PodLabel.Key] = dns.PodLabel.Value }, KubeDnsIp, topology.NamedPorts);
        yield return Pod("kube-dns", TopologyGen.KubeSystem, new Dictionary<string, string> { ["k8s-app"] = "kube-dns" }, "10.96.0.11");
        yield return Pod("cluster-dns-namespace-pod-without-the-label", dns.Namespace, new Dictionary<string, string> { ["app"] = "other" }, "10.96.0.12");
    }

    /// <summary>The same pod without its named ports, and with each name on another number.</summary>
    private static IEnumerable<ProbeEndpoint> Twins(ProbeEndpoint pod, Topology topology)
    {
        var rest = pod.Ip[pod.Ip.IndexOf('.', System.StringComparison.Ordinal)..]; // pods are in 10.0.0.0/8: the twins take 11/8 and 12/8
        yield return pod with { Name = pod.Name + "-without-named-ports", Ports = null, Ip = "11" + rest };
        yield return pod with { Name = pod.Name + "-with-names-on-other-numbers", Ports = topology.NamedPorts.Select(Shifted).ToList(), Ip = "12" + rest };
    }

    /// <summary>The container port with the same name on the next number: what a named port must not follow.</summary>
    public static NamedPortSpec Shifted(NamedPortSpec port) => port with { Number = (port.Number % 65535) + 1 };

    /// <summary>A pod the peer selects, the same pod in a namespace it does not select, and pods failing each label and expression.</summary>
    private static IEnumerable<ProbeEndpoint> PeerPods(Topology topology, SelectorPeer peer, int index)
    {
        var ns = topology.EffectiveNamespace;
        var namespaces = new[] { ns, TopologyGen.KubeSystem, TopologyGen.OtherNamespace, ElsewhereNamespace }.Distinct().ToList();
        bool Selected(string candidate) => peer.HasNamespaceSelector
            ? SelectorMatch.Matches(ExpectedModel.NamespaceLabels(candidate), peer.NamespaceLabels, peer.NamespaceExpressions)
            : candidate == ns;
        var inside = namespaces.FirstOrDefault(Selected);
        var outside = namespaces.FirstOrDefault(n => !Selected(n));
        var podLabels = peer.HasPodSelector ? peer.PodLabels ?? new List<LabelSpec>() : new[] { new LabelSpec("role", "any") };
        if (SelectorMatch.Satisfying(podLabels, peer.PodExpressions ?? new List<ExpressionSpec>()) is not { } labels) yield break;
        var k = 0;
        string Ip() => PodIp(249, (index * 20) + k++);
        if (inside is not null) yield return Pod($"in-peer-{index}", inside, labels, Ip(), topology.NamedPorts);
        if (outside is not null) yield return Pod($"peer-{index}-pod-in-namespace-{outside}", outside, labels, Ip(), topology.NamedPorts);
        if (inside is null) yield break;
        foreach (var label in peer.PodLabels ?? new List<LabelSpec>())
        {
            yield return Pod($"peer-{index}-pod-without-{label.Key}", inside, labels.Where(l => l.Key != label.Key).ToDictionary(l => l.Key, l => l.Value), Ip(), topology.NamedPorts);
        }

        foreach (var expression in peer.PodExpressions ?? new List<ExpressionSpec>())
        {
            if (SelectorMatch.Failing(labels, expression) is { } failing) yield return Pod($"peer-{index}-pod-failing-{expression.Key}-{expression.Operator}", inside, failing, Ip(), topology.NamedPorts);
        }
    }
}
