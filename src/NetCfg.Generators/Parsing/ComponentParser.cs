using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NetCfg.Core;
using NetCfg.Core.Model;

namespace NetCfg.Generators.Parsing;

/// <summary>Reads a [Component] class into an equatable model. Unreadable arguments become problems, not exceptions.</summary>
public static class ComponentParser
{
    public static ComponentDeclaration Parse(INamedTypeSymbol type, AttributeData component)
    {
        var problems = new List<string>();
        var name = AttributeArguments.String(component, 0);
        if (name is null) problems.Add("[Component] needs a constant name");

        var labels = new List<Label>();
        var dependencies = new List<ComponentDependency>();
        var profiles = new List<string>();
        foreach (var attribute in type.GetAttributes())
        {
            if (AttributeNames.Is(attribute, AttributeNames.MatchLabel))
            {
                var key = AttributeArguments.String(attribute, 0);
                var value = AttributeArguments.String(attribute, 1);
                if (key is null || value is null) problems.Add("[MatchLabel] needs a constant key and value");
                else labels.Add(new Label(key, value));
            }
            else if (AttributeNames.Is(attribute, AttributeNames.DependsOn))
            {
                if (ParseDependency(attribute, problems) is { } dependency) dependencies.Add(dependency);
            }
            else if (AttributeNames.Is(attribute, AttributeNames.DependsOnProfile))
            {
                if (AttributeArguments.String(attribute, 0) is { } profile) profiles.Add(profile);
                else problems.Add("[DependsOnProfile] needs a constant profile name");
            }
        }

        return new ComponentDeclaration(
            AttributeArguments.TypeKey(type),
            name ?? string.Empty,
            labels.ToEquatableArray(),
            dependencies.ToEquatableArray(),
            profiles.ToEquatableArray(),
            problems.ToEquatableArray());
    }

    /// <summary>The dependency's target type: the typeof() argument, or the generic form's type argument.</summary>
    public static ITypeSymbol? Target(AttributeData attribute) =>
        attribute.AttributeClass is { IsGenericType: true } generic
            ? generic.TypeArguments.FirstOrDefault() is { TypeKind: not TypeKind.Error and not TypeKind.TypeParameter } t ? t : null
            : AttributeArguments.Type(attribute, 0);

    private static ComponentDependency? ParseDependency(AttributeData attribute, List<string> problems)
    {
        var target = Target(attribute);
        var port = AttributeArguments.NamedInt(attribute, "Port", out var hasPort);
        var endPort = AttributeArguments.NamedInt(attribute, "EndPort", out var hasEndPort);
        var protocol = AttributeArguments.NamedInt(attribute, "Protocol", out var hasProtocol);
        if (target is null || (hasPort && port is null) || (hasEndPort && endPort is null) || (hasProtocol && protocol is null))
        {
            problems.Add("[DependsOn] needs a component type and constant Port, EndPort and Protocol values");
            return null;
        }

        if (protocol is < 0 or > 2)
        {
            problems.Add($"[DependsOn] has an unknown Protocol value {protocol}");
            return null;
        }

        return new ComponentDependency(AttributeArguments.TypeKey(target), port, endPort, (Protocol)(protocol ?? 0));
    }
}
