using System;
using System.Collections.Generic;
using System.IO;
using NetCfg.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Review;

/// <summary>Loads the single YAML document of a manifest file, refusing what our renderer never writes.</summary>
internal static class YamlDocuments
{
    public const int MaxDepth = 32;
    public const int MaxLength = 1 << 25;

    /// <summary>The root node, or null with the reason added to <paramref name="errors"/>. Never throws.</summary>
    public static YamlNode? Load(ManifestFile file, List<string> errors)
    {
        var text = file.Content ?? string.Empty;
        try
        {
            if (text.Length > MaxLength) return Fail(errors, file.Path, $"larger than {MaxLength} characters");
            if (ShapeError(text) is { } shape) return Fail(errors, file.Path, shape);
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 1
                ? stream.Documents[0].RootNode
                : Fail(errors, file.Path, $"expected one YAML document, found {stream.Documents.Count}");
        }
        catch (YamlException e)
        {
            return Fail(errors, file.Path, $"({e.Start.Line},{e.Start.Column}): not valid YAML: {Message(e)}");
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            return Fail(errors, file.Path, "not valid YAML: " + e.Message);
        }
    }

    // One pass over the events before the recursive loader: no anchors or aliases, no deep nesting.
    private static string? ShapeError(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    return $"({alias.Start.Line},{alias.Start.Column}): YAML aliases are not used in NetCfg manifests";
                case NodeEvent { Anchor.IsEmpty: false } node:
                    return $"({node.Start.Line},{node.Start.Column}): YAML anchors are not used in NetCfg manifests";
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    return $"({parser.Current.Start.Line},{parser.Current.Start.Column}): nested deeper than {MaxDepth} levels";
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }

        return null;
    }

    private static YamlNode? Fail(List<string> errors, string path, string message)
    {
        errors.Add(message.StartsWith("(", StringComparison.Ordinal) ? path + message : path + ": " + message);
        return null;
    }

    private static string Message(YamlException e)
    {
        var message = (e.InnerException as YamlException ?? e).Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(", StringComparison.Ordinal) && close > 0 ? message.Substring(close + 3) : message;
    }
}
