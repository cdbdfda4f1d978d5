using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using YamlDotNet.RepresentationModel;
using static NetCfg.Core.Translation.ManifestYaml;
using static NetCfg.Core.Yaml.YamlText;

namespace NetCfg.Core.Translation;

/// <summary>Writes networkpolicy/: what the platform controller makes of the config, as plain NetworkPolicies.</summary>
internal static class NetworkPolicyWriter
{
    public const string Folder = "networkpolicy";
    public const string DefaultDenyFile = "default-deny.yaml";
    public static readonly Label ManagedBy = new("app.kubernetes.io/managed-by", "netcfg");

    private static readonly PortSpec[] DnsPorts = { new(Protocol.Tcp, 53, null), new(Protocol.Udp, 53, null) };

    public static IEnumerable<ManifestFile> Write(ResolvedConfig config, TranslationOptions options)
    {
        var files = new List<ManifestFile>
        {
            new(Folder + "/" + DefaultDenyFile, Document(Policy(config, Conventions.ReservedComponentName, Map(), new List<YamlNode>(), new List<YamlNode>()))),
        };
        foreach (var component in config.Components)
        {
            var ingress = SelectorRules(config.FlowsTo[component.Name].Select(f => (f.Client.Selector, f.Port)), "from");
            var egress = SelectorRules(config.FlowsFrom[component.Name].Select(f => (f.Server.Selector, f.Port)), "to")
                .Concat(component.Profiles.SelectMany(p => p.Egress).Distinct().Select(ProfileRule))
                .ToList();
            if (options.AllowDns) egress.Add(DnsRule());
            var policy = Policy(config, component.Name, MatchLabels(component.Selector), ingress, egress);
            files.Add(new ManifestFile($"{Folder}/component-{component.Name}.yaml", Document(policy)));
        }

        files.Add(Kustomization(Folder, files.Select(f => f.Path.Substring(Folder.Length + 1))));
        return files;
    }

    private static YamlNode Policy(ResolvedConfig config, string suffix, YamlMappingNode podSelector, List<YamlNode> ingress, List<YamlNode> egress) => Map(
        ("apiVersion", Str("networking.k8s.io/v1")),
        ("kind", Str("NetworkPolicy")),
        ("metadata", Metadata(PolicyNames.For(config.Config.Name, suffix), config.Config.Namespace, new[] { ManagedBy })),
        ("spec", Map(
            ("podSelector", podSelector),
            ("policyTypes", Seq(new[] { Str("Ingress"), Str("Egress") })),
            ("ingress", ingress.Count == 0 ? null : Seq(ingress)),
            ("egress", egress.Count == 0 ? null : Seq(egress)))));

    // Peers with the same port set share one rule; each peer's ports are merged first. Exact: ports apply to every peer of a rule.
    private static List<YamlNode> SelectorRules(IEnumerable<(IReadOnlyList<Label> Peer, PortSpec Port)> flows, string direction) =>
        flows
            .GroupBy(f => PeerKey(f.Peer), System.StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Peer: g.First().Peer, Ports: PortSets.Normalize(g.Select(f => f.Port))))
            .GroupBy(p => PortSets.Key(p.Ports), System.StringComparer.Ordinal)
            .Select(g => g.OrderBy(p => p.Key, System.StringComparer.Ordinal).ToList())
            .OrderBy(g => g[0].Key, System.StringComparer.Ordinal)
            .Select(g => (YamlNode)Map(
                (direction, Seq(g.Select(p => (YamlNode)Map(("podSelector", MatchLabels(p.Peer)))))),
                ("ports", Seq(g[0].Ports.Select(Port)))))
            .ToList();

    private static string PeerKey(IReadOnlyList<Label> labels) => string.Join(",", labels.Select(l => l.Key + "=" + l.Value));

    private static YamlNode ProfileRule(ProfileRule rule) => Map(
        ("to", Seq(rule.To.Select(ProfilePeer))),
        ("ports", rule.Ports.IsEmpty ? null : Seq(rule.Ports.Select(Port))));

    private static YamlNode ProfilePeer(ProfilePeer peer) => peer.IpBlock is { } block
        ? Map(("ipBlock", Map(
            ("cidr", Str(block.Cidr)),
            ("except", block.Except.IsEmpty ? null : Seq(block.Except.Select(e => (YamlNode)Str(e)))))))
        : Map(
            ("namespaceSelector", peer.NamespaceSelector is { } ns ? MatchLabels(ns.MatchLabels) : null),
            ("podSelector", peer.PodSelector is { } pod ? MatchLabels(pod.MatchLabels) : null));

    // Cluster DNS only: kube-dns pods in kube-system, TCP and UDP 53. Never "53 to anywhere".
    private static YamlNode DnsRule() => Map(
        ("to", Seq(new YamlNode[]
        {
            Map(
                ("namespaceSelector", MatchLabels(new[] { new Label("kubernetes.io/metadata.name", "kube-system") })),
                ("podSelector", MatchLabels(new[] { new Label("k8s-app", "kube-dns") }))),
        })),
        ("ports", Seq(DnsPorts.Select(Port))));
}
