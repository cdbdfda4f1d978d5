using System;
using System.Globalization;
using System.IO;
using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Yaml;

/// <summary>Builds YamlDotNet nodes and writes them; the emitter does the escaping, we only pick the style.</summary>
public static class YamlText
{
    // Words a YAML 1.1 reader (kubectl) would not keep as strings.
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "yes", "n", "no", "true", "false", "on", "off", "null", "nan", "inf",
    };

    /// <summary>A string scalar, double-quoted unless plain is unambiguous.</summary>
    public static YamlScalarNode Str(string value) => new(value)
    {
        Style = IsSafePlain(value) ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted,
    };

    // Plain only for a letter followed by [A-Za-z0-9._/-] (no ': ', ' #', no number or keyword), or a CIDR such as 10.0.0.0/8.
    private static bool IsSafePlain(string value)
    {
        if (value.Length == 0) return false;
        if (IsLetter(value[0]))
        {
            foreach (var c in value)
            {
                if (!IsLetter(c) && !IsDigit(c) && c is not ('.' or '_' or '/' or '-')) return false;
            }

            return !Keywords.Contains(value);
        }

        var slash = value.IndexOf('/');
        if (slash <= 0 || slash == value.Length - 1) return false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = i < slash ? IsDigit(c) || c is ':' or '.' || (c | 0x20) is >= 'a' and <= 'f' : i == slash || IsDigit(c);
            if (!ok) return false;
        }

        return true;
    }

    private static bool IsLetter(char c) => (c | 0x20) is >= 'a' and <= 'z';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

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
