using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Tasks;

namespace NetCfg.Benchmarks;

/// <summary>
/// Every figure is relative to <see cref="Compile"/>: a plain compile of the same source in the same run.
/// A fresh Compilation per operation, so nothing is cached between operations unless the benchmark says so.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class GeneratorBenchmarks
{
    private SyntaxTree[] _trees = null!;
    private SyntaxTree[] _unrelatedEdit = null!;
    private SyntaxTree[] _portEdit = null!;
    private GeneratorDriver _warmDriver = null!;
    private byte[] _carrierImage = null!;
    private string _manifests = null!;
    private NetCfg.Core.Model.TranslationInput _input = null!;

    [Params(10, 100, 1000, 5000)]
    public int Components { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var source = Workspace.Parse(SyntheticTopology.Source(Components), "Components.cs");
        var other = Workspace.Parse("namespace Bench; public static class Unrelated { public static int Value() => 1; }", "Unrelated.cs");
        _trees = new[] { source, other };
        _input = CoreTopology.Input(Components);
        _unrelatedEdit = new[] { source, Workspace.Parse("namespace Bench; public static class Unrelated { public static int Value() => 2; }", "Unrelated.cs") };
        _portEdit = new[] { Workspace.Parse(SyntheticTopology.Source(Components, portOffset: 1), "Components.cs"), other };
        _warmDriver = Workspace.Driver().RunGenerators(Workspace.Compilation(_trees));

        var run = _warmDriver.GetRunResult();
        if (run.Results.Single().Exception is { } failure) throw new System.InvalidOperationException("the generator failed", failure);
        using var image = new MemoryStream();
        Workspace.Compilation(run.GeneratedTrees).Emit(image);
        _carrierImage = image.ToArray();
        _manifests = Path.Combine(Path.GetTempPath(), "netcfg-bench-" + Components);
        ManifestDirectory.Sync(_manifests, ManifestCarrier.Read(new MemoryStream(_carrierImage))!.Files, System.TimeSpan.FromSeconds(30));
    }

    [Benchmark(Baseline = true, Description = "compile, no NetCfg")]
    public bool Compile() => Workspace.Compilation(_trees).Emit(Stream.Null).Success;

    [Benchmark(Description = "compile with generator + analyzers")]
    public bool CompileWithNetCfg()
    {
        Workspace.Driver().RunGeneratorsAndUpdateCompilation(Workspace.Compilation(_trees), out var output, out _);
        var analyzers = output.WithAnalyzers(Workspace.Analyzers, Workspace.AnalyzerOptions());
        var diagnostics = analyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return output.Emit(Stream.Null).Success && diagnostics.Length >= 0;
    }

    [Benchmark(Description = "generator, cold")]
    public GeneratorDriver GeneratorCold() => Workspace.Driver().RunGenerators(Workspace.Compilation(_trees));

    [Benchmark(Description = "generator, unrelated edit")]
    public GeneratorDriver GeneratorUnrelatedEdit() => _warmDriver.RunGenerators(Workspace.Compilation(_unrelatedEdit));

    [Benchmark(Description = "generator, one port edited")]
    public GeneratorDriver GeneratorPortEdit() => _warmDriver.RunGenerators(Workspace.Compilation(_portEdit));

    [Benchmark(Description = "core translation alone")]
    public int Translate() => NetCfg.Core.Translation.NetworkConfigTranslator.Translate(_input).Files.Count;

    [Benchmark(Description = "analyzers")]
    public int Analyzers() => Workspace.Compilation(_trees).WithAnalyzers(Workspace.Analyzers, Workspace.AnalyzerOptions())
        .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;

    [Benchmark(Description = "task: read + sync, unchanged")]
    public int TaskWrite()
    {
        var carrier = ManifestCarrier.Read(new MemoryStream(_carrierImage))!;
        return ManifestDirectory.Sync(_manifests, carrier.Files, System.TimeSpan.FromSeconds(30)).Written;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_manifests, recursive: true);
}
