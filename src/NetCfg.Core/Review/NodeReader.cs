using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NetCfg.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Review;

/// <summary>Typed access to the nodes of one file; every mismatch becomes an error at its line and column.</summary>
internal sealed class NodeReader
{
    private readonly string path;
    private readonly List<string> errors;

    public NodeReader(string path, List<string> errors)
    {
        this.path = path;
        this.errors = errors;
    }

    public int ErrorCount => errors.Count;

    /// <summary>A YAML null: no value, or ~ / null written plainly.</summary>
    public static bool IsNull(YamlNode? node) =>
        node is null || node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(p => p.Key is YamlScalarNode s && s.Value == key).Value;

    public YamlMappingNode? Mapping(YamlNode? node, string what) =>
        node is null ? null : node as YamlMappingNode ?? Fail<YamlMappingNode>(node, $"{what} must be a mapping");

    /// <summary>The items of a list; null or missing is an empty list.</summary>
    public IReadOnlyList<YamlNode> Sequence(YamlNode? node, string what)
    {
        if (IsNull(node)) return new List<YamlNode>();
        if (node is YamlSequenceNode list) return list.Children.ToList();
        Error(node!, $"{what} must be a list");
        return new List<YamlNode>();
    }

    public string? Text(YamlNode? node, string what) =>
        node is null ? null : (node as YamlScalarNode)?.Value ?? Fail<string>(node, $"{what} must be a single value");

    /// <summary>A plain decimal integer, or null with an error.</summary>
    public int? Number(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s
            && int.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node, $"{what} must be a number");
        return null;
    }

    /// <summary>Reports every key not in <paramref name="allowed"/>.</summary>
    public void Keys(YamlMappingNode map, string what, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !allowed.Contains(name)) Error(key, $"unknown key '{name}' in {what} (expected {string.Join(", ", allowed)})");
        }
    }

    public void Error(YamlNode node, string message) =>
        errors.Add($"{path}({node.Start.Line},{node.Start.Column}): {message}");

    private T? Fail<T>(YamlNode node, string message)
        where T : class
    {
        Error(node, message);
        return null;
    }
}
