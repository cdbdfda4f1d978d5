using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NetCfg.Generators.Analyzers;

/// <summary>
/// Where an attribute's arguments are in source, from <see cref="AttributeData.ApplicationSyntaxReference"/>.
/// Each lookup falls back to the whole attribute, and to <see cref="Location.None"/> without source; never to the class.
/// Never throws on half-typed code.
/// </summary>
internal static class AttributeLocations
{
    /// <summary>The attribute's syntax, or null when it has none (metadata).</summary>
    public static AttributeSyntax? Syntax(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;

    /// <summary>The whole attribute: <c>DependsOn(typeof(Backend))</c>.</summary>
    public static Location Attribute(AttributeData attribute, CancellationToken cancellationToken) =>
        Syntax(attribute, cancellationToken)?.GetLocation() ?? Location.None;

    /// <summary>
    /// The expression of constructor argument <paramref name="index"/> (positional or <c>name:</c>); for a params
    /// parameter given as an array (<c>new[] { ... }</c>, <c>[...]</c>), the element at that index.
    /// </summary>
    public static Location Constructor(AttributeData attribute, int index, CancellationToken cancellationToken)
    {
        var syntax = Syntax(attribute, cancellationToken);
        if (syntax is null) return Location.None;
        return (ParamsElement(attribute, syntax, index) ?? ConstructorArgument(attribute, syntax, index)?.Expression)?.GetLocation() ?? syntax.GetLocation();
    }

    /// <summary>A named argument as written, <c>Port = 0</c>.</summary>
    public static Location Named(AttributeData attribute, string name, CancellationToken cancellationToken)
    {
        var syntax = Syntax(attribute, cancellationToken);
        if (syntax is null) return Location.None;
        return NamedArgument(syntax, name)?.GetLocation() ?? syntax.GetLocation();
    }

    /// <summary>
    /// The dependency target as written: the <c>typeof(...)</c> argument, or the type argument of <c>DependsOn&lt;T&gt;</c>.
    /// </summary>
    public static Location Target(AttributeData attribute, CancellationToken cancellationToken)
    {
        var syntax = Syntax(attribute, cancellationToken);
        if (syntax is null) return Location.None;
        if (attribute.AttributeClass is { IsGenericType: true })
        {
            return GenericName(syntax.Name) is { TypeArgumentList.Arguments: { Count: > 0 } arguments }
                ? arguments[0].GetLocation()
                : syntax.GetLocation();
        }

        return ConstructorArgument(attribute, syntax, 0)?.Expression.GetLocation() ?? syntax.GetLocation();
    }

    /// <summary>The syntax of constructor argument <paramref name="index"/>, or null.</summary>
    public static AttributeArgumentSyntax? ConstructorArgument(AttributeData attribute, AttributeSyntax syntax, int index)
    {
        if (syntax.ArgumentList is not { } list) return null;
        var parameters = attribute.AttributeConstructor?.Parameters;
        var parameterName = parameters is { } p && index < p.Length ? p[index].Name : null;
        var position = 0;
        foreach (var argument in list.Arguments)
        {
            if (argument.NameEquals is not null) continue;
            if (argument.NameColon is { } nameColon)
            {
                if (parameterName is not null && nameColon.Name.Identifier.ValueText == parameterName) return argument;
            }
            else if (position == index)
            {
                return argument;
            }

            position++;
        }

        return null;
    }

    /// <summary>Element <paramref name="index"/> minus the params position of an array passed to the params parameter, or null.</summary>
    private static ExpressionSyntax? ParamsElement(AttributeData attribute, AttributeSyntax syntax, int index)
    {
        if (attribute.AttributeConstructor?.Parameters is not { Length: > 0 } parameters || !parameters[parameters.Length - 1].IsParams) return null;
        var first = parameters.Length - 1;
        if (index < first) return null;
        var elements = ConstructorArgument(attribute, syntax, first)?.Expression switch
        {
            ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions.Select(e => (ExpressionSyntax?)e).ToList(),
            ImplicitArrayCreationExpressionSyntax { Initializer: var initializer } => initializer.Expressions.Select(e => (ExpressionSyntax?)e).ToList(),
            CollectionExpressionSyntax collection => collection.Elements.Select(e => e is ExpressionElementSyntax item ? item.Expression : null).ToList(),
            _ => null,
        };
        return elements is not null && index - first < elements.Count ? elements[index - first] : null;
    }

    /// <summary>The named (property) argument <paramref name="name"/>, or null.</summary>
    public static AttributeArgumentSyntax? NamedArgument(AttributeSyntax syntax, string name)
    {
        if (syntax.ArgumentList is not { } list) return null;
        AttributeArgumentSyntax? found = null;
        foreach (var argument in list.Arguments)
        {
            // The last assignment wins, as in the compiled attribute.
            if (argument.NameEquals is { } nameEquals && nameEquals.Name.Identifier.ValueText == name) found = argument;
        }

        return found;
    }

    private static GenericNameSyntax? GenericName(NameSyntax name) => name switch
    {
        GenericNameSyntax generic => generic,
        QualifiedNameSyntax { Right: GenericNameSyntax generic } => generic,
        AliasQualifiedNameSyntax { Name: GenericNameSyntax generic } => generic,
        _ => null,
    };
}
