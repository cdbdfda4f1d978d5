using System;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Generators.Parsing;

/// <summary>Finds where a profile's metadata.name value is written, for diagnostics that point at a profile's name.</summary>
public static class ProfileNamePositions
{
    /// <summary>
    /// The 1-based start and end (exclusive) of metadata.name in the document that starts at (<paramref name="line"/>,
    /// <paramref name="column"/>), or null when it cannot be found. Never throws.
    /// </summary>
    public static (int Line, int Column, int EndLine, int EndColumn)? Find(string text, int line, int column)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            foreach (var document in stream.Documents)
            {
                if (document.RootNode.Start.Line != line || document.RootNode.Start.Column != column) continue;
                if (document.RootNode is YamlMappingNode root
                    && Get(root, "metadata") is YamlMappingNode metadata
                    && Get(metadata, "name") is YamlScalarNode name)
                {
                    return ((int)name.Start.Line, (int)name.Start.Column, (int)name.End.Line, (int)name.End.Column);
                }

                return null;
            }
        }
        catch (Exception e) when (e is YamlException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // Unreadable now: the caller falls back to the document's position.
        }

        return null;
    }

    private static YamlNode? Get(YamlMappingNode map, string key)
    {
        foreach (var pair in map.Children)
        {
            if (pair.Key is YamlScalarNode { Value: { } value } && value == key) return pair.Value;
        }

        return null;
    }
}
