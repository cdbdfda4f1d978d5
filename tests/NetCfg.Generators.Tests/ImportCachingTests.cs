using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NetCfg.Core.Model;
using NetCfg.Generators.Parsing;
using NetCfg.TestKit;
using Xunit;
using static NetCfg.Generators.Tests.Runs;

namespace NetCfg.Generators.Tests;

/// <summary>
/// Referenced assemblies are read once: an edit in the config project re-reads none of them, and a rebuilt library
/// re-runs only its own import and the steps that use the imports.
/// </summary>
public sealed class ImportCachingTests
{
    private const string Config = "using NetCfg;\n[assembly: LocalNetworkConfig(\"shop\")]\n[Component(\"web\")]\n[DependsOn(\"basket-api\", Port = 8080)]\npublic class Web { }\n";

    private static MetadataReference Library(string assembly, string name, int port) => Generation.Run(Generation.Compile(
        new[] { ($"{assembly}.cs", $"using NetCfg; namespace {assembly}; [Component(\"{name}\")] [DependsOn(\"web\", Port = {port})] public class Api {{ }}") },
        assembly: assembly)).EmitReference();

    private static readonly MetadataReference Basket = Library("Basket", "basket-api", 9000);
    private static readonly MetadataReference Identity = Library("Identity", "identity-api", 9001);

    private static CSharpCompilation Compilation(params MetadataReference[] libraries) =>
        Generation.Compile(new[] { ("Config.cs", Config) }, RoslynReferences.All.AddRange(libraries));

    /// <summary>The compilation after a rebuild of one library: a new reference in the old one's place, as MSBuild passes it.</summary>
    private static CSharpCompilation Rebuilt(CSharpCompilation compilation, MetadataReference old, MetadataReference rebuilt) =>
        compilation.WithReferences(compilation.References.Select(r => r == old ? rebuilt : r));

    private static (GeneratorDriverRunResult First, GeneratorDriverRunResult Second) RunTwice(CSharpCompilation first, CSharpCompilation second)
    {
        var driver = Generation.Driver().RunGenerators(first);
        var firstResult = driver.GetRunResult();
        return (firstResult, driver.RunGenerators(second).GetRunResult());
    }

    private static List<(object? Value, IncrementalStepRunReason Reason)> Outputs(GeneratorDriverRunResult result, string step) =>
        result.Results.Single().TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).Select(o => ((object?)o.Value, o.Reason)).ToList()
            : new List<(object?, IncrementalStepRunReason)>();

    private static void AssertNotRerun(GeneratorDriverRunResult result, params string[] steps)
    {
        foreach (var step in steps)
        {
            Assert.All(Outputs(result, step), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }
    }

    [Fact]
    public void ReadingAReferenceTwiceGivesTheCachedInstance()
    {
        var export = ExportReader.Read(Basket);
        Assert.NotNull(export);
        Assert.Same(export, ExportReader.Read(Basket));
        Assert.Equal("basket-api", export!.Components.Single().Name);
    }

    [Fact]
    public void AnEditInTheConfigProjectRereadsNoReference()
    {
        var first = Compilation(Basket, Identity);
        var tree = first.SyntaxTrees.Single();
        var edited = first.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(Config.IndexOf("8080", System.StringComparison.Ordinal), 4, "8081")));
        var (before, after) = RunTwice(first, edited);

        // Roslyn 4.8 tracks the step only for the references that export components: both libraries.
        var imports = Outputs(after, TrackingNames.Imports);
        Assert.Equal(2, imports.Count);
        AssertNotRerun(after, TrackingNames.Imports);
        Assert.Equal(Outputs(before, TrackingNames.Imports).Select(o => o.Value), imports.Select(o => o.Value), ReferenceEqualityComparer.Instance);
        Assert.Contains(IncrementalStepRunReason.Modified, Outputs(after, TrackingNames.Carrier).Select(o => o.Reason));
    }

    [Fact]
    public void ARebuiltLibraryRerunsOnlyItsImportAndTheCarrier()
    {
        var first = Compilation(Basket, Identity);
        var rebuilt = Library("Basket", "basket-api", 9100);
        var (before, after) = RunTwice(first, Rebuilt(first, Basket, rebuilt));

        var imports = Outputs(after, TrackingNames.Imports);
        var rerun = Assert.Single(imports, o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Equal(IncrementalStepRunReason.Modified, rerun.Reason);
        Assert.Equal("Basket", ((ComponentExport)rerun.Value!).Assembly);
        AssertNotRerun(after, TrackingNames.Components, TrackingNames.Configs, TrackingNames.ProfileFiles, TrackingNames.Declarations, TrackingNames.Export, TrackingNames.Emit);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Outputs(after, TrackingNames.Carrier)).Reason);

        // The task renders the library's new port; the config project's own port is as it was.
        Assert.Contains("port: 9000", CarrierOf(before)!.File("networkpolicy/component-basket-api.yaml"));
        Assert.Contains("port: 9100", CarrierOf(after)!.File("networkpolicy/component-basket-api.yaml"));
        Assert.Contains("port: 8080", CarrierOf(after)!.File("networkpolicy/component-basket-api.yaml"));
    }

    [Fact]
    public void ALibraryRebuiltWithTheSameExportRerunsNothingDownstream()
    {
        var first = Compilation(Basket, Identity);
        var (_, after) = RunTwice(first, Rebuilt(first, Basket, Library("Basket", "basket-api", 9000)));
        Assert.Contains(IncrementalStepRunReason.Unchanged, Outputs(after, TrackingNames.Imports).Select(o => o.Reason));
        AssertNotRerun(after, TrackingNames.Imports, TrackingNames.Declarations, TrackingNames.Export, TrackingNames.Carrier);
        Assert.All(after.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }
}
