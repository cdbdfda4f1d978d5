using System;
using System.Collections.Generic;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Yaml;

/// <summary>Typed access to the nodes of one file; every mismatch is reported once, at its line and column.</summary>
internal sealed class NodeReader
{
    // Plain words that YAML 1.1 readers (Kubernetes' own) take for booleans or null.
    internal static readonly HashSet<string> Yaml11Words = new(StringComparer.OrdinalIgnoreCase) { "y", "yes", "n", "no", "true", "false", "on", "off", "null", "~" };

    private readonly Action<int, int, string> report;

    /// <summary>A reader in <paramref name="mode"/> that hands each error (line, column, message) to <paramref name="report"/>.</summary>
    public NodeReader(ReadMode mode, Action<int, int, string> report)
    {
        Mode = mode;
        this.report = report;
    }

    public ReadMode Mode { get; }

    /// <summary>How many errors this reader has reported.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>A YAML null: no value, or ~ / null written plainly.</summary>
    public static bool IsNull(YamlNode? node) =>
        node is null || node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(p => p.Key is YamlScalarNode s && s.Value == key).Value;

    /// <summary>The value at <paramref name="key"/>, or an error at the mapping when it is missing.</summary>
    public YamlNode? Required(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null) Error(map, $"'{key}' is required");
        return node;
    }

    /// <summary>Under <see cref="ReadMode.KubernetesDefaults"/> a YAML null reads as absent.</summary>
    public YamlNode? Present(YamlNode? node) => Mode.KubernetesDefaults && IsNull(node) ? null : node;

    public YamlMappingNode? Mapping(YamlNode? node, string what) =>
        node is null ? null : node as YamlMappingNode ?? Fail<YamlMappingNode>(node, $"{what} must be a mapping");

    /// <summary>The items of a list; a missing list (or a null one, under Kubernetes defaults) has none.</summary>
    public IReadOnlyList<YamlNode> Items(YamlNode? node, string what)
    {
        if (Present(node) is not { } present) return Array.Empty<YamlNode>();
        if (present is YamlSequenceNode list) return list.Children.ToList();
        Error(present, $"{what} must be a list");
        return Array.Empty<YamlNode>();
    }

    public YamlScalarNode? Scalar(YamlNode? node, string what) =>
        node is null ? null : node as YamlScalarNode ?? Fail<YamlScalarNode>(node, $"{what} must be a single value");

    public string? Text(YamlNode? node, string what) => Scalar(node, what)?.Value;

    /// <summary>In strict reading, reports every key not in <paramref name="allowed"/>; tolerant reading skips them.</summary>
    public void Keys(YamlMappingNode map, params string[] allowed)
    {
        if (!Mode.UnknownKeysAreErrors) return;
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !allowed.Contains(name)) Error(key, $"unknown key '{name}' (expected {string.Join(", ", allowed)})");
        }
    }

    /// <summary>A text written as a plain YAML 1.1 boolean or null is an error: Kubernetes' readers would not see the text.</summary>
    public void NotAWord(YamlScalarNode? scalar, string what)
    {
        if (scalar is { Style: ScalarStyle.Plain, Value: { } value } && Yaml11Words.Contains(value))
        {
            Error(scalar, $"{what} '{value}' is a boolean or null to YAML 1.1 readers (Kubernetes' own); quote it");
        }
    }

    public void Error(YamlNode node, string message) => Error(node.Start, message);

    public void Error(Mark mark, string message)
    {
        ErrorCount++;
        report((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), message);
    }

    private T? Fail<T>(YamlNode node, string message)
        where T : class
    {
        Error(node, message);
        return null;
    }
}
