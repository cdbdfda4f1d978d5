using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Core.Carrier;
using NetCfg.Generators;

namespace NetCfg.TestKit;

/// <summary>
/// The one generator harness: compiles user code, runs the real generator through Roslyn's driver, and reads the carrier
/// back as the MSBuild task does. It never asserts; the caller decides what a failure is.
/// </summary>
public static class Generation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The sources as a library; nullable enabled where the language version has it (<paramref name="parse"/>: <see cref="ParseOptions"/>).</summary>
    public static CSharpCompilation Compile(IEnumerable<(string Path, string Text)> sources, IEnumerable<MetadataReference>? references = null, string assembly = "UserApp", CSharpParseOptions? parse = null)
    {
        parse ??= ParseOptions;
        return CSharpCompilation.Create(
            assembly,
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, path: s.Path)),
            references ?? RoslynReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: parse.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
    }

    /// <summary>Sources named File0.cs, File1.cs, ...</summary>
    public static CSharpCompilation Compile(params string[] sources) => Compile(sources.Select((s, i) => ($"File{i}.cs", s)));

    /// <summary>
    /// A driver as csc makes one, for <paramref name="generator"/> (default: NetCfg's). <paramref name="disabled"/> outputs
    /// are skipped, as an IDE may skip implementation outputs; benchmarks turn <paramref name="trackSteps"/> off.
    /// </summary>
    public static GeneratorDriver Driver(
        IEnumerable<AdditionalText>? files = null,
        IReadOnlyDictionary<string, string>? options = null,
        CSharpParseOptions? parse = null,
        IIncrementalGenerator? generator = null,
        IncrementalGeneratorOutputKind disabled = IncrementalGeneratorOutputKind.None,
        bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            new[] { (generator ?? new NetCfgGenerator()).AsSourceGenerator() },
            (files ?? Array.Empty<AdditionalText>()).ToImmutableArray(),
            parse ?? ParseOptions,
            new BuildOptions(options),
            new GeneratorDriverOptions(disabled, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator (on <paramref name="driver"/>, or a new one with <paramref name="parse"/>: <see cref="ParseOptions"/>).</summary>
    public static GenerationRun Run(CSharpCompilation compilation, IEnumerable<AdditionalText>? files = null, IReadOnlyDictionary<string, string>? options = null, GeneratorDriver? driver = null, CSharpParseOptions? parse = null)
    {
        var additional = (files ?? Array.Empty<AdditionalText>()).ToImmutableArray();
        var buildOptions = new BuildOptions(options);
        driver = (driver ?? Driver(additional, options, parse)).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult();
        var generated = result.GeneratedTrees;
        return new GenerationRun(
            driver,
            output,
            additional,
            buildOptions,
            diagnostics,
            result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null),
            generated,
            generated.IsEmpty ? null : GeneratedCarrier.Read(generated, compilation.References));
    }
}

/// <summary>One generator run: the updated compilation, what the driver said, and the carrier read back.</summary>
public sealed record GenerationRun(
    GeneratorDriver Driver,
    Compilation Output,
    ImmutableArray<AdditionalText> AdditionalFiles,
    AnalyzerConfigOptionsProvider Options,
    ImmutableArray<Diagnostic> DriverDiagnostics,
    Exception? GeneratorException,
    ImmutableArray<SyntaxTree> GeneratedTrees,
    CarrierReadBack? ReadBack)
{
    public CarriedOutput? Carrier => ReadBack?.Carrier;

    /// <summary>The carried status; null without a carrier.</summary>
    public CheckedInputCarrier.Status? Status => Carrier?.Status;

    /// <summary>The driver's own complaints: CS8784/CS8785 (generator failed to initialize / threw).</summary>
    public IEnumerable<Diagnostic> GeneratorFailures => DriverDiagnostics.Where(d => d.Id is "CS8784" or "CS8785");

    /// <summary>The export the generator compiled in for config projects, as an image other compilations can reference.</summary>
    public MetadataReference EmitReference()
    {
        using var image = new System.IO.MemoryStream();
        var emit = Output.Emit(image);
        if (!emit.Success) throw new InvalidOperationException("the output does not compile:\n" + string.Join("\n", emit.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>Every analyzer of the generator assembly over the output compilation, as a build runs them.</summary>
    public AnalyzerRun RunAnalyzers() => Analysis.Run(Output, AdditionalFiles, Options);
}
