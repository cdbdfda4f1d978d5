using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Review.Reading;

/// <summary>Reads the LocalNetworkConfig's namespace and each component's name and pod selector (dependsOn is not needed).</summary>
internal static class ConfigReader
{
    public const string Kind = "LocalNetworkConfig";

    public static (string? Namespace, List<ComponentView> Components)? Read(YamlNode root, NodeReader reader)
    {
        var before = reader.ErrorCount;
        if (reader.Mapping(root, "a LocalNetworkConfig") is not { } doc) return null;
        var kind = reader.Text(NodeReader.Get(doc, "kind"), "kind");
        var apiVersion = reader.Text(NodeReader.Get(doc, "apiVersion"), "apiVersion");
        if (kind != Kind || apiVersion != Conventions.ApiVersion)
        {
            reader.Error(doc, $"not a {Conventions.ApiVersion} {Kind} (found {apiVersion ?? "no apiVersion"} {kind ?? "and no kind"})");
            return null;
        }

        var metadata = reader.Mapping(NodeReader.Get(doc, "metadata"), "metadata");
        var ns = metadata is null ? null : reader.Text(NodeReader.Get(metadata, "namespace"), "metadata.namespace");
        var spec = reader.Mapping(reader.Required(doc, "spec"), "spec");
        var componentsNode = spec is null ? null : reader.Required(spec, "components");
        if (componentsNode is null) return null;
        var components = new List<ComponentView>();
        if (reader.Present(componentsNode) is not null && reader.Mapping(componentsNode, "spec.components") is { } map)
        {
            foreach (var pair in map.Children)
            {
                var name = reader.Text(pair.Key, "a component name");
                var component = reader.Mapping(pair.Value, $"component '{name}'");
                if (name is null || component is null) continue;
                if (reader.Required(component, "podSelector") is not { } selectorNode) continue;
                if (SelectorReader.Read(reader, selectorNode, $"the podSelector of component '{name}'") is { } selector) components.Add(new ComponentView(name, selector));
            }
        }

        return reader.ErrorCount > before ? null : (ns, components.OrderBy(c => c.Name, System.StringComparer.Ordinal).ToList());
    }
}
