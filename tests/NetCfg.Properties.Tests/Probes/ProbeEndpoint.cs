using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using NetCfg.Oracle;
using NetCfg.Properties.Tests.Topologies;

namespace NetCfg.Properties.Tests.Probes;

/// <summary>A probe end: a pod (namespace, labels and named container ports) or an external IP.</summary>
internal sealed record ProbeEndpoint(string Name, string? Namespace, IReadOnlyDictionary<string, string> Labels, string Ip, IReadOnlyList<NamedPortSpec>? Ports = null)
{
    public bool IsPod => Namespace is not null;

    public IReadOnlyList<NamedPortSpec> ContainerPorts => Ports ?? System.Array.Empty<NamedPortSpec>();

    public Endpoint ToOracle() => IsPod
        ? new PodEndpoint(new Pod(Namespace!, Labels, Ip, ContainerPorts.Select(p => new ContainerPort(p.Name, p.Number, p.Protocol.ToString().ToUpperInvariant())).ToList()))
        : new ExternalEndpoint(Ip);

    /// <summary>What tells two pods apart: namespace, labels and ports.</summary>
    public string Key => Namespace + "|" + string.Join(",", Labels.OrderBy(l => l.Key, System.StringComparer.Ordinal).Select(l => l.Key + "=" + l.Value))
        + "|" + string.Join(",", ContainerPorts.Select(p => $"{p.Name}={p.Protocol}/{p.Number}"));

    public override string ToString() => IsPod
        ? $"{Name} (pod in '{Namespace}', labels {{{string.Join(", ", Labels.Select(l => l.Key + "=" + l.Value))}}}, ip {Ip}"
          + (ContainerPorts.Count == 0 ? string.Empty : ", ports " + string.Join(", ", ContainerPorts.Select(p => $"{p.Name}={p.Protocol.ToString().ToUpperInvariant()}/{p.Number}"))) + ")"
        : $"{Name} (external ip {Ip})";
}

/// <summary>
/// The probe ends for a topology: one pod per component, intruders (no labels, a strict subset of a component's
/// labels, a component's labels in namespace "other", a pod failing each of a component's expressions in turn), the
/// cluster DNS, and external IPs inside each profile CIDR, inside each except, and outside all of them; plus
/// <see cref="FeatureEndpoints"/>: named-port twins, pods in and out of each profile selector peer, DNS variants.
/// </summary>
internal static class ProbeEndpoints
{
    public const string KubeDnsIp = "10.96.0.10";

    /// <summary>A namespace no selector of the generators names: outside every namespaceSelector but a negative one.</summary>
    public const string ElsewhereNamespace = "elsewhere";

    public static IReadOnlyList<ProbeEndpoint> For(Topology topology)
    {
        var ns = topology.EffectiveNamespace;
        var endpoints = new List<ProbeEndpoint>();
        var seen = new HashSet<string>();

        void Add(ProbeEndpoint endpoint)
        {
            if (!endpoint.IsPod || seen.Add(endpoint.Key)) endpoints.Add(endpoint);
        }

        var ports = topology.NamedPorts;
        for (var i = 0; i < topology.Components.Count; i++)
        {
            var c = topology.Components[i];
            if (SelectorMatch.Satisfying(c.Selector, c.MatchExpressions) is { } labels) Add(Pod("pod-of-" + c.Name, ns, labels, PodIp(244, i), ports));
        }

        Add(Pod("intruder-without-labels", ns, new Dictionary<string, string>(), PodIp(245, 0), ports));
        for (var i = 0; i < topology.Components.Count; i++)
        {
            var c = topology.Components[i];
            if (SelectorMatch.Satisfying(c.Selector, c.MatchExpressions) is not { } labels) continue;
            if (c.Selector.Count >= 2 || (c.Selector.Count == 1 && c.MatchExpressions.Count > 0))
            {
                Add(Pod("intruder-with-part-of-" + c.Name + "-labels", ns, labels.Where(l => l.Key != c.Selector[^1].Key).ToDictionary(l => l.Key, l => l.Value), PodIp(245, i + 1), ports));
            }

            Add(Pod("intruder-like-" + c.Name + "-in-other-namespace", TopologyGen.OtherNamespace, labels, PodIp(246, i), ports));
            foreach (var expression in c.MatchExpressions)
            {
                if (SelectorMatch.Failing(labels, expression) is { } failing)
                {
                    Add(Pod($"intruder-failing-{expression.Key}-{expression.Operator}-of-{c.Name}", ns, failing, PodIp(250, endpoints.Count), ports));
                }
            }
        }

        foreach (var endpoint in FeatureEndpoints.For(topology, endpoints)) Add(endpoint);
        var ips = new HashSet<string>();
        foreach (var (name, ip) in ExternalIps(topology))
        {
            if (ips.Add(ip)) endpoints.Add(new ProbeEndpoint(name, null, new Dictionary<string, string>(), ip));
        }

        return endpoints;
    }

    public static ProbeEndpoint Pod(string name, string ns, IReadOnlyDictionary<string, string> labels, string ip, IReadOnlyList<NamedPortSpec>? ports = null) =>
        new(name, ns, new Dictionary<string, string>(labels), ip, ports is { Count: > 0 } ? ports : null);

    public static string PodIp(int third, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"10.{third}.{index / 250}.{(index % 250) + 1}");

    private static IEnumerable<(string Name, string Ip)> ExternalIps(Topology topology)
    {
        var blocks = topology.Profiles.SelectMany(p => p.AllRules).SelectMany(r => r.Peers).OfType<IpBlockPeer>().ToList();
        foreach (var block in blocks)
        {
            if (Candidates(block.Cidr).FirstOrDefault(a => !block.Except.Any(e => e.Contains(block.Cidr.IsV6, a))) is { } inside && block.Cidr.Contains(block.Cidr.IsV6, inside))
            {
                yield return ($"external-in-{block.Cidr}", Cidr.Address(block.Cidr.IsV6, inside));
            }

            foreach (var except in block.Except)
            {
                yield return ($"external-in-except-{except}-of-{block.Cidr}", Cidr.Address(except.IsV6, except.Network + (except.Size / 2)));
            }
        }

        foreach (var text in new[] { "203.0.113.7", "8.8.8.8", "192.168.1.1", "172.16.0.1", "1.1.1.1" })
        {
            var (_, value) = Cidr.Parse(text);
            if (!blocks.Any(b => b.Cidr.Contains(false, value)))
            {
                yield return ($"external-outside-all-profiles", text);
                break;
            }
        }

        foreach (var text in new[] { "2001:db8:ffff::1", "fd00::7", "2a00:1450::1" })
        {
            var (_, value) = Cidr.Parse(text);
            if (!blocks.Any(b => b.Cidr.Contains(true, value)))
            {
                yield return ($"external-v6-outside-all-profiles", text);
                break;
            }
        }

        yield return ("node-local-dns-cache", DnsExpectation.NodeLocalIp);
        yield return ("next-to-node-local-dns-cache", "169.254.20.11");
    }

    // Addresses to try for "inside the CIDR but in no except": the first, the last, the middle and a few more.
    private static IEnumerable<BigInteger> Candidates(Cidr cidr)
    {
        yield return cidr.Network;
        yield return cidr.Last;
        for (var k = 1; k <= 16; k++) yield return cidr.Network + (cidr.Size * k / 17);
    }
}
