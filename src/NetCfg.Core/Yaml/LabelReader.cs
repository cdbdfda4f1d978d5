using System.Collections.Generic;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Yaml;

/// <summary>Reads a map of labels (a selector's matchLabels, an object's labels), reporting what Kubernetes would reject.</summary>
internal static class LabelReader
{
    /// <summary>Every entry as written, the invalid ones too (each reported at its key or value).</summary>
    public static List<Label> Read(NodeReader reader, YamlMappingNode labelMap)
    {
        var labels = new List<Label>();
        foreach (var pair in labelMap.Children)
        {
            var key = (pair.Key as YamlScalarNode)?.Value ?? string.Empty;
            var valueNode = reader.Present(pair.Value) is null ? null : reader.Scalar(pair.Value, "a label value");
            var value = valueNode?.Value ?? string.Empty;
            reader.NotAWord(pair.Key as YamlScalarNode, "label key");
            reader.NotAWord(valueNode, "label value");
            if (KubernetesNames.LabelKeyError(key) is { } keyError) reader.Error(pair.Key, $"label key '{key}': {keyError}");
            if (KubernetesNames.LabelValueError(value) is { } valueError) reader.Error(pair.Value, $"label value '{value}': {valueError}");
            labels.Add(new Label(key, value));
        }

        return labels;
    }
}
