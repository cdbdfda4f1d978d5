using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NetCfg.Generators.Parsing;

/// <summary>
/// Defensive reads of attribute arguments. Each gives the value and whether it could be read: half-typed code is
/// "incomplete" (the compiler reports it), never an exception. A null constant reads as null and complete.
/// </summary>
public static class AttributeArguments
{
    /// <summary>Constructor argument <paramref name="index"/> as a string.</summary>
    public static (string? Value, bool Complete) String(AttributeData attribute, int index) =>
        attribute.ConstructorArguments.Length > index ? String(attribute.ConstructorArguments[index]) : (null, false);

    /// <summary>A named string argument; absent reads as null and complete.</summary>
    public static (string? Value, bool Complete) NamedString(AttributeData attribute, string name) =>
        Named(attribute, name) is { } value ? String(value) : (null, true);

    /// <summary>A named int (or enum) argument: null when absent; present but unreadable is incomplete.</summary>
    public static (int? Value, bool Complete) NamedInt(AttributeData attribute, string name) =>
        Named(attribute, name) is not { } value ? (null, true)
        : value is { Kind: TypedConstantKind.Primitive or TypedConstantKind.Enum, Value: int number } ? (number, true)
        : (null, false);

    /// <summary>Constructor argument <paramref name="index"/> as an int or enum value.</summary>
    public static (int Value, bool Complete) Int(AttributeData attribute, int index) =>
        attribute.ConstructorArguments.Length > index && attribute.ConstructorArguments[index] is { Kind: TypedConstantKind.Primitive or TypedConstantKind.Enum, Value: int number }
            ? (number, true)
            : (0, false);

    /// <summary>
    /// A params string[] argument: its strings up to the first null element, whether there is one (or the array is null),
    /// and readability. The null is then value number Values.Count, which is where the rules report it.
    /// </summary>
    public static (List<string> Values, bool NullValue, bool Complete) Strings(AttributeData attribute, int index)
    {
        var values = new List<string>();
        if (attribute.ConstructorArguments.Length <= index) return (values, false, false);
        var array = attribute.ConstructorArguments[index];
        if (array.Kind != TypedConstantKind.Array) return (values, false, false);
        if (array.IsNull) return (values, true, true);
        foreach (var item in array.Values)
        {
            var (value, complete) = String(item);
            if (!complete) return (values, false, false);
            if (value is null) return (values, true, true);
            values.Add(value);
        }

        return (values, false, true);
    }

    private static (string? Value, bool Complete) String(TypedConstant constant) =>
        constant is { Kind: TypedConstantKind.Primitive, Value: string value } ? ((string?)value, true)
        : constant is { Kind: TypedConstantKind.Primitive, IsNull: true } ? ((string?)null, true)
        : ((string?)null, false);

    // The last assignment wins, as in the compiled attribute.
    private static TypedConstant? Named(AttributeData attribute, string name) =>
        attribute.NamedArguments.LastOrDefault(pair => pair.Key == name) is { Key: not null } found ? found.Value : null;
}
