using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Reading;
using NetCfg.Core.Translation;

namespace NetCfg.Core.Review.Explanation;

/// <summary>
/// What in the LocalNetworkConfig wrote a rule of a component's policy: a dependsOn entry on another component, a
/// NetworkProfile the component depends on, or the build's DNS setting. The build's <see cref="SourceMap"/> names the C#
/// attributes and profile rules; without it, the LocalNetworkConfig in the manifests says what it can.
/// </summary>
internal static class RuleOrigins
{
    public static string? Of(NetworkView view, SourceMap? sources, PolicyView policy, int number, Rule rule, bool egress)
    {
        if (sources?.Declarations(policy.Path, egress ? "egress" : "ingress", number) is { Count: > 0 } declared) return string.Join("; ", declared);
        if (view.Config is not { } config) return null;
        var owner = config.Components.FirstOrDefault(c => c.Selector.Equals(policy.PodSelector));
        if (owner is null) return null;
        var peers = rule.Peers.Select(p => p.IpBlock is null && p.NamespaceSelector is null ? config.Components.FirstOrDefault(c => c.Selector.Equals(p.PodSelector)) : null).ToList();
        if (peers.Count > 0 && peers.All(p => p is not null))
        {
            var entries = peers.SelectMany(peer => egress
                ? owner.DependsOn.Where(d => d.Component == peer!.Name).Select(d => Entry(owner.Name, d))
                : peer!.DependsOn.Where(d => d.Component == owner.Name).Select(d => Entry(peer.Name, d)));
            return string.Join("; ", entries.Distinct());
        }

        var profiles = owner.DependsOn.Where(d => d.Profile is not null).Select(d => d.Profile!).Distinct().ToList();
        var named = profiles.Count == 0 ? null : (profiles.Count == 1 ? "profile " : "one of the profiles ") + string.Join(", ", profiles) + $" that {owner.Name} depends on";
        if (!egress) return named;
        return named is null ? "the DNS setting (NetCfgDns)" : named + ", or the DNS setting (NetCfgDns)";
    }

    // "frontend dependsOn backend TCP 8080", as the LocalNetworkConfig spells it.
    private static string Entry(string owner, ConfigDependency dependency)
    {
        var port = dependency.Port is { } p ? " " + Evaluation.PortSet.Of(new List<PortSpec> { p }) : string.Empty;
        return $"{owner} dependsOn {dependency.Component}{port}";
    }
}
