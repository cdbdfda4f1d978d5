using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NetCfg.Core;
using NetCfg.Core.Model;
using NetCfg.Core.Rules;

namespace NetCfg.Generators.Parsing;

/// <summary>
/// Reads a class's NetCfg attributes into the core's model, as declared: the rules live in the core. Each attribute
/// kind keeps its declaration order, which is how a <see cref="Site"/> finds it again.
/// </summary>
public static class ComponentParser
{
    /// <summary>
    /// The class's declaration, or null when it carries no NetCfg class attribute. <paramref name="written"/> keeps each
    /// <c>[DependsOn]</c>'s text for the source map; the analyzer has no use for it and skips the cost.
    /// </summary>
    public static ComponentDeclaration? Parse(INamedTypeSymbol type, string assembly, bool written)
    {
        AttributeData? component = null;
        var labels = new List<LabelDeclaration>();
        var expressions = new List<ExpressionDeclaration>();
        var dependencies = new List<DependencyDeclaration>();
        var profiles = new List<ProfileReference>();
        foreach (var attribute in type.GetAttributes())
        {
            switch (AttributeNames.KindOf(attribute))
            {
                case AttributeKind.Component:
                    component ??= attribute;
                    break;
                case AttributeKind.MatchLabel:
                    var (key, keyComplete) = AttributeArguments.String(attribute, 0);
                    var (value, valueComplete) = AttributeArguments.String(attribute, 1);
                    labels.Add(new LabelDeclaration(key, value, keyComplete && valueComplete));
                    break;
                case AttributeKind.MatchExpression:
                    expressions.Add(Expression(attribute));
                    break;
                case AttributeKind.DependsOn:
                    dependencies.Add(Dependency(attribute, written));
                    break;
                case AttributeKind.DependsOnProfile:
                    var (profile, profileComplete) = AttributeArguments.String(attribute, 0);
                    profiles.Add(new ProfileReference(profile, profileComplete));
                    break;
            }
        }

        if (component is null && labels.Count + expressions.Count + dependencies.Count + profiles.Count == 0) return null;
        var (name, nameComplete) = component is null ? (null, true) : AttributeArguments.String(component, 0);
        return new ComponentDeclaration(
            TypeKeys.Key(type),
            TypeKeys.Display(type),
            assembly,
            component is not null,
            name,
            nameComplete,
            labels.ToEquatableArray(),
            expressions.ToEquatableArray(),
            dependencies.ToEquatableArray(),
            profiles.ToEquatableArray());
    }

    private static ExpressionDeclaration Expression(AttributeData attribute)
    {
        var (key, keyComplete) = AttributeArguments.String(attribute, 0);
        var (op, opComplete) = AttributeArguments.Int(attribute, 1);
        var (values, nullValue, valuesComplete) = AttributeArguments.Strings(attribute, 2);
        return new ExpressionDeclaration(key, op, values.ToEquatableArray(), nullValue, keyComplete && opComplete && valuesComplete);
    }

    private static DependencyDeclaration Dependency(AttributeData attribute, bool written)
    {
        var (target, targetComplete) = Target(attribute);
        var (port, portComplete) = AttributeArguments.NamedInt(attribute, Arguments.Port);
        var (endPort, endComplete) = AttributeArguments.NamedInt(attribute, Arguments.EndPort);
        var (protocol, protocolComplete) = AttributeArguments.NamedInt(attribute, Arguments.Protocol);
        var (portName, nameComplete) = AttributeArguments.NamedString(attribute, Arguments.PortName);
        var complete = targetComplete && portComplete && endComplete && protocolComplete && nameComplete;
        return new DependencyDeclaration(target, port, endPort, protocol ?? 0, portName, complete, written ? Written(attribute) : null);
    }

    private static string? Written(AttributeData attribute) =>
        attribute.ApplicationSyntaxReference?.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax syntax ? AttributeText.Of(syntax) : null;

    /// <summary>The target: the typeof() argument, the generic form's type argument, or the component name.</summary>
    private static (TargetRef Target, bool Complete) Target(AttributeData attribute)
    {
        if (attribute.AttributeClass is { IsGenericType: true } generic)
        {
            return Of(generic.TypeArguments.FirstOrDefault());
        }

        if (attribute.ConstructorArguments.Length == 0) return (TargetRef.ByName(null), false);
        var argument = attribute.ConstructorArguments[0];
        if (argument.Kind == TypedConstantKind.Primitive)
        {
            var (name, complete) = AttributeArguments.String(attribute, 0);
            return (TargetRef.ByName(name), complete);
        }

        if (argument.Kind != TypedConstantKind.Type) return (TargetRef.ByName(null), false);
        return argument.IsNull ? (new TargetRef(TargetShape.Null, null, null, null, null), true) : Of(argument.Value as ITypeSymbol);
    }

    private static (TargetRef Target, bool Complete) Of(ITypeSymbol? type)
    {
        if (type is null or { TypeKind: TypeKind.Error or TypeKind.TypeParameter }) return (TargetRef.ByName(null), false);
        var display = TypeKeys.Display(type);
        var assembly = type.ContainingAssembly?.Name;
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class } named) return (new TargetRef(TargetShape.NotAClass, null, display, assembly, null), true);
        var shape = named.IsGenericType ? TargetShape.Generic : TargetShape.Class;
        return (new TargetRef(shape, TypeKeys.Key(named), display, assembly, null), true);
    }
}
