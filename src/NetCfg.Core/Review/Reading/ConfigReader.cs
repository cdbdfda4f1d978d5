using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Review.Reading;

/// <summary>Reads a LocalNetworkConfig in the platform guide's shape: name, namespace, each component's pod selector and dependsOn.</summary>
internal static class ConfigReader
{
    public const string Kind = "LocalNetworkConfig";

    public static ConfigDocument? ReadDocument(YamlNode root, NodeReader reader)
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

        reader.Keys(doc, "apiVersion", "kind", "metadata", "spec");
        var metadata = reader.Mapping(reader.Required(doc, "metadata"), "metadata");
        if (metadata is not null) reader.Keys(metadata, "name", "namespace", "labels", "annotations");
        var name = metadata is null ? null : reader.Text(reader.Required(metadata, "name"), "metadata.name");
        var ns = metadata is null ? null : reader.Text(NodeReader.Get(metadata, "namespace"), "metadata.namespace");
        var spec = reader.Mapping(reader.Required(doc, "spec"), "spec");
        if (spec is not null) reader.Keys(spec, "components");
        var componentsNode = spec is null ? null : reader.Required(spec, "components");
        if (componentsNode is null) return null;
        var components = new List<ConfigComponent>();
        var targets = new List<(string Name, YamlNode Node)>();
        if (reader.Present(componentsNode) is not null && reader.Mapping(componentsNode, "spec.components") is { } map)
        {
            foreach (var pair in map.Children)
            {
                if (Component(reader, pair.Key, pair.Value, targets) is { } component) components.Add(component);
            }
        }

        var names = components.Select(c => c.Name).ToList();
        foreach (var (target, node) in targets.Where(t => !names.Contains(t.Name)))
        {
            var closest = Rules.ClosestNames.Find(target, names);
            reader.Error(node, $"no component of this config is named '{target}'" + (closest.Count > 0 ? $"; did you mean {string.Join(", ", closest.Select(n => "'" + n + "'"))}?" : string.Empty));
        }

        return reader.ErrorCount > before || name is null
            ? null
            : new ConfigDocument(name, ns, components.OrderBy(c => c.Name, System.StringComparer.Ordinal).ToEquatableArray());
    }

    private static ConfigComponent? Component(NodeReader reader, YamlNode key, YamlNode value, List<(string Name, YamlNode Node)> targets)
    {
        var name = reader.Text(key, "a component name");
        var component = reader.Mapping(value, $"component '{name}'");
        if (name is null || component is null) return null;
        reader.Keys(component, "podSelector", "dependsOn");
        if (reader.Required(component, "podSelector") is not { } selectorNode) return null;
        var selector = SelectorReader.Read(reader, selectorNode, $"the podSelector of component '{name}'");
        var dependsOn = reader.Items(NodeReader.Get(component, "dependsOn"), $"the dependsOn of component '{name}'").Select(d => Dependency(reader, d, targets)).OfType<ConfigDependency>().ToEquatableArray();
        return selector is null ? null : new ConfigComponent(name, selector, dependsOn, (int)key.Start.Line, (int)key.Start.Column);
    }

    // {component, port, endPort, protocol} or {networkProfile}.
    private static ConfigDependency? Dependency(NodeReader reader, YamlNode node, List<(string Name, YamlNode Node)> targets)
    {
        if (reader.Mapping(node, "a dependsOn entry") is not { } entry) return null;
        if (NodeReader.Get(entry, "networkProfile") is { } profileNode)
        {
            reader.Keys(entry, "networkProfile");
            return reader.Text(profileNode, "networkProfile") is { } profile ? new ConfigDependency(null, null, profile) : null;
        }

        var componentNode = reader.Required(entry, "component");
        var component = reader.Text(componentNode, "component");
        if (component is not null) targets.Add((component, componentNode!));
        var port = PortReader.Read(reader, entry, "component");
        return component is null ? null : new ConfigDependency(component, port, null);
    }
}
