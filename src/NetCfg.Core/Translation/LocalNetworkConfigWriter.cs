using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;
using YamlDotNet.RepresentationModel;
using static NetCfg.Core.Translation.ManifestYaml;
using static NetCfg.Core.Yaml.YamlText;

namespace NetCfg.Core.Translation;

/// <summary>Writes platform/: the LocalNetworkConfig in the platform guide's shape, and its kustomization.</summary>
internal static class LocalNetworkConfigWriter
{
    public const string Folder = "platform";
    public const string FileName = "local-network-config.yaml";

    public static IEnumerable<ManifestFile> Write(ResolvedConfig config)
    {
        var components = new YamlMappingNode();
        foreach (var component in config.Components)
        {
            var dependsOn = config.FlowsFrom[component.Name]
                .OrderBy(f => f.Server.Name, System.StringComparer.Ordinal)
                .ThenBy(f => f.Port.Protocol.ToKubernetes(), System.StringComparer.Ordinal)
                .ThenBy(f => f.Port.Port ?? 0)
                .ThenBy(f => f.Port.EndPort ?? 0)
                .Select(Dependency)
                .Concat(component.Profiles.Select(p => (YamlNode)Map(("networkProfile", Str(p.Name)))))
                .ToList();
            components.Add(Str(component.Name), Map(
                ("podSelector", MatchLabels(component.Selector)),
                ("dependsOn", dependsOn.Count == 0 ? null : Seq(dependsOn))));
        }

        var root = Map(
            ("apiVersion", Str("networking.tcs.trifork.com/v1alpha1")),
            ("kind", Str("LocalNetworkConfig")),
            ("metadata", Metadata(config.Config.Name, config.Config.Namespace, labels: null)),
            ("spec", Map(("components", components))));
        yield return new ManifestFile(Folder + "/" + FileName, Document(root));
        yield return Kustomization(Folder, new[] { FileName });
    }

    // The guide spells a dependency as {component, port}; protocol and endPort appear only when declared.
    private static YamlNode Dependency(Flow flow) => Map(
        ("component", Str(flow.Server.Name)),
        ("port", flow.Port.Port is { } p ? Int(p) : null),
        ("endPort", flow.Port.EndPort is { } e ? Int(e) : null),
        ("protocol", flow.Port.Protocol == Protocol.Tcp ? null : Str(flow.Port.Protocol.ToKubernetes())));
}
