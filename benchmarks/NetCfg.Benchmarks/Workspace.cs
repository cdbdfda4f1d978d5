using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace NetCfg.Benchmarks;

/// <summary>Roslyn plumbing shared by the benchmarks: references, options, profiles, analyzers.</summary>
public static class Workspace
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static readonly ImmutableArray<MetadataReference> References =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(NetCfg.ComponentAttribute).Assembly.Location))
            .ToImmutableArray();

    public static readonly ImmutableArray<AdditionalText> Profiles =
        SyntheticTopology.ProfileFiles().Select(p => (AdditionalText)new Text(p.Path, p.Text)).ToImmutableArray();

    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(NetCfg.Generators.NetCfgGenerator).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static readonly AnalyzerConfigOptionsProvider OptionsProvider = new ProfileOptionsProvider();

    public static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create("Bench", trees, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    /// <summary>A driver as csc makes one; <paramref name="ide"/> disables implementation outputs, as the IDE does.</summary>
    public static GeneratorDriver Driver(bool ide = false, IIncrementalGenerator? generator = null) => CSharpGeneratorDriver.Create(
        new[] { (generator ?? new NetCfg.Generators.NetCfgGenerator()).AsSourceGenerator() }, Profiles, ParseOptions, OptionsProvider,
        new GeneratorDriverOptions(ide ? IncrementalGeneratorOutputKind.Implementation : IncrementalGeneratorOutputKind.None));

    public static AnalyzerOptions AnalyzerOptions() => new(Profiles, OptionsProvider);

    private sealed class Text : AdditionalText
    {
        private readonly SourceText _text;

        public Text(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class ProfileOptionsProvider : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new StaticOptions(new());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new StaticOptions(new() { ["build_metadata.AdditionalFiles.NetCfgItemType"] = "NetworkProfile" });
    }

    private sealed class StaticOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public StaticOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
