using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace NetCfg.Core.Tests.Review;

/// <summary>Reads the review's Markdown back: its mermaid blocks and the text of its quoted labels.</summary>
internal static class MermaidBlocks
{
    /// <summary>The label alphabet the escaping may produce: safe characters, numeric entities, and our own line break.</summary>
    public const string Label = @"(?:[A-Za-z0-9 .,\-_/=*!()]|#[0-9]+;|<br/>)*";

    public static readonly Regex Node = new(@"^  n([0-9]+)(?:\[""(" + Label + @")""\]|\{\{""(" + Label + @")""\}\}|\[/""(" + Label + @")""\\\]|\(\(""(" + Label + @")""\)\))$");

    public static readonly Regex Edge = new(@"^  n([0-9]+) (-->|==>|-\.->)\|""(" + Label + @")""\| n([0-9]+)$");

    /// <summary>The lines of the one mermaid block of a document (the fence lines excluded).</summary>
    public static List<string> Single(string markdown)
    {
        var lines = markdown.Split('\n');
        Assert.Equal(2, lines.Count(l => l.StartsWith("```", System.StringComparison.Ordinal)));
        var start = System.Array.IndexOf(lines, "```mermaid");
        Assert.True(start >= 0, "no mermaid block");
        var end = System.Array.IndexOf(lines, "```", start + 1);
        return lines.Skip(start + 1).Take(end - start - 1).ToList();
    }

    /// <summary>What a label shows: entities decoded, our line break a newline.</summary>
    public static string Decode(string label)
    {
        var text = new StringBuilder();
        for (var i = 0; i < label.Length;)
        {
            if (label[i] == '#')
            {
                var end = label.IndexOf(';', i);
                text.Append(char.ConvertFromUtf32(int.Parse(label.Substring(i + 1, end - i - 1), CultureInfo.InvariantCulture)));
                i = end + 1;
            }
            else if (string.CompareOrdinal(label, i, "<br/>", 0, 5) == 0)
            {
                text.Append('\n');
                i += 5;
            }
            else
            {
                text.Append(label[i++]);
            }
        }

        return text.ToString();
    }
}
