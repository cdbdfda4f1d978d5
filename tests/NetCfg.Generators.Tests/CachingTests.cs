using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NetCfg.Core.Carrier;
using NetCfg.TestKit;
using Xunit;
using static NetCfg.Generators.Tests.Runs;

namespace NetCfg.Generators.Tests;

/// <summary>Edits that cannot change the manifests must not re-run the expensive steps.</summary>
public sealed class CachingTests
{
    private static readonly string[] AllSteps = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!).ToArray();

    private static (GeneratorDriverRunResult First, GeneratorDriverRunResult Second) RunTwice(CSharpCompilation first, Func<CSharpCompilation, CSharpCompilation> edit)
    {
        var driver = Generation.Driver(new[] { Profile("/p/cloudflare.yaml", Sources.CloudflareProfile) }).RunGenerators(first);
        var firstResult = driver.GetRunResult();
        driver = driver.RunGenerators(edit(first));
        return (firstResult, driver.GetRunResult());
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriverRunResult result, string step) =>
        result.Results.Single().TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).Select(o => o.Reason)
            : Enumerable.Empty<IncrementalStepRunReason>();

    private static void AssertNothingRegenerated(GeneratorDriverRunResult second)
    {
        foreach (var step in AllSteps)
        {
            Assert.All(Reasons(second, step), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
        }

        Assert.All(second.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    /// <summary>A component library, built, as a config project references it.</summary>
    internal static readonly Lazy<MetadataReference> Library = new(() => Generation.Run(Generation.Compile(
        new[] { ("Lib.cs", "using NetCfg; namespace L; [Component(\"lib\")] public class LibComponent { }") }, assembly: "Lib")).EmitReference());

    [Fact]
    public void EveryTrackingNameIsUsed()
    {
        var config = Generation.Compile(new[] { ("App.cs", Sources.MyApp) }, RoslynReferences.All.Add(Library.Value));
        var (first, _) = RunTwice(config, c => c);
        foreach (var step in AllSteps)
        {
            Assert.True(first.Results.Single().TrackedSteps.ContainsKey(step), step);
        }
    }

    [Fact]
    public void AddingAnUnrelatedFileRegeneratesNothing()
    {
        var (_, second) = RunTwice(Compile(Sources.MyApp), c => c.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", Generation.ParseOptions)));
        AssertNothingRegenerated(second);
    }

    [Fact]
    public void EditingAMethodBodyInsideAComponentRegeneratesNothing()
    {
        var (_, second) = RunTwice(Compile(Sources.MyApp), c =>
        {
            var tree = c.SyntaxTrees.Single();
            return c.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(Sources.MyApp.IndexOf("=> 1", StringComparison.Ordinal), 4, "=> 2 + 40")));
        });
        Assert.Contains(IncrementalStepRunReason.Unchanged, Reasons(second, TrackingNames.Components));
        AssertNothingRegenerated(second);
    }

    [Fact]
    public void ReformattingOrMovingAnAttributeRegeneratesNothing()
    {
        var (_, second) = RunTwice(Compile(Sources.MyApp), c =>
        {
            var tree = c.SyntaxTrees.Single();
            var edited = "\n\n" + Sources.MyApp.Replace("[DependsOn(typeof(Backend), Port = 8080)]", "[DependsOn( typeof(Backend) , // the API\n    Port=8080 )]");
            Assert.NotEqual(Sources.MyApp, edited.Substring(2));
            return c.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(edited, Generation.ParseOptions, tree.FilePath));
        });
        Assert.Contains(IncrementalStepRunReason.Unchanged, Reasons(second, TrackingNames.Components));
        AssertNothingRegenerated(second);
    }

    [Fact]
    public void ChangingOnePortRerunsOnlyThatComponent()
    {
        var split = new[]
        {
            "using NetCfg; [assembly: LocalNetworkConfig(\"cfg\")]",
            "using NetCfg; [Component(\"a\")] [DependsOn(typeof(B), Port = 80)] public class A { }",
            "using NetCfg; [Component(\"b\")] public class B { }",
            "using NetCfg; [Component(\"c\")] [DependsOn(typeof(B), Port = 90)] public class C { }",
        };
        var (first, second) = RunTwice(Compile(split), c =>
        {
            var tree = c.SyntaxTrees.ElementAt(1);
            return c.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(split[1].Replace("Port = 80", "Port = 81"), Generation.ParseOptions, tree.FilePath));
        });
        var components = Reasons(second, TrackingNames.Components).ToList();
        Assert.Equal(1, components.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, components.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.All(Reasons(second, TrackingNames.ProfileFiles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.Carrier));

        // The carried input changes in that one component only, and the task renders the new port.
        var before = InputCodec.Decode(CarrierOf(first)!.Input).Components;
        var after = InputCodec.Decode(CarrierOf(second)!.Input).Components;
        Assert.Equal(new[] { "A" }, before.Zip(after).Where(pair => pair.First != pair.Second).Select(pair => pair.First.Type));
        Assert.Contains("port: 81", CarrierOf(second)!.File("networkpolicy/component-a.yaml"));
    }

    /// <summary>The reasons of the member outputs: the source-output steps fed by <see cref="TrackingNames.LabelFiles"/>.</summary>
    private static List<IncrementalStepRunReason> MemberOutputs(GeneratorDriverRunResult result) =>
        result.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value)
            .Where(step => step.Inputs.Any(i => i.Source.Name == TrackingNames.LabelFiles))
            .SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();

    private static Dictionary<string, string> MemberFiles(GeneratorDriverRunResult result) =>
        result.GeneratedTrees.Where(t => System.IO.Path.GetFileName(t.FilePath).StartsWith("NetCfgLabels.", StringComparison.Ordinal))
            .ToDictionary(t => t.FilePath, t => t.ToString());

    private static readonly string[] LabelledSplit =
    {
        "using NetCfg; [assembly: LocalNetworkConfig(\"cfg\")]",
        "using NetCfg; namespace N; [Component(\"a\")] [MatchLabel(\"app\", \"a\")] [DependsOn(typeof(B), Port = 80)] public partial class A { }",
        "using NetCfg; namespace N; [Component(\"b\")] public partial class B { }",
        "using NetCfg; namespace N; [Component(\"c\")] [MatchLabel(\"app\", \"c\")] public partial class C { }",
    };

    private static (GeneratorDriverRunResult First, GeneratorDriverRunResult Second) EditFirstComponent(string from, string to) =>
        RunTwice(Compile(LabelledSplit), c =>
        {
            var tree = c.SyntaxTrees.ElementAt(1);
            Assert.Contains(from, LabelledSplit[1]);
            return c.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(LabelledSplit[1].Replace(from, to), Generation.ParseOptions, tree.FilePath));
        });

    [Fact]
    public void EditingOneComponentsLabelRegeneratesOnlyItsMembersFile()
    {
        var (first, second) = EditFirstComponent("[MatchLabel(\"app\", \"a\")]", "[MatchLabel(\"app\", \"a2\")]");
        var files = MemberFiles(first).Count;
        Assert.Equal(files, MemberOutputs(first).Count);
        var members = Reasons(second, TrackingNames.LabelMembers).ToList();
        Assert.Equal(1, members.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, members.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        var outputs = MemberOutputs(second);
        Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(files - 1, outputs.Count(r => r == IncrementalStepRunReason.Cached));

        var before = MemberFiles(first);
        var changed = Assert.Single(MemberFiles(second), pair => before[pair.Key] != pair.Value);
        Assert.Contains("Get(\"app=a2\")", changed.Value);
        Assert.DoesNotContain("Get(\"app=a\")", changed.Value);
    }

    [Fact]
    public void EditingADependencyOrAnUnrelatedFileRegeneratesNoMembers()
    {
        var (_, port) = EditFirstComponent("Port = 80", "Port = 81");
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(port, TrackingNames.Components));
        Assert.All(Reasons(port, TrackingNames.LabelMembers), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.All(MemberOutputs(port), r => Assert.Equal(IncrementalStepRunReason.Cached, r));

        var (first, unrelated) = RunTwice(Compile(LabelledSplit), c => c.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace N; partial class Other { }", Generation.ParseOptions)));
        Assert.NotEmpty(MemberOutputs(unrelated));
        Assert.Equal(MemberFiles(first).Count, MemberOutputs(unrelated).Count);
        Assert.All(MemberOutputs(unrelated), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void NoStepOutputHoldsACompilationSymbolOrSyntax()
    {
        var (first, _) = RunTwice(Compile(Sources.MyApp, Sources.MyWorker.Replace("[assembly: LocalNetworkConfig(\"my-worker-network-config\")]", string.Empty)), c => c);
        foreach (var (step, runs) in first.Results.Single().TrackedSteps.Where(s => AllSteps.Contains(s.Key)))
        {
            foreach (var output in runs.SelectMany(r => r.Outputs))
            {
                AssertNoRoslynObjects(output.Value, step, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, string step, HashSet<object> seen, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || depth > 12 || !seen.Add(value)) return;
        Assert.False(value is Compilation or ISymbol or SyntaxNode or SemanticModel or Location or SyntaxTree, $"step {step} holds a {value.GetType().Name}");
        if (value is IEnumerable items)
        {
            foreach (var item in items) AssertNoRoslynObjects(item, step, seen, depth + 1);
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), step, seen, depth + 1);
        }
    }
}
