using Microsoft.CodeAnalysis;

namespace NetCfg.Generators.Parsing;

/// <summary>The public API's attribute names, and how to recognise them on a symbol.</summary>
public static class AttributeNames
{
    public const string Namespace = "NetCfg";
    public const string LocalNetworkConfig = "NetCfg.LocalNetworkConfigAttribute";
    public const string Component = "NetCfg.ComponentAttribute";
    public const string MatchLabel = "MatchLabelAttribute";
    public const string DependsOn = "DependsOnAttribute";
    public const string DependsOnProfile = "DependsOnProfileAttribute";

    /// <summary>True when the attribute's class is NetCfg.{name} (generic or not).</summary>
    public static bool Is(AttributeData attribute, string name) =>
        attribute.AttributeClass is { } type
        && type.Name == name
        && type.ContainingNamespace is { Name: Namespace, ContainingNamespace.IsGlobalNamespace: true };
}
