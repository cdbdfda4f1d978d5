using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Profiles;
using NetCfg.Core.Rules;
using YamlDotNet.RepresentationModel;
using static NetCfg.Core.Tests.Fixtures;

namespace NetCfg.Core.Tests;

/// <summary>Declarations and profiles for issue 11's features: expressions, named ports, ingress profiles, DNS variants.</summary>
internal static class FeatureFixtures
{
    public static readonly ConfigDeclaration Config = new("cfg", null);

    /// <summary>The profile head: a document named <paramref name="name"/> whose spec starts on line 6.</summary>
    public static string ProfileHead(string name = "p") =>
        $"apiVersion: networking.tcs.trifork.com/v1alpha1\nkind: NetworkProfile\nmetadata:\n  name: {name}\nspec:\n";

    public static ProfileFile Parse(string text, string path = "p.yaml") => ProfileParser.Parse(path, text);

    public static ComponentDeclaration WithExpressions(this ComponentDeclaration component, params ExpressionDeclaration[] expressions) =>
        component with { Expressions = expressions.ToEquatableArray() };

    /// <summary>[DependsOn(typeof(target), PortName = name, Protocol = protocol)].</summary>
    public static DependencyDeclaration Named(string target, string name, Protocol protocol = Protocol.Tcp) =>
        new(new TargetRef(TargetShape.Class, target, target, Assembly, null), null, null, (int)protocol, name);

    /// <summary>The options the task reads from these MSBuild properties (name, value pairs); throws on NETCFG020.</summary>
    public static TranslationOptions Options(params (string Name, string Value)[] properties)
    {
        var errors = new System.Collections.Generic.List<string>();
        var options = OptionRules.Read(name => properties.FirstOrDefault(p => p.Name == name).Value, errors);
        return errors.Count == 0 ? options : throw new System.InvalidOperationException(string.Join("; ", errors));
    }

    public static YamlNode ParseYaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new System.IO.StringReader(text));
        return stream.Documents.Single().RootNode;
    }

    /// <summary>The node at a path of mapping keys and sequence indexes.</summary>
    public static YamlNode? At(this YamlNode node, params object[] path)
    {
        YamlNode? current = node;
        foreach (var step in path)
        {
            current = (current, step) switch
            {
                (YamlMappingNode map, string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null,
                (YamlSequenceNode seq, int index) => index < seq.Children.Count ? seq.Children[index] : null,
                _ => null,
            };
            if (current is null) return null;
        }

        return current;
    }

    public static string? Text(this YamlNode? node) => (node as YamlScalarNode)?.Value;
}
