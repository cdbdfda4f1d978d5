using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using NetCfg.Core.Model;
using NetCfg.Properties.Tests.Topologies;
using NetCfg.TestKit;
using Xunit;
using NetCfg.Core.Carrier;

namespace NetCfg.Properties.Tests;

/// <summary>
/// Issue 10, the metamorphic property: where the components are declared does not matter. A random valid topology split
/// over the config assembly and up to two component libraries (typed dependencies down the reference order, by name
/// otherwise) gives byte-identical manifests to the same topology in one assembly.
/// </summary>
public sealed class SplitAssemblyProperties
{
    [Fact]
    public void SplittingATopologyOverAssembliesGivesTheSameManifests() =>
        AssemblySplit.Gen.Sample(
            split =>
            {
                var expected = Files(SourceWriter.Run(split.Topology), split.Topology, "one assembly");
                var (config, libraries) = split.Run();
                foreach (var (library, i) in libraries.Select((l, i) => (l, i)))
                {
                    Clean(library, AssemblySplit.Name(i + 1));
                    if (library.Status is not (CheckedInputCarrier.Status.Library or CheckedInputCarrier.Status.Empty)) throw new PropertyFailure($"{AssemblySplit.Name(i + 1)} has status '{library.Status}':\n{library.Carrier?.Errors}");
                }

                var actual = Files(config, split.Topology, "split");
                if (!actual.Select(f => f.Key).SequenceEqual(expected.Select(f => f.Key)))
                {
                    throw new PropertyFailure($"the split writes {string.Join(", ", actual.Select(f => f.Key))}; one assembly writes {string.Join(", ", expected.Select(f => f.Key))}");
                }

                var (differs, one) = actual.Zip(expected).FirstOrDefault(pair => pair.First.Value != pair.Second.Value);
                if (differs.Key is not null) throw new PropertyFailure($"{differs.Key} differs; the split writes:\n{differs.Value}\none assembly writes:\n{one.Value}");
            },
            iter: PropertyRuns.Scaled(0.1),
            print: AssemblySplit.Describe);

    /// <summary>The smallest split with a typed dependency between two libraries: the dependent library builds cleanly.</summary>
    [Fact]
    public void ALibraryMayDependByTypeOnAnotherLibrarysComponent()
    {
        var basket = Generation.Run(Generation.Compile(new[] { ("Basket.cs", "using NetCfg; namespace Shop; [Component(\"basket-api\")] public class BasketApi { }") }, SourceWriter.References.Value, "Shop.Basket"));
        var web = Generation.Run(Generation.Compile(
            new[] { ("Web.cs", "using NetCfg; namespace Shop; [Component(\"web\")] [DependsOn(typeof(BasketApi), Port = 8080)] public class Web { }") },
            SourceWriter.References.Value.Add(basket.EmitReference()),
            "Shop.Web"));
        Clean(web, "Shop.Web");
        Assert.Equal(CheckedInputCarrier.Status.Library, web.Status);
        var analyzers = web.RunAnalyzers();
        Assert.Empty(analyzers.AnalyzerFailures);
        Assert.Empty(analyzers.AnalyzerExceptions);
        Assert.Empty(analyzers.NetCfg);
    }

    /// <summary>Two services made from one template: the same class name in two libraries are two components.</summary>
    [Fact]
    public void TwoLibrariesMayDeclareTheSameClassName()
    {
        MetadataReference Library(string assembly, string attributes) => Generation.Run(Generation.Compile(
            new[] { ($"{assembly}.cs", $"using NetCfg; namespace Service; {attributes} public class Api {{ }}") }, SourceWriter.References.Value, assembly)).EmitReference();
        var orders = Library("Shop.Orders", "[Component(\"orders\")]");
        var payments = Library("Shop.Payments", "[Component(\"payments\")] [DependsOn(\"orders\", Port = 8080)]");
        var config = Generation.Run(Generation.Compile(new[] { ("Network.cs", "using NetCfg; [assembly: LocalNetworkConfig(\"shop\")]") }, SourceWriter.References.Value.Add(orders).Add(payments), "Shop.Network"));
        var files = Files(config, TranslationOptions.Default, "the config project").Select(f => f.Key).ToList();
        Assert.Contains("networkpolicy/component-orders.yaml", files);
        Assert.Contains("networkpolicy/component-payments.yaml", files);
    }

    private static void Clean(GenerationRun run, string assembly)
    {
        if (run.GeneratorException is { } e) throw new PropertyFailure($"the generator threw in {assembly}: {e}");
        if (run.GeneratorFailures.FirstOrDefault() is { } failure) throw new PropertyFailure($"{assembly}: {failure}");
        if (run.Carrier is null) throw new PropertyFailure($"{assembly}: no carrier: {run.ReadBack?.Problem}");
    }

    private static IReadOnlyList<KeyValuePair<string, string>> Files(GenerationRun run, Topology topology, string what) =>
        Files(run, SourceWriter.RenderOptions(topology), what);

    private static IReadOnlyList<KeyValuePair<string, string>> Files(GenerationRun run, TranslationOptions options, string what)
    {
        Clean(run, what);
        if (run.Status != CheckedInputCarrier.Status.Ok) throw new PropertyFailure($"{what}: status '{run.Status}':\n{run.Carrier!.Errors}");
        return run.Carrier!.FilesWith(options);
    }
}
