using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.TestKit;

namespace NetCfg.Benchmarks;

/// <summary>Roslyn plumbing shared by the benchmarks: references, options, profiles, analyzers.</summary>
public static class Workspace
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static readonly ImmutableArray<MetadataReference> References = RoslynReferences.All;

    public static readonly ImmutableArray<AdditionalText> Profiles =
        SyntheticTopology.ProfileFiles().Select(p => (AdditionalText)new InMemoryText(p.Path, p.Text)).ToImmutableArray();

    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(NetCfg.Generators.NetCfgGenerator).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static readonly AnalyzerConfigOptionsProvider OptionsProvider = new BuildOptions();

    public static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create("Bench", trees, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    /// <summary>A driver as csc makes one; <paramref name="ide"/> disables implementation outputs, as an IDE may.</summary>
    public static GeneratorDriver Driver(bool ide = false, IIncrementalGenerator? generator = null) => CSharpGeneratorDriver.Create(
        new[] { (generator ?? new NetCfg.Generators.NetCfgGenerator()).AsSourceGenerator() }, Profiles, ParseOptions, OptionsProvider,
        new GeneratorDriverOptions(ide ? IncrementalGeneratorOutputKind.Implementation : IncrementalGeneratorOutputKind.None));

    public static AnalyzerOptions AnalyzerOptions() => new(Profiles, OptionsProvider);
}
