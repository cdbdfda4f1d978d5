using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;

namespace NetCfg.Core.Translation;

/// <summary>Plans platform/: the LocalNetworkConfig in the platform guide's shape, and its kustomization.</summary>
internal static class LocalNetworkConfigPlanner
{
    public const string Folder = "platform";
    public const string FileName = "local-network-config.yaml";

    public static IEnumerable<ManifestModel> Plan(ResolvedConfig config)
    {
        var components = config.Components.Select(component => new ConfigComponent(
            component.Name,
            component.Selector.ToEquatableArray(),
            config.FlowsFrom[component.Name]
                .OrderBy(f => f.Server.Name, System.StringComparer.Ordinal)
                .ThenBy(f => f.Port.Protocol.ToKubernetes(), System.StringComparer.Ordinal)
                .ThenBy(f => f.Port.Port ?? 0)
                .ThenBy(f => f.Port.EndPort ?? 0)
                .Select(f => new ConfigDependency(f.Server.Name, f.Port))
                .ToEquatableArray(),
            component.Profiles.Select(p => p.Name).ToEquatableArray()));
        yield return new LocalNetworkConfigModel(Folder + "/" + FileName, config.Config.Name, config.Config.Namespace, components.ToEquatableArray());
        yield return new KustomizationModel(Folder + "/kustomization.yaml", new[] { FileName }.ToEquatableArray());
    }
}
