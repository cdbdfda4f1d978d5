using System.Collections.Generic;
using System.Linq;
using NetCfg.TestKit;
using NetCfg.Oracle;
using NetCfg.Properties.Tests.Harness;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Properties.Tests.Checks;

/// <summary>
/// <see cref="ScalarTypes"/> with named ports: under <c>port</c> it allows only plain numbers, while a named port is a
/// string. A port value that is a valid IANA name is fine when it reads back as a string (quoted, or a plain scalar no
/// YAML reader takes for a bool, null or number).
/// </summary>
internal static class ScalarChecks
{
    public static IEnumerable<string> Problems(string path, string text)
    {
        var names = PortNames(YamlNodes.Load(text).Select(d => d.RootNode)).ToList();
        foreach (var problem in ScalarTypes.Problems(path, text))
        {
            if (!names.Any(n => problem.StartsWith($"{path}: port is not a plain number: '{n.Value}' at ", System.StringComparison.Ordinal))) yield return problem;
        }

        foreach (var (value, style) in names)
        {
            if (style is ScalarStyle.Plain or ScalarStyle.Any && ScalarTypes.ReadsAsNonString(value)) yield return $"{path}: the port name '{value}' would not read back as a string";
        }
    }

    // Every value under a "port" key that is a port name, not a number.
    private static IEnumerable<(string Value, ScalarStyle Style)> PortNames(IEnumerable<YamlNode> nodes)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case YamlMappingNode map:
                    foreach (var (key, value) in map.Children)
                    {
                        if (key is YamlScalarNode { Value: "port" } && value is YamlScalarNode { Value: { } name } scalar && ApiValidator.IsPortName(name)) yield return (name, scalar.Style);
                        foreach (var inner in PortNames(new[] { value })) yield return inner;
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var inner in PortNames(sequence.Children)) yield return inner;
                    break;
            }
        }
    }
}
