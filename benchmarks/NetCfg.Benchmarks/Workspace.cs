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
    public static readonly ImmutableArray<MetadataReference> References = RoslynReferences.All;

    public static readonly ImmutableArray<AdditionalText> Profiles =
        SyntheticTopology.ProfileFiles().Select(p => (AdditionalText)new InMemoryText(p.Path, p.Text)).ToImmutableArray();

    /// <summary>The analyzers as the tests run them (<see cref="Analysis.Analyzers"/>).</summary>
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = Analysis.Analyzers;

    public static readonly AnalyzerConfigOptionsProvider OptionsProvider = new BuildOptions();

    public static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create("Bench", trees, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, Generation.ParseOptions, path);

    /// <summary>The tests' driver (<see cref="Generation.Driver"/>) with the profiles, untracked; <paramref name="ide"/> disables implementation outputs, as an IDE may.</summary>
    public static GeneratorDriver Driver(bool ide = false, IIncrementalGenerator? generator = null, bool trackSteps = false) => Generation.Driver(
        Profiles, generator: generator, disabled: ide ? IncrementalGeneratorOutputKind.Implementation : IncrementalGeneratorOutputKind.None, trackSteps: trackSteps);

    public static AnalyzerOptions AnalyzerOptions() => new(Profiles, OptionsProvider);
}
