using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Reading;

namespace NetCfg.Core.Import;

/// <summary>
/// A LocalNetworkConfig as the C# declarations that give it back: one config, and one component class per component
/// (explicit labels and expressions, one [DependsOn] per component entry and one [DependsOnProfile] per profile entry).
/// </summary>
public sealed record ImportedConfig(string Namespace, ConfigDeclaration Config, EquatableArray<ComponentDeclaration> Components)
{
    public const string Assembly = "Imported";

    public static ImportedConfig Of(ConfigDocument document, string? codeNamespace = null)
    {
        var ns = codeNamespace ?? ClassNames.Pascal(document.Name);
        var classes = ClassNames.For(document.Components.Select(c => c.Name), ns.Split('.'));
        string Type(string component) => ns + "." + classes[component];
        var components = document.Components.Select(c => new ComponentDeclaration(
            Type(c.Name),
            Type(c.Name),
            Assembly,
            true,
            c.Name,
            true,
            c.Selector.MatchLabels.Select(l => new LabelDeclaration(l.Key, l.Value)).ToEquatableArray(),
            c.Selector.MatchExpressions.Select(r => new ExpressionDeclaration(r.Key, (int)r.Operator, r.Values, false)).ToEquatableArray(),
            c.DependsOn.Where(d => d.Component is not null).Select(d => Dependency(d, Type(d.Component!))).ToEquatableArray(),
            c.DependsOn.Where(d => d.Profile is not null).Select(d => new ProfileReference(d.Profile)).ToEquatableArray()));
        return new ImportedConfig(ns, new ConfigDeclaration(document.Name, document.Namespace), components.ToEquatableArray());
    }

    /// <summary>The input the generator would build from the imported code, for the rule book.</summary>
    public TranslationInput Input(IEnumerable<ProfileFile> profileFiles) =>
        TranslationInput.Of(Assembly, new[] { Config }, Components, Enumerable.Empty<ComponentExport>(), profileFiles);

    private static DependencyDeclaration Dependency(ConfigDependency dependency, string type)
    {
        var port = dependency.Port ?? new PortSpec(Protocol.Tcp, null, null);
        var target = new TargetRef(TargetShape.Class, type, type, Assembly, null);
        return new DependencyDeclaration(target, port.Port, port.EndPort, (int)port.Protocol, port.Name);
    }
}
