using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NetCfg.Properties.Tests.Harness;

/// <summary>
/// No type confusion in emitted YAML: a plain scalar that a YAML 1.1 or 1.2 reader (Go's yaml behind kubectl, PyYAML,
/// YamlDotNet) would take for null, a bool, a number or a timestamp may only be a port number; every other scalar,
/// key or value, must read back as a string. Tags, anchors and aliases are not expected at all.
/// </summary>
internal static class ScalarTypes
{
    private static readonly Regex NonString = new(
        "^(" + string.Join("|",
            "~|null|Null|NULL|",
            "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
            "[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+|0o[0-7]+",
            @"[-+]?([0-9][0-9_]*)?\.[0-9.]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)",
            @"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?",
            @"[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?.*",
            "<<|=")
        + @")\z",
        RegexOptions.CultureInvariant);

    private static readonly Regex PortNumber = new(@"^[1-9][0-9]{0,4}\z", RegexOptions.CultureInvariant);

    /// <summary>True when a plain scalar with this text would not be read as a string.</summary>
    public static bool ReadsAsNonString(string plain) => NonString.IsMatch(plain);

    public static IEnumerable<string> Problems(string path, string text)
    {
        var parser = new Parser(new StringReader(text));
        var frames = new Stack<Frame>();
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            if (current is AnchorAlias) yield return $"{path}: an alias at {current.Start}";
            if (current is NodeEvent { Anchor.IsEmpty: false }) yield return $"{path}: an anchor at {current.Start}";
            if (current is NodeEvent { Tag.IsEmpty: false } tagged && tagged is not MappingStart and not SequenceStart) yield return $"{path}: a tag at {current.Start}";
            switch (current)
            {
                case Scalar scalar:
                    var top = frames.Count > 0 ? frames.Peek() : null;
                    var isKey = top is { IsMapping: true, ExpectKey: true };
                    var key = top is { IsMapping: true, ExpectKey: false } ? top.Key : null;
                    if (top is { IsMapping: true })
                    {
                        if (isKey) top.Key = scalar.Value;
                        top.ExpectKey = !isKey;
                    }

                    var isPort = !isKey && key is "port" or "endPort";
                    if (isPort && (scalar.Style != ScalarStyle.Plain || !PortNumber.IsMatch(scalar.Value)))
                    {
                        yield return $"{path}: {key} is not a plain number: '{scalar.Value}' at {scalar.Start}";
                    }
                    else if (!isPort && scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && ReadsAsNonString(scalar.Value))
                    {
                        yield return $"{path}: the plain scalar '{scalar.Value}' at {scalar.Start} would not read back as a string";
                    }

                    break;
                case MappingStart or SequenceStart:
                    if (frames.Count > 0 && frames.Peek() is { IsMapping: true } parent) parent.ExpectKey = true;
                    frames.Push(new Frame { IsMapping = current is MappingStart, ExpectKey = true });
                    break;
                case MappingEnd or SequenceEnd:
                    frames.Pop();
                    break;
            }
        }
    }

    private sealed class Frame
    {
        public bool IsMapping { get; init; }

        public bool ExpectKey { get; set; }

        public string? Key { get; set; }
    }
}
