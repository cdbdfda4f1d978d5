using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NetCfg.Generators.Analyzers;

/// <summary>The assembly's [LocalNetworkConfig] attributes, and which one a piece of syntax is.</summary>
internal static class ConfigAttributes
{
    /// <summary>Every [assembly: LocalNetworkConfig] of the compilation (the compiler keeps duplicates, with CS0579).</summary>
    public static List<AttributeData> All(Compilation compilation)
    {
        var list = new List<AttributeData>();
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (NetCfgSymbols.Is(attribute, NetCfgSymbols.LocalNetworkConfig)) list.Add(attribute);
        }

        return list;
    }

    /// <summary>
    /// The [LocalNetworkConfig] bound from this assembly-attribute syntax, or null when it is another attribute. Matching
    /// the bound attributes by syntax (rather than by name) sees through using aliases. Assemblies carry few attributes.
    /// </summary>
    public static AttributeData? Find(Compilation compilation, AttributeSyntax syntax, CancellationToken cancellationToken)
    {
        foreach (var attribute in All(compilation))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (attribute.ApplicationSyntaxReference is { } reference
                && reference.SyntaxTree == syntax.SyntaxTree
                && reference.Span == syntax.Span)
            {
                return attribute;
            }
        }

        return null;
    }
}
