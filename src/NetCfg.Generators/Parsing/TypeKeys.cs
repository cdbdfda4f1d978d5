using System.Text;
using Microsoft.CodeAnalysis;

namespace NetCfg.Generators.Parsing;

/// <summary>How a class is known across the boundaries: its metadata name (<c>Ns.Outer+Inner`1</c>), and how messages show it.</summary>
public static class TypeKeys
{
    public static string Key(INamedTypeSymbol type)
    {
        var text = new StringBuilder();
        Append(text, type);
        return text.ToString();
    }

    /// <summary>Its C# name with namespaces, without the global:: prefix.</summary>
    public static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

    private static void Append(StringBuilder text, INamedTypeSymbol type)
    {
        if (type.ContainingType is { } outer)
        {
            Append(text, outer);
            text.Append('+');
        }
        else if (type.ContainingNamespace is { IsGlobalNamespace: false } ns)
        {
            text.Append(ns.ToDisplayString()).Append('.');
        }

        text.Append(type.MetadataName);
    }
}
