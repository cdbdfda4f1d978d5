using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;

namespace NetCfg.Core.Translation;

/// <summary>A component with its effective selector (labels sorted by key).</summary>
internal sealed record ResolvedComponent(string Name, IReadOnlyList<Label> Selector, IReadOnlyList<NetworkProfile> Profiles);

/// <summary>One component-to-component flow.</summary>
internal sealed record Flow(ResolvedComponent Client, ResolvedComponent Server, PortSpec Port);

/// <summary>A checked config: components sorted by name, flows deduplicated.</summary>
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

    public static ResolvedConfig Resolve(ConfigDeclaration config, EquatableArray<ComponentDeclaration> declarations, IReadOnlyDictionary<string, NetworkProfile> profiles)
    {
        var resolved = declarations.ToDictionary(
            d => d.TypeName,
            d => new ResolvedComponent(
                d.Name,
                SelectorOf(d),
                d.Profiles.Distinct().OrderBy(p => p, System.StringComparer.Ordinal).Select(p => profiles[p]).ToList()));
        var flows = declarations
            .SelectMany(d => d.Dependencies.Select(dep => new Flow(resolved[d.TypeName], resolved[dep.TargetType], new PortSpec(dep.Protocol, dep.Port, dep.EndPort))))
            .Distinct()
            .ToList();
        var components = resolved.Values.OrderBy(c => c.Name, System.StringComparer.Ordinal).ToList();
        return new ResolvedConfig(config, components, flows);
    }

    private static IReadOnlyList<Label> SelectorOf(ComponentDeclaration declaration) =>
        declaration.Labels.IsEmpty
            ? new[] { new Label(Conventions.DefaultSelectorKey, declaration.Name) }
            : declaration.Labels.OrderBy(l => l.Key, System.StringComparer.Ordinal).ToList();
}
