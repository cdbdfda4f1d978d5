using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;

namespace NetCfg.Core.Translation;

/// <summary>Plans platform/: the LocalNetworkConfig in the platform guide's shape, and its kustomization.</summary>
internal static class LocalNetworkConfigPlanner
{
    public const string Folder = "platform";
    public const string FileName = "local-network-config.yaml";

    public static IEnumerable<PlannedFile> Plan(ResolvedConfig config)
    {
        var components = config.Components.Select(component => new ConfigEntry(
            component.Name,
            component.Selector,
            PortSets.InOrder(config.FlowsFrom[component.Name], f => f.Port)
                .OrderBy(f => f.Server.Name, System.StringComparer.Ordinal)
                .Select(f => (f.Server.Name, f.Port))
                .ToList(),
            component.Profiles.Select(p => p.Name).ToList()));
        yield return new PlannedConfig(Folder + "/" + FileName, config.Config.Name!, config.Config.Namespace, components.ToList());
        yield return new PlannedKustomization(Folder + "/kustomization.yaml", new[] { FileName });
    }
}
