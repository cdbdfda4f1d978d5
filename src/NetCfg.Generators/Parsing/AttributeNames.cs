using Microsoft.CodeAnalysis;
using NetCfg.Core.Rules;

namespace NetCfg.Generators.Parsing;

/// <summary>The public API's attributes by full metadata name, and which one an attribute is.</summary>
public static class AttributeNames
{
    public const string Namespace = "NetCfg";
    public const string LocalNetworkConfig = "NetCfg.LocalNetworkConfigAttribute";
    public const string Component = "NetCfg.ComponentAttribute";

    /// <summary>Which NetCfg class attribute this is (the generic DependsOn counts as DependsOn), or null.</summary>
    public static AttributeKind? KindOf(AttributeData attribute)
    {
        if (attribute.AttributeClass is not { ContainingNamespace: { Name: Namespace, ContainingNamespace.IsGlobalNamespace: true } } type) return null;
        return type.MetadataName switch
        {
            "ComponentAttribute" => AttributeKind.Component,
            "MatchLabelAttribute" => AttributeKind.MatchLabel,
            "MatchExpressionAttribute" => AttributeKind.MatchExpression,
            "DependsOnAttribute" or "DependsOnAttribute`1" => AttributeKind.DependsOn,
            "DependsOnProfileAttribute" => AttributeKind.DependsOnProfile,
            _ => null,
        };
    }

    /// <summary>True for <c>[assembly: LocalNetworkConfig]</c>.</summary>
    public static bool IsConfig(AttributeData attribute) =>
        attribute.AttributeClass is { MetadataName: "LocalNetworkConfigAttribute", ContainingNamespace: { Name: Namespace, ContainingNamespace.IsGlobalNamespace: true } };
}
