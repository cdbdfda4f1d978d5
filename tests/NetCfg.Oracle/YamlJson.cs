using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Oracle;

/// <summary>
/// YAML (YamlDotNet's representation model) to JSON (System.Text.Json.Nodes), with strict scalar typing by the YAML 1.2
/// core schema: a plain scalar is null (<c>~</c>, <c>null</c>, empty), a bool (<c>true</c>, <c>false</c>, three
/// casings), an integer (decimal, <c>0o</c> octal, <c>0x</c> hex) or a float; any other plain scalar, and every quoted,
/// literal or folded one, is a string. So <c>port: "8080"</c> stays the string "8080" and <c>endPort: 8080</c> is the
/// number 8080. An explicit standard tag (<c>!!str</c>, <c>!!int</c>, ...) wins over the style; any other tag, a
/// non-string mapping key, a duplicate key, a recursive alias, <c>.inf</c> and <c>.nan</c> (which JSON cannot hold) are
/// errors, never guessed at.
/// </summary>
public static class YamlJson
{
    private const string TagPrefix = "tag:yaml.org,2002:";

    private static readonly Regex Null = new(@"^(~|null|Null|NULL|)\z", RegexOptions.CultureInvariant);
    private static readonly Regex Bool = new(@"^(true|True|TRUE|false|False|FALSE)\z", RegexOptions.CultureInvariant);
    private static readonly Regex Decimal = new(@"^[-+]?[0-9]+\z", RegexOptions.CultureInvariant);
    private static readonly Regex Octal = new(@"^0o[0-7]+\z", RegexOptions.CultureInvariant);
    private static readonly Regex Hex = new(@"^0x[0-9a-fA-F]+\z", RegexOptions.CultureInvariant);
    private static readonly Regex Float = new(@"^(?<sign>[-+]?)(\.(?<frac>[0-9]+)|(?<int>[0-9]+)(\.(?<frac>[0-9]*))?)([eE](?<exp>[-+]?[0-9]+))?\z", RegexOptions.CultureInvariant);
    private static readonly Regex NotANumber = new(@"^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))\z", RegexOptions.CultureInvariant);

    /// <summary>Every document of a YAML text, as JSON. Throws <see cref="YamlException"/> when the text is not YAML.</summary>
    public static IReadOnlyList<JsonNode?> ParseDocuments(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        stream.Load(new System.IO.StringReader(yaml));
        return stream.Documents.Select(d => ToJson(d.RootNode)).ToList();
    }

    /// <summary>One YAML node as JSON (null for a YAML null). Throws <see cref="YamlJsonException"/> when it has no faithful JSON form.</summary>
    public static JsonNode? ToJson(YamlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Convert(node, "", new HashSet<YamlNode>(ReferenceEqualityComparer.Instance));
    }

