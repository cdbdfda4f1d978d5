using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace NetCfg.Generators.Parsing;

/// <summary>Identifiers as C# source spells them, and hint names that no other type's can equal.</summary>
public static class CSharpNames
{
    /// <summary>The name with '@' when it is a keyword; null when it is no identifier at all (half-typed code).</summary>
    public static string? Identifier(string name) =>
        !SyntaxFacts.IsValidIdentifier(name) ? null
        : SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name
        : name;

    /// <summary>
    /// The hint name of a type's members, from its metadata key (<c>Ns.Outer+Inner`1</c>: namespace, nesting, arity).
    /// Roslyn compares hint names ignoring case, so a hash of the exact key tells <c>Foo</c> from <c>foo</c>.
    /// </summary>
    public static string HintName(string typeKey)
    {
        var text = new System.Text.StringBuilder(typeKey.Length + 32);
        foreach (var c in typeKey) text.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '+' or '`' ? c : '_');
        return text.Append('.').Append(Fnv(typeKey).ToString("x8", CultureInfo.InvariantCulture)).Append(".NetCfgLabels.g.cs").ToString();
    }

    /// <summary>
    /// A type name of its own for each assembly (<c>name_1a2b3c4d</c>, from a hash of the assembly name): generated
    /// internal types of two assemblies never clash where one sees the other's internals (CS0436).
    /// </summary>
    public static string PerAssembly(string name, string assembly) =>
        name + "_" + Fnv(assembly).ToString("x8", CultureInfo.InvariantCulture);

    private static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
