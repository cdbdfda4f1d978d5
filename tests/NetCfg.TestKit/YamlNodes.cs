using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace NetCfg.TestKit;

/// <summary>Looking into YAML the product wrote, through YamlDotNet's representation model and nothing of ours.</summary>
public static class YamlNodes
{
    /// <summary>All documents of a text; throws when it is not YAML.</summary>
    public static IReadOnlyList<YamlDocument> Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.ToList();
    }

    /// <summary>The root of the single document of a text.</summary>
    public static YamlNode Root(string text) => Load(text).Single().RootNode;

    /// <summary>The node at a path of mapping keys (strings) and sequence indexes (ints); null when there is none.</summary>
    public static YamlNode? At(this YamlNode node, params object[] path)
    {
        YamlNode? current = node;
        foreach (var step in path)
        {
            current = (current, step) switch
            {
                (YamlMappingNode map, string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null,
                (YamlSequenceNode seq, int index) => index < seq.Children.Count ? seq.Children[index] : null,
                _ => null,
            };
            if (current is null) return null;
        }

        return current;
    }

    /// <summary>A scalar's text; null for anything else.</summary>
    public static string? Text(this YamlNode? node) => (node as YamlScalarNode)?.Value;

    /// <summary>A mapping of scalars as a dictionary (null when the node is not such a mapping).</summary>
    public static IReadOnlyDictionary<string, string>? StringMap(this YamlNode? node) =>
        node is YamlMappingNode map && map.Children.All(p => p.Key is YamlScalarNode && p.Value is YamlScalarNode)
            ? map.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value ?? string.Empty, p => ((YamlScalarNode)p.Value).Value ?? string.Empty)
            : null;
}