    private static JsonNode? Convert(YamlNode node, string pointer, HashSet<YamlNode> open)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return Scalar(scalar, pointer);
            case YamlSequenceNode sequence:
                ExpectCollectionTag(sequence, "seq", pointer);
                Enter(sequence, pointer, open);
                var array = new JsonArray();
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    array.Add(Convert(sequence.Children[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture), open));
                }

                open.Remove(sequence);
                return array;
            case YamlMappingNode mapping:
                ExpectCollectionTag(mapping, "map", pointer);
                Enter(mapping, pointer, open);
                var obj = new JsonObject();
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    var key = Key(keyNode, pointer);
                    var at = pointer + "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                    if (obj.ContainsKey(key)) throw new YamlJsonException(at, keyNode.Start, $"the key '{key}' appears twice");
                    obj.Add(key, Convert(valueNode, at, open));
                }

                open.Remove(mapping);
                return obj;
            default:
                throw new YamlJsonException(pointer, node.Start, $"unsupported node {node.GetType().Name}");
        }
    }

    private static void Enter(YamlNode node, string pointer, HashSet<YamlNode> open)
    {
        if (!open.Add(node)) throw new YamlJsonException(pointer, node.Start, "an alias refers to a node that contains it (no JSON form)");
    }

    private static void ExpectCollectionTag(YamlNode node, string standard, string pointer)
    {
        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific && node.Tag.Value != TagPrefix + standard)
        {
            throw new YamlJsonException(pointer, node.Start, $"unsupported tag '{node.Tag.Value}'");
        }
    }

    private static string Key(YamlNode keyNode, string pointer)
    {
        if (keyNode is not YamlScalarNode scalar) throw new YamlJsonException(pointer, keyNode.Start, "a mapping key is not a scalar");
        var value = Scalar(scalar, pointer);
        if (value is null || value.GetValueKind() != System.Text.Json.JsonValueKind.String)
        {
            throw new YamlJsonException(pointer, keyNode.Start, $"the mapping key '{scalar.Value}' is not a string (quote it)");
        }

        return value.GetValue<string>();
    }

    private static JsonNode? Scalar(YamlScalarNode scalar, string pointer)
    {
        var text = scalar.Value ?? string.Empty;
        string kind;
        if (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific)
        {
            if (!scalar.Tag.Value.StartsWith(TagPrefix, StringComparison.Ordinal)) throw new YamlJsonException(pointer, scalar.Start, $"unsupported tag '{scalar.Tag.Value}'");
            kind = scalar.Tag.Value[TagPrefix.Length..];
        }
        else if (scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Tag.IsEmpty)
        {
            kind = Resolve(text);
        }
        else
        {
            kind = "str"; // quoted, literal, folded, or the non-specific tag '!'
        }

        switch (kind)
        {
            case "str":
                return JsonValue.Create(text);
            case "null" when Null.IsMatch(text):
                return null;
            case "bool" when Bool.IsMatch(text):
                return JsonValue.Create(text[0] is 't' or 'T');
            case "int" when Integer(text) is { } number:
                return JsonNode.Parse(number.ToString(CultureInfo.InvariantCulture));
            case "float" when NotANumber.IsMatch(text):
                throw new YamlJsonException(pointer, scalar.Start, $"the float '{text}' has no JSON form");
            case "float" when FloatText(text) is { } json:
                return JsonNode.Parse(json);
            case "null" or "bool" or "int" or "float":
                throw new YamlJsonException(pointer, scalar.Start, $"'{text}' is not a valid !!{kind}");
            default:
                throw new YamlJsonException(pointer, scalar.Start, $"unsupported tag '{scalar.Tag.Value}'");
        }
    }

    /// <summary>The core schema's tag for a plain, untagged scalar.</summary>
    private static string Resolve(string plain) =>
        Null.IsMatch(plain) ? "null"
        : Bool.IsMatch(plain) ? "bool"
        : Integer(plain) is not null ? "int"
        : NotANumber.IsMatch(plain) || Float.IsMatch(plain) ? "float"
        : "str";

    private static BigInteger? Integer(string text)
    {
        if (Decimal.IsMatch(text)) return BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (Octal.IsMatch(text)) return text[2..].Aggregate(BigInteger.Zero, (n, c) => (n * 8) + (c - '0'));
        if (Hex.IsMatch(text)) return BigInteger.Parse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>A core-schema float as JSON number text: no '+', no leading zeros, a digit on both sides of the point.</summary>
    private static string? FloatText(string text)
    {
        var match = Float.Match(text);
        if (!match.Success) return null;
        var json = new StringBuilder();
        if (match.Groups["sign"].Value == "-") json.Append('-');
        var whole = match.Groups["int"].Value.TrimStart('0');
        json.Append(whole.Length == 0 ? "0" : whole);
        if (match.Groups["frac"].Value is { Length: > 0 } fraction) json.Append('.').Append(fraction);
        if (match.Groups["exp"].Success) json.Append('e').Append(match.Groups["exp"].Value);
        return json.ToString();
    }
}

/// <summary>A YAML node with no faithful JSON form, at a JSON pointer and a YAML position.</summary>
public sealed class YamlJsonException : Exception
{
    public YamlJsonException(string pointer, Mark start, string message)
        : base($"{(pointer.Length == 0 ? "/" : pointer)} (line {start.Line}, column {start.Column}): {message}")
    {
        Pointer = pointer;
    }

    /// <summary>Where in the JSON document (RFC 6901; empty for the root).</summary>
    public string Pointer { get; }
}
