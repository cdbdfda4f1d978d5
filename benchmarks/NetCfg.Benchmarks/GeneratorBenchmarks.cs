using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Core.Carrier;
using NetCfg.Tasks;

namespace NetCfg.Benchmarks;

/// <summary>
/// Every figure is relative to <see cref="Compile"/>: a plain compile of the same source in the same run.
/// A fresh Compilation per operation, so nothing is cached between operations unless the benchmark says so.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class GeneratorBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> FloorAnalyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new NetCfg.Floor.FloorAnalyzer());
    private SyntaxTree[] _trees = null!;
    private SyntaxTree[] _unrelatedEdit = null!;
    private SyntaxTree[] _portEdit = null!;
    private GeneratorDriver _warmDriver = null!;
    private GeneratorDriver _warmIdeDriver = null!;
    private GeneratorDriver _warmFloorDriver = null!;
    private byte[] _carrierImage = null!;
    private string _manifests = null!;

    [ParamsSource(nameof(Sizes))]
    public int Components { get; set; }

    /// <summary>10, 100, 1,000 and 5,000 components, or the comma-separated sizes in NETCFG_BENCH_SIZES.</summary>
    public static IEnumerable<int> Sizes => (System.Environment.GetEnvironmentVariable("NETCFG_BENCH_SIZES") ?? "10,100,1000,5000")
        .Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture));

    [GlobalSetup]
    public void Setup()
    {
        var source = Workspace.Parse(SyntheticTopology.Source(Components), "Components.cs");
        var other = Workspace.Parse("namespace Bench; public static class Unrelated { public static int Value() => 1; }", "Unrelated.cs");
        _trees = new[] { source, other };
        _unrelatedEdit = new[] { source, Workspace.Parse("namespace Bench; public static class Unrelated { public static int Value() => 2; }", "Unrelated.cs") };
        _portEdit = new[] { Workspace.Parse(SyntheticTopology.Source(Components, portOffset: 1), "Components.cs"), other };
        _warmDriver = Workspace.Driver().RunGenerators(Workspace.Compilation(_trees));
        _warmIdeDriver = Workspace.Driver(ide: true).RunGenerators(Workspace.Compilation(_trees));
        _warmFloorDriver = Workspace.Driver(generator: new NetCfg.Floor.FloorGenerator()).RunGenerators(Workspace.Compilation(_trees));

        var run = _warmDriver.GetRunResult();
        if (run.Results.Single().Exception is { } failure) throw new System.InvalidOperationException("the generator failed", failure);
        using var image = new MemoryStream();
        Workspace.Compilation(run.GeneratedTrees).Emit(image);
        _carrierImage = image.ToArray();
        _manifests = Path.Combine(Path.GetTempPath(), "netcfg-bench-" + Components);
        TaskUnchanged();
    }

    [Benchmark(Baseline = true, Description = "compile, no NetCfg")]
    public bool Compile() => Workspace.Compilation(_trees).Emit(Stream.Null).Success;

    /// <summary>As csc does it: generator first, then one compilation that the analyzers and Emit share.</summary>
    [Benchmark(Description = "compile with generator + analyzers")]
    public bool CompileWithNetCfg()
    {
        Workspace.Driver().RunGeneratorsAndUpdateCompilation(Workspace.Compilation(_trees), out var output, out _);
        return CompileWith(output, Workspace.Analyzers);
    }

    [Benchmark(Description = "compile with floor generator + floor analyzer")]
    public bool CompileWithFloor()
    {
        Workspace.Driver(generator: new NetCfg.Floor.FloorGenerator()).RunGeneratorsAndUpdateCompilation(Workspace.Compilation(_trees), out var output, out _);
        return CompileWith(output, FloorAnalyzers);
    }

    [Benchmark(Description = "compile + analyzers")]
    public bool CompileWithAnalyzers() => CompileWith(Workspace.Compilation(_trees), Workspace.Analyzers);

    [Benchmark(Description = "compile + floor analyzer (reads every class's attributes)")]
    public bool CompileWithFloorAnalyzer() => CompileWith(Workspace.Compilation(_trees), FloorAnalyzers);

    private static bool CompileWith(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var shared = compilation.WithAnalyzers(analyzers, Workspace.AnalyzerOptions());
        var diagnostics = shared.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return shared.Compilation.Emit(Stream.Null).Success && diagnostics.Length >= 0;
    }

    [Benchmark(Description = "generator, cold")]
    public GeneratorDriver GeneratorCold() => Workspace.Driver().RunGenerators(Workspace.Compilation(_trees));

    [Benchmark(Description = "floor generator (FAWMN only), cold")]
    public GeneratorDriver FloorCold() => Workspace.Driver(generator: new NetCfg.Floor.FloorGenerator()).RunGenerators(Workspace.Compilation(_trees));

    [Benchmark(Description = "generator, unrelated edit")]
    public GeneratorDriver GeneratorUnrelatedEdit() => _warmDriver.RunGenerators(Workspace.Compilation(_unrelatedEdit));

    [Benchmark(Description = "generator, unrelated edit, implementation outputs off (IDE)")]
    public GeneratorDriver GeneratorUnrelatedEditIde() => _warmIdeDriver.RunGenerators(Workspace.Compilation(_unrelatedEdit));

    [Benchmark(Description = "floor generator, unrelated edit")]
    public GeneratorDriver FloorUnrelatedEdit() => _warmFloorDriver.RunGenerators(Workspace.Compilation(_unrelatedEdit));

    [Benchmark(Description = "generator, one port edited")]
    public GeneratorDriver GeneratorPortEdit() => _warmDriver.RunGenerators(Workspace.Compilation(_portEdit));

    [Benchmark(Description = "task, input unchanged (read + cache check)")]
    public int TaskUnchanged()
    {
        var carried = CheckedInput.Read(CarrierReader.Read(new MemoryStream(_carrierImage))!);
        var options = NetCfg.Core.Model.TranslationOptions.Default;
        return ManifestDirectory.SyncCached(_manifests, RenderKey.Of(carried.Input, options), () => new ManifestDirectory.Rendered(Render(carried, options)), System.TimeSpan.FromSeconds(30)).Unchanged;
    }

    [Benchmark(Description = "task, input changed (read + translate + compare)")]
    public int TaskChanged()
    {
        var carried = CheckedInput.Read(CarrierReader.Read(new MemoryStream(_carrierImage))!);
        var options = NetCfg.Core.Model.TranslationOptions.Default;
        return ManifestDirectory.SyncCached(_manifests, System.Guid.NewGuid().ToString(), () => new ManifestDirectory.Rendered(Render(carried, options)), System.TimeSpan.FromSeconds(30)).Unchanged;
    }

    private static System.Collections.Generic.IReadOnlyList<NetCfg.Core.Model.ManifestFile> Render(CheckedInput carried, NetCfg.Core.Model.TranslationOptions options) =>
        NetCfg.Core.Translation.NetworkConfigTranslator.Render(carried.DecodeInput(), options).Files;

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_manifests, recursive: true);
}
