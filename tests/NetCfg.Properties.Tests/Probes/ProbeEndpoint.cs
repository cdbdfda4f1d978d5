using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using NetCfg.Oracle;
using NetCfg.Properties.Tests.Topologies;

namespace NetCfg.Properties.Tests.Probes;

/// <summary>A probe end: a pod (namespace and labels) or an external IP.</summary>
internal sealed record ProbeEndpoint(string Name, string? Namespace, IReadOnlyDictionary<string, string> Labels, string Ip)
{
    public bool IsPod => Namespace is not null;

    public Endpoint ToOracle() => IsPod ? new PodEndpoint(new Pod(Namespace!, Labels, Ip)) : new ExternalEndpoint(Ip);

    public override string ToString() => IsPod
        ? $"{Name} (pod in '{Namespace}', labels {{{string.Join(", ", Labels.Select(l => l.Key + "=" + l.Value))}}}, ip {Ip})"
        : $"{Name} (external ip {Ip})";
}

/// <summary>
/// The probe ends for a topology: one pod per component, intruders (no labels, a strict subset of a component's
/// labels, a component's labels in namespace "other"), kube-dns, and external IPs inside each profile CIDR, inside
/// each except, and outside all of them.
/// </summary>
internal static class ProbeEndpoints
{
    public const string KubeDnsIp = "10.96.0.10";

    public static IReadOnlyList<ProbeEndpoint> For(Topology topology)
    {
        var ns = topology.EffectiveNamespace;
        var endpoints = new List<ProbeEndpoint>();
        var seen = new HashSet<string>();

        void AddPod(string name, string podNamespace, IEnumerable<LabelSpec> labels, string ip)
        {
            var map = labels.ToDictionary(l => l.Key, l => l.Value);
            var key = podNamespace + "|" + string.Join(",", map.OrderBy(l => l.Key, System.StringComparer.Ordinal).Select(l => l.Key + "=" + l.Value));
            if (seen.Add(key)) endpoints.Add(new ProbeEndpoint(name, podNamespace, map, ip));
        }

        for (var i = 0; i < topology.Components.Count; i++)
        {
            AddPod("pod-of-" + topology.Components[i].Name, ns, topology.Components[i].Selector, PodIp(244, i));
        }

        AddPod("intruder-without-labels", ns, System.Array.Empty<LabelSpec>(), PodIp(245, 0));
        for (var i = 0; i < topology.Components.Count; i++)
        {
            var selector = topology.Components[i].Selector;
            if (selector.Count >= 2) AddPod("intruder-with-part-of-" + topology.Components[i].Name + "-labels", ns, selector.Take(selector.Count - 1), PodIp(245, i + 1));
            AddPod("intruder-like-" + topology.Components[i].Name + "-in-other-namespace", TopologyGen.OtherNamespace, selector, PodIp(246, i));
        }

        AddPod("kube-dns", TopologyGen.KubeSystem, new[] { new LabelSpec("k8s-app", "kube-dns") }, KubeDnsIp);
        var ips = new HashSet<string>();
        foreach (var (name, ip) in ExternalIps(topology))
        {
            if (ips.Add(ip)) endpoints.Add(new ProbeEndpoint(name, null, new Dictionary<string, string>(), ip));
        }

        return endpoints;
    }

    private static string PodIp(int third, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"10.{third}.{index / 250}.{(index % 250) + 1}");

    private static IEnumerable<(string Name, string Ip)> ExternalIps(Topology topology)
    {
        var blocks = topology.Profiles.SelectMany(p => p.Rules).SelectMany(r => r.Peers).OfType<IpBlockPeer>().ToList();
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
    }

    // Addresses to try for "inside the CIDR but in no except": the first, the last, the middle and a few more.
    private static IEnumerable<BigInteger> Candidates(Cidr cidr)
    {
        yield return cidr.Network;
        yield return cidr.Last;
        for (var k = 1; k <= 16; k++) yield return cidr.Network + (cidr.Size * k / 17);
    }
}
