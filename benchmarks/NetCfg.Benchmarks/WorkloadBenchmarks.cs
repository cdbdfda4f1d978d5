using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.TestKit;

namespace NetCfg.Benchmarks;

/// <summary>
/// The analyzers on the synthetic topology with one fitting Deployment per component (files under /deploy/, which the
/// TestKit's options mark as NetCfgWorkload items), against the same run without workloads. Goal: at most 1.10x.
/// "cached" reuses the file texts, as an IDE does while C# is edited (each text is parsed once); "cold" hands new texts.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class WorkloadBenchmarks
{
    private SyntaxTree[] _trees = null!;
    private (string Path, string Text)[] _workloads = null!;
    private ImmutableArray<AdditionalText> _withWorkloads;

    [Params(100, 1000)]
    public int Components { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _trees = new[] { Workspace.Parse(SyntheticTopology.Source(Components), "Components.cs") };
        _workloads = Enumerable.Range(0, Components).Select(i => (
            $"/deploy/w{i.ToString(CultureInfo.InvariantCulture)}.yaml",
            WorkloadYaml.Deployment("w" + i.ToString(CultureInfo.InvariantCulture), new[] { "app=c" + i.ToString(CultureInfo.InvariantCulture) }, new[] { "http:" + (8000 + (i % 100)).ToString(CultureInfo.InvariantCulture) }, ns: "bench"))).ToArray();
        _withWorkloads = Workspace.Profiles.AddRange(_workloads.Select(w => (AdditionalText)new InMemoryText(w.Path, w.Text)));
        if (Analyze(_withWorkloads).Any(d => d.Id.StartsWith("NETCFG03", System.StringComparison.Ordinal))) throw new System.InvalidOperationException("the synthetic workloads do not fit");
    }

    [Benchmark(Baseline = true, Description = "analyzers, no workloads")]
    public int WithoutWorkloads() => Analyze(Workspace.Profiles).Length;

    [Benchmark(Description = "analyzers, workloads (parse cached)")]
    public int WithWorkloadsCached() => Analyze(_withWorkloads).Length;

    [Benchmark(Description = "analyzers, workloads (parsed anew)")]
    public int WithWorkloadsCold() => Analyze(Workspace.Profiles.AddRange(_workloads.Select(w => (AdditionalText)new InMemoryText(w.Path, w.Text)))).Length;

    private ImmutableArray<Diagnostic> Analyze(ImmutableArray<AdditionalText> files) =>
        Workspace.Compilation(_trees).WithAnalyzers(Workspace.Analyzers, new AnalyzerOptions(files, Workspace.OptionsProvider))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
}
