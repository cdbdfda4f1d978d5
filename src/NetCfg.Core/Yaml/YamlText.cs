using System;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Yaml;

/// <summary>Builds YamlDotNet nodes and writes them; the emitter does the escaping, we only pick the style.</summary>
public static class YamlText
{
    // A plain scalar that every YAML 1.1/1.2 reader keeps as a string: starts with a letter, no ': ' or ' #'.
    private static readonly Regex SafePlain = new(@"^[A-Za-z][A-Za-z0-9._/-]*\z", RegexOptions.CultureInvariant);
    private static readonly Regex SafeCidr = new(@"^[0-9A-Fa-f:.]+/[0-9]+\z", RegexOptions.CultureInvariant);
    private static readonly Regex Keyword = new(
        @"^(y|yes|n|no|true|false|on|off|null|nan|inf)\z",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A string scalar, double-quoted unless plain is unambiguous.</summary>
    public static YamlScalarNode Str(string value) => new(value)
    {
        Style = (SafePlain.IsMatch(value) && !Keyword.IsMatch(value)) || SafeCidr.IsMatch(value)
            ? ScalarStyle.Plain
            : ScalarStyle.DoubleQuoted,
    };

    /// <summary>An integer scalar.</summary>
    public static YamlScalarNode Int(int value) => new(value.ToString(CultureInfo.InvariantCulture)) { Style = ScalarStyle.Plain };

    /// <summary>A mapping with string keys, in the order given.</summary>
    public static YamlMappingNode Map(params (string Key, YamlNode? Value)[] entries)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in entries)
        {
            if (value is not null) map.Add(Str(key), value);
        }

        return map;
    }

    /// <summary>Writes one document with '\n' line ends, two-space indents and indented sequences.</summary>
    public static string Write(YamlNode root)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var settings = new EmitterSettings(2, int.MaxValue, false, 1024, false, true, "\n");
        new YamlStream(new YamlDocument(root)).Save(new Emitter(writer, settings), assignAnchors: false);
        var text = writer.ToString();
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text.Substring(0, text.Length - 4) : text;
    }
}
