using System;
using System.Collections.Generic;
using System.IO;
using NetCfg.Core.Model;
using YamlDotNet.Core;
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
        var parser = new ShapeCheckingParser(new Parser(new StringReader(text)));
        try
        {
            if (text.Length > MaxLength) return Fail(errors, file.Path, $"larger than {MaxLength} characters");
            var stream = new YamlStream();
            stream.Load(parser);
            return stream.Documents.Count == 1
                ? stream.Documents[0].RootNode
                : Fail(errors, file.Path, $"expected one YAML document, found {stream.Documents.Count}");
        }
        catch (YamlException e)
        {
            return Fail(errors, file.Path, parser.Refusal ?? $"({e.Start.Line},{e.Start.Column}): not valid YAML: {Message(e)}");
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            return Fail(errors, file.Path, "not valid YAML: " + e.Message);
        }
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
