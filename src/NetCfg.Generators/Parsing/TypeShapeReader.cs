using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NetCfg.Core;

namespace NetCfg.Generators.Parsing;

/// <summary>
/// Reads a component class's <see cref="TypeShape"/>, or null when no member can be added to it: it is not a class, it
/// or a containing type is not partial (or file-local), a name is half-typed, or this attribute target is not the one
/// declaration that carries its [Component] (each class gets its members once, whatever the number of its parts).
/// </summary>
public static class TypeShapeReader
{
    public static TypeShape? Read(GeneratorAttributeSyntaxContext context)
    {
        if (context.TargetSymbol is not INamedTypeSymbol { TypeKind: TypeKind.Class } type || !CarriesTheComponent(type, context.TargetNode)) return null;
        var declarations = new List<string>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (Declaration(current) is not { } declaration) return null;
            declarations.Add(declaration);
        }

        declarations.Reverse();
        if (Namespace(type.ContainingNamespace) is not { } ns) return null;
        return new TypeShape(
            ns.Length == 0 ? null : ns,
            declarations.ToEquatableArray(),
            LabelMemberNames.All.Where(name => IsTaken(type, name)).ToEquatableArray());
    }

    /// <summary>True when the first [Component] of the class, the one the parser reads, is applied on this declaration.</summary>
    private static bool CarriesTheComponent(INamedTypeSymbol type, SyntaxNode target)
    {
        var first = type.GetAttributes().FirstOrDefault(a => AttributeNames.KindOf(a) == Core.Rules.AttributeKind.Component);
        return first?.ApplicationSyntaxReference is { } applied && applied.SyntaxTree == target.SyntaxTree && target.Span.Contains(applied.Span);
    }

    /// <summary>
    /// <c>partial class Name&lt;T&gt;</c>, or null when the type is not partial everywhere. Another part may leave out the
    /// accessibility, <c>static</c>, <c>sealed</c>, <c>ref</c>, <c>readonly</c> and the constraints.
    /// </summary>
    private static string? Declaration(INamedTypeSymbol type)
    {
        if (type.IsFileLocal || type.DeclaringSyntaxReferences.IsEmpty || CSharpNames.Identifier(type.Name) is not { } name) return null;
        string? keyword = null;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax syntax || !syntax.Modifiers.Any(SyntaxKind.PartialKeyword)) return null;
            keyword ??= Keyword(syntax);
        }

        if (keyword is null) return null;
        var parameters = new List<string>();
        foreach (var parameter in type.TypeParameters)
        {
            if (CSharpNames.Identifier(parameter.Name) is not { } parameterName) return null;
            parameters.Add(parameterName); // no variance: an interface with variant parameters cannot contain a class (CS8427)
        }

        return $"partial {keyword} {name}" + (parameters.Count == 0 ? string.Empty : "<" + string.Join(", ", parameters) + ">");
    }

    private static string? Keyword(TypeDeclarationSyntax syntax) => syntax switch
    {
        ClassDeclarationSyntax => "class",
        StructDeclarationSyntax => "struct",
        InterfaceDeclarationSyntax => "interface",
        RecordDeclarationSyntax record => record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record",
        _ => null,
    };

    /// <summary>The namespace as source spells it ("" for the global namespace), or null when a part is half-typed.</summary>
    private static string? Namespace(INamespaceSymbol? ns)
    {
        var parts = new List<string>();
        for (; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (CSharpNames.Identifier(ns.Name) is not { } part) return null;
            parts.Add(part);
        }

        parts.Reverse();
        return string.Join(".", parts);
    }

    /// <summary>
    /// True when adding the member would collide: the class, one of its members or type parameters has the name, or a
    /// base class has an abstract member of that name (a static member may not hide it). Other inherited members are
    /// hidden, as a derived component's own values must be (the generated file disables CS0108 and CS0114).
    /// MemberNames comes from the declarations: no member symbol is built for the check.
    /// </summary>
    private static bool IsTaken(INamedTypeSymbol type, string name) =>
        type.Name == name
        || type.TypeParameters.Any(p => p.Name == name)
        || type.MemberNames.Contains(name)
        || !type.GetTypeMembers(name).IsEmpty
        || BaseTypes(type).Any(b => b.MemberNames.Contains(name) && b.GetMembers(name).Any(m => m.IsAbstract));

    private static IEnumerable<INamedTypeSymbol> BaseTypes(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType) yield return current;
    }
}
