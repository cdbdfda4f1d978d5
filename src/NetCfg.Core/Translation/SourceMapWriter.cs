using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Evaluation;
using NetCfg.Core.Rules;

namespace NetCfg.Core.Translation;

/// <summary>
/// Builds the <see cref="SourceMap"/> of a checked input: for each rule of each component's policy, in the planner's order,
/// the attributes that declared it ("[DependsOn(typeof(Backend), Port = 8080)] on MyApp.Frontend"), the profile rules it
/// copies ("egress rule 1 of profile allow-dns (dns.yaml)"), or the DNS setting.
/// </summary>
public static class SourceMapWriter
{
    public static SourceMap For(TranslationInput input, TranslationOptions options)
    {
        var rules = new Dictionary<(string, string, int), IReadOnlyList<string>>();
        if (input.Configs.IsEmpty) return new SourceMap(rules, new Dictionary<string, string>());
        var index = new DeclarationIndex(input);
        var config = ResolvedConfig.Resolve(index);
        var dns = DnsRules.For(options);
        var peers = new HashSet<string>(StringComparer.Ordinal);
        var byName = index.Network.GroupBy(d => d.Name!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var component in config.Components)
        {
            var file = NetworkPolicyPlanner.PolicyPath(component.Name);
            var (ingress, egress) = NetworkPolicyPlanner.Rules(config, component, dns);
            peers.UnionWith(ingress.Concat(egress).SelectMany(r => r.Peers).Select(p => PeerKeys.Of(p, config.Config.Namespace ?? FlowEvaluator.DefaultNamespace)));
            for (var i = 0; i < ingress.Count; i++) rules[(file, "ingress", i + 1)] = Origins(ingress[i], component, config, index, byName, options, egress: false);
            for (var i = 0; i < egress.Count; i++) rules[(file, "egress", i + 1)] = Origins(egress[i], component, config, index, byName, options, egress: true);
        }

        var profiles = index.Profiles.Select(g => g.First().Profile);
        // Labels of the peers the policies use, as network.md shows them: a profile nobody uses changes neither.
        var labels = PeerLabels.For(profiles, config.Config.Namespace, options).Where(l => peers.Contains(l.Key)).ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);
        return new SourceMap(rules, labels);
    }

    private static IReadOnlyList<string> Origins(Rule rule, ResolvedComponent component, ResolvedConfig config, DeclarationIndex index, Dictionary<string, ComponentDeclaration> byName, TranslationOptions options, bool egress)
    {
        var origins = new List<string>();
        var peers = rule.Peers.Where(p => p.IpBlock is null && p.NamespaceSelector is null).Select(p => p.PodSelector).ToList();
        var partners = config.Components.Where(c => peers.Contains(c.Selector)).Select(c => c.Name).ToList();
        if (partners.Count == rule.Peers.Count)
        {
            foreach (var partner in partners)
            {
                var (client, server) = egress ? (component.Name, partner) : (partner, component.Name);
                var owner = byName[client];
                origins.AddRange(owner.Dependencies.Where(d => index.Resolve(d.Target)?.Name == server).Select(d => Attribute(d, owner, index)));
            }

            if (origins.Count > 0) return origins.Distinct().ToList();
        }

        foreach (var profile in component.Profiles)
        {
            var list = egress ? profile.Egress : profile.Ingress;
            for (var i = 0; i < list.Count; i++)
            {
                if (!list[i].Equals(rule)) continue;
                var file = index.Profiles[profile.Name].First().File.Path;
                origins.Add($"{(egress ? "egress" : "ingress")} rule {(i + 1).ToString(CultureInfo.InvariantCulture)} of profile {profile.Name} ({FileName(file)}), by [DependsOnProfile(\"{profile.Name}\")] on {byName[component.Name].Display}");
            }
        }

        if (egress && DnsRules.For(options).Contains(rule)) origins.Add($"the DNS setting (NetCfgDns={options.Dns})");
        return origins.Distinct().ToList();
    }

    // The attribute as written in the source; else (from a library's export) as the declarations hold it: a type by its C#
    // name, or a component by name.
    private static string Attribute(DependencyDeclaration dependency, ComponentDeclaration owner, DeclarationIndex index)
    {
        var where = index.IsLocal(owner) ? string.Empty : " in assembly " + owner.Assembly;
        if (dependency.Written is { } written) return $"{written} on {owner.Display}{where}";
        var target = dependency.Target.Shape == TargetShape.Name ? "\"" + dependency.Target.Name + "\"" : "typeof(" + dependency.Target.Display + ")";
        var arguments = new List<string> { target };
        if (dependency.Port is { } port) arguments.Add("Port = " + port.ToString(CultureInfo.InvariantCulture));
        if (dependency.EndPort is { } end) arguments.Add("EndPort = " + end.ToString(CultureInfo.InvariantCulture));
        if (dependency.PortName is { } name) arguments.Add("PortName = \"" + name + "\"");
        if (dependency.Protocol != (int)Protocol.Tcp) arguments.Add("Protocol = NetworkProtocol." + (Protocol)dependency.Protocol);
        return $"[DependsOn({string.Join(", ", arguments)})] on {owner.Display}{where}";
    }

    // The last segment of a profile file's path: never a path of the machine.
    private static string FileName(string path) => path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
}
