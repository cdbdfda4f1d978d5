using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Rules;

namespace NetCfg.Core.Translation;

/// <summary>A component with its selector and profiles.</summary>
internal sealed record ResolvedComponent(string Name, Selector Selector, IReadOnlyList<NetworkProfile> Profiles);

/// <summary>One component-to-component flow.</summary>
internal sealed record Flow(ResolvedComponent Client, ResolvedComponent Server, PortSpec Port);

/// <summary>A checked network: components sorted by name, flows deduplicated, dependencies resolved by type or name.</summary>
internal sealed class ResolvedConfig
{
    private ResolvedConfig(ConfigDeclaration config, IReadOnlyList<ResolvedComponent> components, IReadOnlyList<Flow> flows)
    {
        Config = config;
        Components = components;
        FlowsFrom = flows.ToLookup(f => f.Client.Name, System.StringComparer.Ordinal);
        FlowsTo = flows.ToLookup(f => f.Server.Name, System.StringComparer.Ordinal);
    }

    public ConfigDeclaration Config { get; }

    public IReadOnlyList<ResolvedComponent> Components { get; }

    /// <summary>Flows by client component name.</summary>
    public ILookup<string, Flow> FlowsFrom { get; }

    /// <summary>Flows by server component name.</summary>
    public ILookup<string, Flow> FlowsTo { get; }

    public static ResolvedConfig Resolve(DeclarationIndex index)
    {
        var profiles = index.Profiles.ToDictionary(g => g.Key, g => g.First().Profile, System.StringComparer.Ordinal);
        var resolved = index.Network.ToDictionary(
            DeclarationIndex.Id,
            d => new ResolvedComponent(
                d.Name!,
                ComponentSelectors.Of(d),
                d.Profiles.Select(p => p.Name!).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).Select(p => profiles[p]).ToList()),
            System.StringComparer.Ordinal);
        var flows = index.Network
            .SelectMany(d => d.Dependencies.Select(dep => new Flow(
                resolved[DeclarationIndex.Id(d)],
                resolved[DeclarationIndex.Id(index.Resolve(dep.Target)!)],
                new PortSpec((Protocol)dep.Protocol, dep.Port, dep.EndPort, dep.PortName))))
            .Distinct()
            .ToList();
        var components = resolved.Values.OrderBy(c => c.Name, System.StringComparer.Ordinal).ToList();
        return new ResolvedConfig(index.Input.Configs[0], components, flows);
    }
}
