using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;

namespace NetCfg.Core.Translation;

/// <summary>Plans networkpolicy/: what the platform controller makes of the config, as plain NetworkPolicies.</summary>
internal static class NetworkPolicyPlanner
{
    public const string Folder = "networkpolicy";
    public const string DefaultDenyFile = "default-deny.yaml";

    // Cluster DNS only: kube-dns pods in kube-system, TCP and UDP 53. Never "53 to anywhere".
    private static readonly PolicyRule DnsRule = new(
        new[]
        {
            new ProfilePeer(
                null,
                new Selector(new[] { new Label("kubernetes.io/metadata.name", "kube-system") }.ToEquatableArray()),
                new Selector(new[] { new Label("k8s-app", "kube-dns") }.ToEquatableArray())),
        }.ToEquatableArray(),
        new[] { new PortSpec(Protocol.Tcp, 53, null), new PortSpec(Protocol.Udp, 53, null) }.ToEquatableArray());

    public static IEnumerable<ManifestModel> Plan(ResolvedConfig config, TranslationOptions options)
    {
        var files = new List<ManifestModel>
        {
            Policy(config, Folder + "/" + DefaultDenyFile, Conventions.ReservedComponentName, new List<Label>(), new List<PolicyRule>(), new List<PolicyRule>()),
        };
        foreach (var component in config.Components)
        {
            var ingress = SelectorRules(config.FlowsTo[component.Name].Select(f => (f.Client.Selector, f.Port)));
            var egress = SelectorRules(config.FlowsFrom[component.Name].Select(f => (f.Server.Selector, f.Port)))
                .Concat(component.Profiles.SelectMany(p => p.Egress).Distinct().Select(r => new PolicyRule(r.To, r.Ports)))
                .ToList();
            if (options.AllowDns) egress.Add(DnsRule);
            files.Add(Policy(config, $"{Folder}/component-{component.Name}.yaml", component.Name, component.Selector, ingress, egress));
        }

        files.Add(new KustomizationModel(
            Folder + "/kustomization.yaml",
            files.Select(f => f.Path.Substring(Folder.Length + 1)).OrderBy(p => p, System.StringComparer.Ordinal).ToEquatableArray()));
        return files;
    }

    private static PolicyModel Policy(ResolvedConfig config, string path, string suffix, IEnumerable<Label> selector, List<PolicyRule> ingress, List<PolicyRule> egress) =>
        new(path, PolicyNames.For(config.Config.Name, suffix), config.Config.Namespace, selector.ToEquatableArray(), ingress.ToEquatableArray(), egress.ToEquatableArray());

    // Peers with the same port set share one rule; each peer's ports are merged first. Exact: ports apply to every peer of a rule.
    private static List<PolicyRule> SelectorRules(IEnumerable<(IReadOnlyList<Label> Peer, PortSpec Port)> flows) =>
        flows
            .GroupBy(f => PeerKey(f.Peer), System.StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Peer: g.First().Peer, Ports: PortSets.Normalize(g.Select(f => f.Port))))
            .GroupBy(p => PortSets.Key(p.Ports), System.StringComparer.Ordinal)
            .Select(g => g.OrderBy(p => p.Key, System.StringComparer.Ordinal).ToList())
            .OrderBy(g => g[0].Key, System.StringComparer.Ordinal)
            .Select(g => new PolicyRule(
                g.Select(p => new ProfilePeer(null, null, new Selector(p.Peer.ToEquatableArray()))).ToEquatableArray(),
                g[0].Ports.ToEquatableArray()))
            .ToList();

    private static string PeerKey(IReadOnlyList<Label> labels) => string.Join(",", labels.Select(l => l.Key + "=" + l.Value));
}
