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
using NetCfg.Generators;
using NetCfg.Tasks;
using Xunit;

namespace NetCfg.Generators.Tests;

/// <summary>Compiles user code, runs the generator, and reads the manifests back as the MSBuild task would.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(NetCfg.ComponentAttribute).Assembly.Location))
            .ToImmutableArray());

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpCompilation Compile(params string[] sources) => CSharpCompilation.Create(
        "UserApp",
        sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"File{i}.cs")),
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText>? profiles = null, Dictionary<string, string>? globalOptions = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new NetCfgGenerator().AsSourceGenerator() },
            (profiles ?? Array.Empty<AdditionalText>()).ToImmutableArray(),
            ParseOptions,
            new OptionsProvider(globalOptions ?? new Dictionary<string, string>()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public sealed record Run(GeneratorDriver Driver, Compilation Output, ManifestCarrier? Carrier);

    public static Run Execute(CSharpCompilation compilation, GeneratorDriver? driver = null, IEnumerable<AdditionalText>? profiles = null, Dictionary<string, string>? options = null)
    {
        driver = (driver ?? Driver(profiles, options)).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var result = driver.GetRunResult();
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        return new Run(driver, output, CarrierOf(result));
    }

    /// <summary>The generated carrier compiled alone (it is self-contained) and read back by the task's reader.</summary>
    public static ManifestCarrier? CarrierOf(GeneratorDriverRunResult result)
    {
        if (result.GeneratedTrees.IsEmpty) return null;
        var carrier = CSharpCompilation.Create("Carrier", result.GeneratedTrees, References.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emit = carrier.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        image.Position = 0;
        return ManifestCarrier.Read(image);
    }

    public static string File(this ManifestCarrier carrier, string path) =>
        carrier.Files.Single(f => f.Key == path).Value;

    /// <summary>A profile file as MSBuild passes it: an AdditionalFile with NetCfgItemType=NetworkProfile.</summary>
    public static AdditionalText Profile(string path, string text) => new Text(path, text);

    internal sealed class Text : AdditionalText
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

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        public OptionsProvider(Dictionary<string, string> global) => GlobalOptions = new Options(global);

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            textFile.Path.EndsWith(".yaml", StringComparison.Ordinal)
                ? new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.NetCfgItemType"] = "NetworkProfile" })
                : Options.None;
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options None = new(new Dictionary<string, string>());
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
