using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Profiles;
using NetCfg.Core.Rules;
using static NetCfg.Core.Tests.Fixtures;

namespace NetCfg.Core.Tests;

/// <summary>Declarations and profiles for issue 11's features: expressions, named ports, ingress profiles, DNS variants.</summary>
internal static class FeatureFixtures
{
    public static readonly ConfigDeclaration Config = new("cfg", null);

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
}
