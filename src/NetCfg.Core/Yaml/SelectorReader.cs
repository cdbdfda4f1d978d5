using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Yaml;

/// <summary>Reads a label selector (matchLabels and matchExpressions) into its canonical, sorted form.</summary>
internal static class SelectorReader
{
    /// <summary>
    /// The selector, or null after an error. Under Kubernetes defaults a YAML null or {} selects everything; otherwise an
    /// empty selector is an error.
    /// </summary>
    public static Selector? Read(NodeReader reader, YamlNode node, string what)
    {
        if (reader.Present(node) is null) return Selector.Everything;
        if (reader.Mapping(node, what) is not { } selector) return null;
        reader.Keys(selector, "matchLabels", "matchExpressions");
        var labels = new List<Label>();
        if (reader.Present(NodeReader.Get(selector, "matchLabels")) is { } labelsNode && reader.Mapping(labelsNode, "matchLabels") is { } labelMap)
        {
            labels.AddRange(LabelReader.Read(reader, labelMap));
        }

        var expressions = new List<Requirement>();
        foreach (var item in reader.Items(NodeReader.Get(selector, "matchExpressions"), "matchExpressions"))
        {
            if (Requirement(reader, item) is { } requirement) expressions.Add(requirement);
        }

        if (labels.Count == 0 && expressions.Count == 0 && !reader.Mode.KubernetesDefaults)
        {
            reader.Error(selector, $"an empty {what} selects everything; name the labels in matchLabels or matchExpressions");
            return null;
        }

        return new Selector(
            labels.OrderBy(l => l.Key, StringComparer.Ordinal).ToEquatableArray(),
            expressions.Distinct().OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Operator).ThenBy(r => string.Join(",", r.Values), StringComparer.Ordinal).ToEquatableArray());
    }

    private static Requirement? Requirement(NodeReader reader, YamlNode node)
    {
        if (reader.Mapping(node, "a match expression") is not { } map) return null;
        reader.Keys(map, "key", "operator", "values");
        var key = reader.Scalar(reader.Required(map, "key"), "key");
        var op = reader.Scalar(reader.Required(map, "operator"), "operator");
        var values = new List<string>();
        foreach (var item in reader.Items(NodeReader.Get(map, "values"), "values"))
        {
            if (reader.Scalar(item, "a value") is not { } scalar) continue;
            reader.NotAWord(scalar, "value");
            if (KubernetesNames.LabelValueError(scalar.Value ?? string.Empty) is { } valueError) reader.Error(scalar, $"value '{scalar.Value}': {valueError}");
            values.Add(scalar.Value ?? string.Empty);
        }

        if (key is null || op is null) return null;
        if (KubernetesNames.LabelKeyError(key.Value ?? string.Empty) is { } keyError) reader.Error(key, $"key '{key.Value}': {keyError}");
        LabelOperator? parsed = op.Value switch
        {
            "In" => LabelOperator.In,
            "NotIn" => LabelOperator.NotIn,
            "Exists" => LabelOperator.Exists,
            "DoesNotExist" => LabelOperator.DoesNotExist,
            _ => null,
        };
        if (parsed is null) reader.Error(op, $"operator '{op.Value}' must be In, NotIn, Exists or DoesNotExist");
        if (parsed is LabelOperator.In or LabelOperator.NotIn && values.Count == 0) reader.Error(map, $"operator {parsed} needs at least one value");
        if (parsed is LabelOperator.Exists or LabelOperator.DoesNotExist && values.Count > 0) reader.Error(map, $"operator {parsed} takes no values");
        return parsed is { } value ? new Requirement(key.Value ?? string.Empty, value, values.Distinct().OrderBy(v => v, StringComparer.Ordinal).ToEquatableArray()) : null;
    }
}
