using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace NetCfg.Generators.Parsing;

/// <summary>Identifiers as C# source spells them, and the names of generated files and types.</summary>
public static class CSharpNames
{
    /// <summary>The name with '@' when it is a keyword; null when it is no identifier at all (half-typed code).</summary>
    public static string? Identifier(string name) =>
        !SyntaxFacts.IsValidIdentifier(name) ? null
        : SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name
        : name;

    /// <summary>How many files the label members are spread over (fewer when there are fewer classes).</summary>
    public const int LabelFiles = 16;

    /// <summary>
    /// The hint name of the file that holds a type's members, from a hash of its metadata key (<c>Ns.Outer+Inner`1</c>):
    /// a few files, so the compile does not pay per class for a file, and a label edit rewrites one sixteenth of them.
    /// </summary>
    public static string LabelFile(string typeKey) =>
        "NetCfgLabels." + (Fnv(typeKey) % LabelFiles).ToString("x", CultureInfo.InvariantCulture) + ".g.cs";

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
