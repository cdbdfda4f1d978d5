using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;

namespace NetCfg.Core.Translation;

/// <summary>Plans networkpolicy/: what the platform controller makes of the config, as plain NetworkPolicies.</summary>
internal static class NetworkPolicyPlanner
{
    public const string Folder = "networkpolicy";
    public const string DefaultDenyFile = "default-deny.yaml";

    public static IEnumerable<PlannedFile> Plan(ResolvedConfig config, TranslationOptions options)
    {
        var dns = DnsRules.For(options);
        var files = new List<PlannedFile>
        {
            Policy(config, Folder + "/" + DefaultDenyFile, Conventions.ReservedComponentName, null, new List<Rule>(), new List<Rule>()),
        };
        foreach (var component in config.Components)
        {
            var (ingress, egress) = Rules(config, component, dns);
            files.Add(Policy(config, PolicyPath(component.Name), component.Name, component.Selector, ingress, egress));
        }

        files.Add(new PlannedKustomization(
            Folder + "/kustomization.yaml",
            files.Select(f => f.Path.Substring(Folder.Length + 1)).OrderBy(p => p, System.StringComparer.Ordinal).ToList()));
        return files;
    }

    public static string PolicyPath(string component) => $"{Folder}/component-{component}.yaml";

    /// <summary>A component's rules in policy order: from/to components, then its profiles' rules, then (egress) the DNS.</summary>
    public static (List<Rule> Ingress, List<Rule> Egress) Rules(ResolvedConfig config, ResolvedComponent component, IReadOnlyList<Rule> dns) => (
        SelectorRules(config.FlowsTo[component.Name].Select(f => (f.Client.Selector, f.Port)))
            .Concat(component.Profiles.SelectMany(p => p.Ingress).Distinct())
            .ToList(),
        SelectorRules(config.FlowsFrom[component.Name].Select(f => (f.Server.Selector, f.Port)))
            .Concat(component.Profiles.SelectMany(p => p.Egress).Distinct())
            .Concat(dns)
            .ToList());

    private static PlannedPolicy Policy(ResolvedConfig config, string path, string suffix, Selector? selector, List<Rule> ingress, List<Rule> egress) =>
        new(path, PolicyNames.For(config.Config.Name!, suffix), config.Config.Namespace, selector, ingress, egress);

    // Peers with the same port set share one rule; each peer's ports are merged first. Exact: ports apply to every peer of a rule.
    internal static IEnumerable<Rule> SelectorRules(IEnumerable<(Selector Peer, PortSpec Port)> flows) =>
        flows
            .GroupBy(f => Key(f.Peer), System.StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Peer: g.First().Peer, Ports: PortSets.Normalize(g.Select(f => f.Port))))
            .GroupBy(p => PortSets.Key(p.Ports), System.StringComparer.Ordinal)
            .Select(g => g.OrderBy(p => p.Key, System.StringComparer.Ordinal).ToList())
            .OrderBy(g => g[0].Key, System.StringComparer.Ordinal)
            .Select(g => new Rule(
                g.Select(p => new Peer(null, null, p.Peer)).ToEquatableArray(),
                g[0].Ports.ToEquatableArray()));

    private static string Key(Selector selector) =>
        string.Join("\n", selector.MatchLabels.Select(l => l.Key + "=" + l.Value)
            .Concat(selector.MatchExpressions.Select(r => r.Key + " " + r.Operator + " " + string.Join(",", r.Values))));
}
