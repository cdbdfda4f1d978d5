using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NetCfg.TestKit;
using NetCfg.Properties.Tests.Harness;
using NetCfg.Properties.Tests.Topologies;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Properties.Tests.Checks;

/// <summary>The platform/ objects: the LocalNetworkConfig says exactly what the topology declares; kustomizations list their folder.</summary>
internal static partial class EmittedObjectChecks
{
    private static void CheckLocalNetworkConfig(Topology topology, Manifests manifests, List<string> problems)
    {
        const string path = "platform/local-network-config.yaml";
        if (!manifests.Files.TryGetValue(path, out var text)) return;
        YamlNode root;
        try
        {
            root = YamlNodes.Load(text)[0].RootNode;
        }
        catch (Exception)
        {
            return; // reported above
        }

        Expect(root.At("apiVersion").Text(), "networking.tcs.trifork.com/v1alpha1", path + ": apiVersion", problems);
        Expect(root.At("kind").Text(), "LocalNetworkConfig", path + ": kind", problems);
        Expect(root.At("metadata", "name").Text(), topology.ConfigName, path + ": metadata.name", problems);
        Expect(root.At("metadata", "namespace").Text(), topology.Namespace, path + ": metadata.namespace", problems);
        if (root.At("spec", "components") is not YamlMappingNode components)
        {
            problems.Add($"{path}: spec.components is not a mapping");
            return;
        }

        var declared = topology.Components.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var written = components.Children.Keys.Select(k => k.Text() ?? "<non-scalar key>").OrderBy(n => n, StringComparer.Ordinal).ToList();
        if (!declared.SequenceEqual(written)) problems.Add($"{path}: components [{string.Join(", ", written)}], expected [{string.Join(", ", declared)}]");
        foreach (var component in topology.Components)
        {
            if (!components.Children.TryGetValue(new YamlScalarNode(component.Name), out var node)) continue;
            var selector = SelectorText.Of(node.At("podSelector"));
            if (selector != SelectorText.Of(component)) problems.Add($"{path}: {component.Name}.podSelector {selector}, expected {SelectorText.Of(component)}");
            var expected = component.Dependencies
                .Select(d => DependencyText(topology.Components[d.Target].Name, d.PortName ?? d.Port?.ToString(CultureInfo.InvariantCulture), d.EndPort, d.Protocol == Proto.Tcp ? null : d.Protocol.ToString().ToUpperInvariant()))
                .Concat(component.Profiles.Select(p => "networkProfile=" + p))
                .Distinct()
                .OrderBy(t => t, StringComparer.Ordinal)
                .ToList();
            var dependsOn = node.At("dependsOn") as YamlSequenceNode;
            var actual = (dependsOn?.Children ?? new List<YamlNode>()).Select(EntryText).OrderBy(t => t, StringComparer.Ordinal).ToList();
            if (!expected.SequenceEqual(actual))
            {
                problems.Add($"{path}: {component.Name}.dependsOn [{string.Join("; ", actual)}], expected [{string.Join("; ", expected)}]");
            }
        }
    }

    private static void CheckKustomizations(Manifests manifests, List<string> problems)
    {
        foreach (var folder in new[] { Manifests.PlatformFolder, Manifests.PolicyFolder })
        {
            var path = folder + Manifests.Kustomization;
            if (!manifests.Files.TryGetValue(path, out var text)) continue;
            try
            {
                var root = YamlNodes.Load(text)[0].RootNode;
                var resources = ((root.At("resources") as YamlSequenceNode)?.Children ?? new List<YamlNode>()).Select(n => n.Text() ?? string.Empty).OrderBy(r => r, StringComparer.Ordinal);
                var files = manifests.Files.Keys.Where(f => f.StartsWith(folder, StringComparison.Ordinal) && f != path).Select(f => f[folder.Length..]).OrderBy(r => r, StringComparer.Ordinal);
                if (!resources.SequenceEqual(files)) problems.Add($"{path}: resources [{string.Join(", ", resources)}], expected [{string.Join(", ", files)}]");
                Expect(root.At("kind").Text(), "Kustomization", path + ": kind", problems);
            }
            catch (Exception)
            {
                // reported above
            }
        }
    }

    private static string DependencyText(string component, string? port, int? endPort, string? protocol) =>
        string.Join(",", new[]
        {
            "component=" + component,
            port is { } p ? "port=" + p : null,
            endPort is { } e ? "endPort=" + e.ToString(CultureInfo.InvariantCulture) : null,
            protocol is null ? null : "protocol=" + protocol,
        }.Where(x => x is not null));

    private static string EntryText(YamlNode entry)
    {
        var map = entry.StringMap();
        if (map is null) return "<not a mapping of scalars>";
        if (map.TryGetValue("networkProfile", out var profile) && map.Count == 1) return "networkProfile=" + profile;
        var unknown = map.Keys.Except(new[] { "component", "port", "endPort", "protocol" }).ToList();
        return unknown.Count > 0
            ? "<unknown keys " + string.Join(",", unknown) + ">"
            : DependencyText(
                map.GetValueOrDefault("component") ?? "<none>",
                map.GetValueOrDefault("port"),
                map.TryGetValue("endPort", out var e) ? int.Parse(e, CultureInfo.InvariantCulture) : null,
                map.GetValueOrDefault("protocol"));
    }
}
