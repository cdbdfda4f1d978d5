using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Properties.Tests.Harness;

/// <summary>Generic YAML reading (YamlDotNet's representation model), to look at emitted text independently of k8s types.</summary>
internal static class YamlDocuments
{
    /// <summary>All documents of a text; throws when it is not YAML.</summary>
    public static IReadOnlyList<YamlDocument> Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.ToList();
    }

    public static YamlNode? At(this YamlNode node, params string[] path)
    {
        YamlNode? current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out current)) return null;
        }

        return current;
    }

    public static string? Text(this YamlNode? node) => (node as YamlScalarNode)?.Value;

    /// <summary>A mapping of scalars as a dictionary (null when the node is not such a mapping).</summary>
    public static IReadOnlyDictionary<string, string>? StringMap(this YamlNode? node) =>
        node is YamlMappingNode map && map.Children.All(p => p.Key is YamlScalarNode && p.Value is YamlScalarNode)
            ? map.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value ?? string.Empty, p => ((YamlScalarNode)p.Value).Value ?? string.Empty)
            : null;
}
