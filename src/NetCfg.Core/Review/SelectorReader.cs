using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Review;

/// <summary>Reads a label selector (matchLabels and matchExpressions) into its canonical, sorted form.</summary>
internal static class SelectorReader
{
    /// <summary>The selector; a YAML null or {} selects everything. Null only when it is not a mapping.</summary>
    public static Model.Selector? Read(NodeReader reader, YamlNode node, string what)
    {
        if (NodeReader.IsNull(node)) return Selector.Everything;
        if (reader.Mapping(node, what) is not { } map) return null;
        reader.Keys(map, what, "matchLabels", "matchExpressions");
        var labels = new List<Label>();
        if (NodeReader.Get(map, "matchLabels") is { } labelsNode && !NodeReader.IsNull(labelsNode)
            && reader.Mapping(labelsNode, what + ".matchLabels") is { } labelMap)
        {
            foreach (var pair in labelMap.Children)
            {
                var key = reader.Text(pair.Key, "a label key");
                var value = NodeReader.IsNull(pair.Value) ? string.Empty : reader.Text(pair.Value, "a label value");
                if (key is not null && value is not null && Valid(reader, pair.Key, key, value)) labels.Add(new Label(key, value));
            }
        }

        var expressions = reader.Sequence(NodeReader.Get(map, "matchExpressions"), what + ".matchExpressions")
            .Select(e => Requirement(reader, e, what + ".matchExpressions"))
            .Where(r => r is not null)
            .Select(r => r!)
            .Distinct()
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ThenBy(r => r.Operator)
            .ThenBy(r => string.Join("\n", r.Values), StringComparer.Ordinal);
        return new Model.Selector(
            labels.OrderBy(l => l.Key, StringComparer.Ordinal).ToEquatableArray(),
            expressions.ToEquatableArray());
    }

    private static Requirement? Requirement(NodeReader reader, YamlNode node, string what)
    {
        if (reader.Mapping(node, "an entry of " + what) is not { } map) return null;
        reader.Keys(map, "an entry of " + what, "key", "operator", "values");
        var key = reader.Text(NodeReader.Get(map, "key"), "key");
        var op = reader.Text(NodeReader.Get(map, "operator"), "operator");
        var values = reader.Sequence(NodeReader.Get(map, "values"), "values").Select(v => reader.Text(v, "a value") ?? string.Empty).ToList();
        if (key is null || op is null)
        {
            reader.Error(map, "a selector requirement needs a key and an operator");
            return null;
        }

        LabelOperator? parsed = op switch
        {
            "In" => LabelOperator.In,
            "NotIn" => LabelOperator.NotIn,
            "Exists" => LabelOperator.Exists,
            "DoesNotExist" => LabelOperator.DoesNotExist,
            _ => null,
        };
        if (parsed is null)
        {
            reader.Error(map, $"operator '{op}' is not In, NotIn, Exists or DoesNotExist");
            return null;
        }

        var needsValues = parsed is LabelOperator.In or LabelOperator.NotIn;
        if (needsValues != (values.Count > 0))
        {
            reader.Error(map, needsValues ? $"operator {op} needs values" : $"operator {op} takes no values");
            return null;
        }

        if (!Valid(reader, map, key, values.ToArray())) return null;
        return new Requirement(key, parsed.Value, values.Distinct().OrderBy(v => v, StringComparer.Ordinal).ToEquatableArray());
    }

    // Keys and values the API server accepts; this also keeps the peers' texts unambiguous.
    private static bool Valid(NodeReader reader, YamlNode at, string key, params string[] values)
    {
        var error = KubernetesNames.LabelKeyError(key) is { } keyError ? $"label key '{key}': {keyError}"
            : values.FirstOrDefault(v => KubernetesNames.LabelValueError(v) is not null) is { } bad ? $"label value '{bad}': {KubernetesNames.LabelValueError(bad)}"
            : null;
        if (error is not null) reader.Error(at, error);
        return error is null;
    }
}
