using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NetCfg.Benchmarks;

/// <summary>
/// What an edit costs the generator in an IDE, now that every partial component gets its label members as ordinary
/// source (which an IDE runs, unlike the carrier): an unrelated edit, and one component's label edited. The baseline of
/// each edit is the floor generator (FAWMN over [Component] only) making the same edit in the same run, with its output
/// on: in IDE mode the floor's only output is an implementation output, so it does nothing at all (measured too).
/// </summary>
[Config(typeof(LabelEditConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class LabelEditBenchmarks
{
    private const string Unrelated = "unrelated edit";
    private const string Label = "one label edited";
    private SyntaxTree[] _unrelatedEdit = null!;
    private SyntaxTree[] _labelEdit = null!;
    private GeneratorDriver _ide = null!;
    private GeneratorDriver _floor = null!;
    private GeneratorDriver _floorIde = null!;

    [Params(100, 1000)]
    public int Components { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = SyntheticTopology.Source(Components);
        var source = Workspace.Parse(text, "Components.cs");
        var trees = new[] { source, Workspace.Parse("namespace Bench; public static class Unrelated { public static int Value() => 1; }", "Unrelated.cs") };
        _unrelatedEdit = new[] { source, Workspace.Parse("namespace Bench; public static class Unrelated { public static int Value() => 2; }", "Unrelated.cs") };
        var edited = text.Replace("[MatchLabel(\"app\", \"c0\")]", "[MatchLabel(\"app\", \"c0-edited\")]");
        if (edited == text) throw new System.InvalidOperationException("the synthetic topology has no label c0 to edit");
        _labelEdit = new[] { Workspace.Parse(edited, "Components.cs"), trees[1] };

        _ide = Workspace.Driver(ide: true).RunGenerators(Workspace.Compilation(trees));
        _floor = Workspace.Driver(generator: new NetCfg.Floor.FloorGenerator()).RunGenerators(Workspace.Compilation(trees));
        _floorIde = Workspace.Driver(ide: true, generator: new NetCfg.Floor.FloorGenerator()).RunGenerators(Workspace.Compilation(trees));
        var run = _ide.GetRunResult();
        if (run.Results[0].Exception is { } failure) throw new System.InvalidOperationException("the generator failed", failure);
        var members = run.GeneratedTrees.Count(t => System.IO.Path.GetFileName(t.FilePath).StartsWith("NetCfgLabels.", System.StringComparison.Ordinal));
        if (members != NetCfg.Generators.Parsing.CSharpNames.LabelFiles) throw new System.InvalidOperationException($"expected {NetCfg.Generators.Parsing.CSharpNames.LabelFiles} member files, got {members}");
    }

    [BenchmarkCategory(Unrelated), Benchmark(Baseline = true, Description = "floor generator")]
    public GeneratorDriver FloorUnrelated() => _floor.RunGenerators(Workspace.Compilation(_unrelatedEdit));

    [BenchmarkCategory(Unrelated), Benchmark(Description = "floor generator, IDE (does nothing)")]
    public GeneratorDriver FloorIdeUnrelated() => _floorIde.RunGenerators(Workspace.Compilation(_unrelatedEdit));

    [BenchmarkCategory(Unrelated), Benchmark(Description = "generator, IDE")]
    public GeneratorDriver IdeUnrelated() => _ide.RunGenerators(Workspace.Compilation(_unrelatedEdit));

    [BenchmarkCategory(Label), Benchmark(Baseline = true, Description = "floor generator")]
    public GeneratorDriver FloorLabel() => _floor.RunGenerators(Workspace.Compilation(_labelEdit));

    [BenchmarkCategory(Label), Benchmark(Description = "floor generator, IDE (does nothing)")]
    public GeneratorDriver FloorIdeLabel() => _floorIde.RunGenerators(Workspace.Compilation(_labelEdit));

    [BenchmarkCategory(Label), Benchmark(Description = "generator, IDE")]
    public GeneratorDriver IdeLabel() => _ide.RunGenerators(Workspace.Compilation(_labelEdit));
}

/// <summary>BenchmarkDotNet's short job (3 warm-ups, 3 iterations), in process: the figures are for ratios, on a busy machine.</summary>
public sealed class LabelEditConfig : ManualConfig
{
    public LabelEditConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
