using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Generators.Tests;

/// <summary>
/// Runs the generator on user code and compiles its output with that code, as the IDE and csc do, with doc comments
/// checked. Every run must compile without an error, and without a warning in a generated file.
/// </summary>
internal static class LabelRuns
{
    public static readonly CSharpParseOptions Latest = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static LabelRun Run(params string[] sources) => Run(Latest, RoslynReferences.All, sources);

    public static LabelRun Run(CSharpParseOptions parse, IEnumerable<MetadataReference> references, params string[] sources) =>
        Run(parse, references, null, sources);

    /// <summary>User code with errors of its own: the compile errors must be exactly those, none of them ours.</summary>
    public static LabelRun WithUserErrors(string[] errorIds, params string[] sources) => Run(Latest, RoslynReferences.All, null, sources, errorIds);

    public static LabelRun Run(CSharpParseOptions parse, IEnumerable<MetadataReference> references, IReadOnlyDictionary<string, string>? options, string[] sources, string[]? userErrors = null)
    {
        var compilation = Generation.Compile(sources.Select((s, i) => ($"File{i}.cs", s)), references, parse: parse);
        compilation = compilation.WithOptions(compilation.Options.WithWarningLevel(9999)); // every warning wave, as the SDK turns them on
        var run = Generation.Run(compilation, options: options, parse: parse);
        Assert.Empty(run.DriverDiagnostics);
        Assert.Null(run.GeneratorException);
        var output = run.Output;
        var generated = run.GeneratedTrees;
        var members = generated.Where(t => Path.GetFileName(t.FilePath).StartsWith("NetCfgLabels.", StringComparison.Ordinal)).ToList();
        var diagnostics = output.GetDiagnostics();
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Select(d => d.Id).Distinct().OrderBy(i => i, StringComparer.Ordinal).SequenceEqual(userErrors ?? Array.Empty<string>()), "errors:\n" + string.Join("\n", diagnostics) + "\n" + string.Join("\n", members.Select(t => t.ToString())));
        var inGenerated = diagnostics.Where(d => d.Location.SourceTree is { } tree && generated.Contains(tree)).ToList();
        Assert.True(inGenerated.Count == 0, "in generated code:\n" + string.Join("\n", inGenerated));
        return new LabelRun(output, members.ToDictionary(t => Path.GetFileName(t.FilePath), t => t.ToString()));
    }
}

/// <summary>The compiled user code with the generated members, and the member files by hint name.</summary>
internal sealed class LabelRun(Compilation output, IReadOnlyDictionary<string, string> files)
{
    private readonly Lazy<IReadOnlyDictionary<string, string>> _sections = new(() => files.Values
        .SelectMany(text => CSharpSyntaxTree.ParseText(text).GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax>())
        .Where(type => type.Members.Any(m => m is not Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax))
        .ToDictionary(TypeKey, type => type.ToFullString(), StringComparer.Ordinal));

    private readonly Lazy<Assembly> _assembly = new(() =>
    {
        using var image = new MemoryStream();
        var emit = output.Emit(image);
        Assert.True(emit.Success, "the user code has errors, so it cannot be loaded:\n" + string.Join("\n", emit.Diagnostics));
        image.Position = 0;
        return new AssemblyLoadContext("labels", isCollectible: true).LoadFromStream(image);
    });

    public Compilation Output => output;

    /// <summary>Generated member files by hint name.</summary>
    public IReadOnlyDictionary<string, string> Files => files;

    /// <summary>The generated part of each class that got members, by its key as the written code spells it (<c>N.Outer`1+Inner</c>).</summary>
    public IReadOnlyDictionary<string, string> Sections => _sections.Value;

    private static string TypeKey(Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax type)
    {
        var name = type.Identifier.ValueText + (type.Arity > 0 ? "`" + type.Arity : string.Empty);
        return type.Parent switch
        {
            Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax outer => TypeKey(outer) + "+" + name,
            Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax ns => ns.Name + "." + name,
            _ => name,
        };
    }

    /// <summary>How many times the PodLabels helper was added.</summary>
    public int LabelSetsFiles => output.SyntaxTrees.Count(t => t.FilePath.EndsWith(NetCfg.Generators.Emit.LabelSetsWriter.HintName, StringComparison.Ordinal));

    /// <summary>The member names the type declares after generation (by metadata name, <c>Ns.Outer+Inner`1</c>).</summary>
    public IReadOnlyList<string> Declared(string type) => Type(type).GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
        .Select(m => m.Name).Where(n => Parsing.LabelMemberNames.All.Contains(n)).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList();

    public string ComponentName(string type) => (string)Field(type, "ComponentName").GetRawConstantValue()!;

    public string LabelSelector(string type) => (string)Field(type, "LabelSelector").GetRawConstantValue()!;

    public IReadOnlyDictionary<string, string> PodLabels(string type, params Type[] typeArguments)
    {
        var closed = typeArguments.Length == 0 ? Type(type) : Type(type).MakeGenericType(typeArguments);
        var property = closed.GetProperty("PodLabels", BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)!;
        Assert.Null(property.SetMethod);
        return (IReadOnlyDictionary<string, string>)property.GetValue(null)!;
    }

    private FieldInfo Field(string type, string name)
    {
        var field = Type(type).GetField(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)!;
        Assert.True(field.IsLiteral, name + " is a const");
        return field;
    }

    private Type Type(string name) => _assembly.Value.GetType(name, throwOnError: true)!;
}
