using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using NetCfg.Generators.Parsing;

namespace NetCfg.Generators.Analyzers;

/// <summary>Safe reads of the NetCfg attributes for the analyzers: half-typed code gives nulls, never exceptions.</summary>
internal static class NetCfgSymbols
{
    public const string Component = "ComponentAttribute";
    public const string LocalNetworkConfig = "LocalNetworkConfigAttribute";
    public const string MatchLabel = AttributeNames.MatchLabel;
    public const string DependsOn = AttributeNames.DependsOn;
    public const string DependsOnProfile = AttributeNames.DependsOnProfile;

    /// <summary>True when the attribute's class is NetCfg.{name} (generic or not).</summary>
    public static bool Is(AttributeData attribute, string name) => AttributeNames.Is(attribute, name);

    /// <summary>The type's [Component], or null.</summary>
    public static AttributeData? ComponentAttribute(ISymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (Is(attribute, Component)) return attribute;
        }

        return null;
    }

    /// <summary>The type's attributes of one kind, in declaration order.</summary>
    public static ImmutableArray<AttributeData> Attributes(ISymbol symbol, string name)
    {
        var all = symbol.GetAttributes();
        var builder = ImmutableArray.CreateBuilder<AttributeData>();
        foreach (var attribute in all)
        {
            if (Is(attribute, name)) builder.Add(attribute);
        }

        return builder.ToImmutable();
    }

    /// <summary>Constructor argument <paramref name="index"/> as a string. Null when absent, erroneous, or not a string.</summary>
    public static string? String(AttributeData attribute, int index) => AttributeArguments.String(attribute, index);

    /// <summary>True when constructor argument <paramref name="index"/> is the constant null (<c>[Component(null)]</c>).</summary>
    public static bool IsNullConstant(AttributeData attribute, int index) =>
        attribute.ConstructorArguments.Length > index
        && attribute.ConstructorArguments[index] is { Kind: TypedConstantKind.Primitive or TypedConstantKind.Type, IsNull: true };

    /// <summary>A named argument's int value (enums give their underlying value). Present but unreadable gives null.</summary>
    public static int? NamedInt(AttributeData attribute, string name, out bool present) => AttributeArguments.NamedInt(attribute, name, out present);

    /// <summary>A named argument's string value; null when absent or unreadable.</summary>
    public static string? NamedString(AttributeData attribute, string name, out bool present) => AttributeArguments.NamedString(attribute, name, out present);

    /// <summary>The dependency's target type, as the generator reads it; null when unreadable.</summary>
    public static ITypeSymbol? Target(AttributeData attribute) => ComponentParser.Target(attribute);

    /// <summary>
    /// True when the type is a [Component] class of this compilation's assembly (the only ones the config knows), named as
    /// declared: <c>typeof(G&lt;int&gt;)</c> or <c>typeof(G&lt;&gt;)</c> are not the class <c>G&lt;T&gt;</c> the generator keys by.
    /// </summary>
    public static bool IsComponentOf(ITypeSymbol type, IAssemblySymbol assembly) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class, IsUnboundGenericType: false } named
        && SymbolEqualityComparer.Default.Equals(named, named.OriginalDefinition)
        && SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, assembly)
        && ComponentAttribute(named) is not null;

    /// <summary>How messages name a class: its C# name with namespaces, without the global:: prefix.</summary>
    public static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

    /// <summary>The generator's key for a type (fully qualified), for ordering and equality.</summary>
    public static string Key(ITypeSymbol type) => AttributeArguments.TypeKey(type);

    /// <summary>A stable source order: file path, then position.</summary>
    public static int CompareLocations(Location left, Location right)
    {
        var byPath = string.CompareOrdinal(left.SourceTree?.FilePath ?? string.Empty, right.SourceTree?.FilePath ?? string.Empty);
        return byPath != 0 ? byPath : left.SourceSpan.Start.CompareTo(right.SourceSpan.Start);
    }

    /// <summary>Sorts locations in <see cref="CompareLocations"/> order.</summary>
    public static List<T> InSourceOrder<T>(IEnumerable<T> items, System.Func<T, Location> location)
    {
        var list = items.ToList();
        list.Sort((a, b) => CompareLocations(location(a), location(b)));
        return list;
    }
}
