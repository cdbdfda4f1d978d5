using System;
using System.Collections.Generic;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Yaml;

/// <summary>Loads the documents of one YAML file, refusing what NetCfg never reads (see <see cref="YamlEvents"/>).</summary>
internal static class YamlDocuments
{
    public const int MaxDepth = 32;

    /// <summary>
    /// The root node of every document, or null with the reason handed to <paramref name="reader"/>. Never throws.
    /// <paramref name="subject"/> names what the file holds ("profiles"); <paramref name="maxLength"/> caps its characters,
    /// <paramref name="maxDepth"/> its nesting.
    /// </summary>
    public static IReadOnlyList<YamlNode>? Load(string text, string subject, int maxLength, NodeReader reader, int maxDepth = MaxDepth)
    {
        if (text.Length > maxLength)
        {
            reader.Error(Mark.Empty, $"the file is larger than {maxLength} characters");
            return null;
        }

        try
        {
            if (YamlEvents.Check(text, subject, reader, maxDepth) is not { } events) return null;
            var stream = new YamlStream();
            stream.Load(events);
            return stream.Documents.Select(d => d.RootNode).ToList();
        }
        catch (YamlException e)
        {
            reader.Error(e.Start, "invalid YAML: " + Describe(e));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            reader.Error(Mark.Empty, "invalid YAML: " + e.Message);
        }

        return null;
    }

    private static string Describe(YamlException e)
    {
        var message = (e.InnerException as YamlException ?? e).Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(", StringComparison.Ordinal) && close > 0 ? message.Substring(close + 3) : message;
    }
}
