using System.Linq;
using Microsoft.CodeAnalysis;

namespace NetCfg.Generators.Parsing;

/// <summary>Defensive reads of attribute arguments: half-typed code gives nulls, never exceptions.</summary>
public static class AttributeArguments
{
    public static string? String(AttributeData attribute, int index) =>
        attribute.ConstructorArguments.Length > index && attribute.ConstructorArguments[index] is { Kind: TypedConstantKind.Primitive, Value: string value }
            ? value
            : null;

    public static ITypeSymbol? Type(AttributeData attribute, int index) =>
        attribute.ConstructorArguments.Length > index && attribute.ConstructorArguments[index] is { Kind: TypedConstantKind.Type, Value: ITypeSymbol type }
            && type.TypeKind != TypeKind.Error
            ? type
            : null;

    /// <summary>A named int (or enum) argument: null when absent, or when its value cannot be read.</summary>
    public static int? NamedInt(AttributeData attribute, string name, out bool present)
    {
        var argument = attribute.NamedArguments.FirstOrDefault(a => a.Key == name);
        present = argument.Key is not null;
        return present && argument.Value.Value is int value ? value : null;
    }

    public static string? NamedString(AttributeData attribute, string name) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value as string;

    /// <summary>The key a component is known by: its fully qualified name.</summary>
    public static string TypeKey(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
}
