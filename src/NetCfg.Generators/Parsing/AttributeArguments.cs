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
        var value = Named(attribute, name, out present);
        return value is { Kind: TypedConstantKind.Primitive or TypedConstantKind.Enum, Value: int number } ? number : null;
    }

    /// <summary>A named string argument: null when absent, or when its value cannot be read.</summary>
    public static string? NamedString(AttributeData attribute, string name, out bool present)
    {
        var value = Named(attribute, name, out present);
        return value is { Kind: TypedConstantKind.Primitive, Value: string text } ? text : null;
    }

    public static string? NamedString(AttributeData attribute, string name) => NamedString(attribute, name, out _);

    private static TypedConstant? Named(AttributeData attribute, string name, out bool present)
    {
        present = false;
        TypedConstant? result = null;
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key != name) continue;
            present = true;
            result = pair.Value;
        }

        return result;
    }

    /// <summary>The key a component is known by: its fully qualified name.</summary>
    public static string TypeKey(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
}
