using System.IO;
using System.Linq;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Tests;

/// <summary>A canonical text of a YAML document: mapping keys sorted, sequences in order, scalars as strings.</summary>
internal static class YamlStructure
{
    public static string Canonical(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var text = new StringBuilder();
        Write(stream.Documents.Single().RootNode, text);
        return text.ToString();
    }

    private static void Write(YamlNode node, StringBuilder text)
    {
        switch (node)
        {
            case YamlMappingNode map:
                text.Append('{');
                foreach (var pair in map.Children.OrderBy(p => ((YamlScalarNode)p.Key).Value, System.StringComparer.Ordinal))
                {
                    text.Append(((YamlScalarNode)pair.Key).Value).Append(':');
                    Write(pair.Value, text);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case YamlSequenceNode seq:
                text.Append('[');
                foreach (var item in seq) { Write(item, text); text.Append(','); }
                text.Append(']');
                break;
            case YamlScalarNode scalar:
                text.Append('"').Append(scalar.Value).Append('"');
                break;
        }
    }
}
