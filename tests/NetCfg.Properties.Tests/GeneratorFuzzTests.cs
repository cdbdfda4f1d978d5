using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using NetCfg.Properties.Tests.Fuzz;
using NetCfg.Properties.Tests.Checks;
using NetCfg.Properties.Tests.Harness;
using NetCfg.Properties.Tests.Topologies;
using Xunit;
using NetCfg.TestKit;
using NetCfg.Core.Carrier;

namespace NetCfg.Properties.Tests;

/// <summary>
/// Issue 4, part 4: hostile input never crashes the compiler. The real generator and every analyzer of its assembly
/// (found by reflection) run on mangled C#, hostile profile files and hostile strings; see <see cref="FuzzOutcome"/>
/// for what every outcome must satisfy.
/// </summary>
public sealed class GeneratorFuzzTests
{
    /// <summary>Reflection finds the analyzers: together they support every NETCFG descriptor the generator assembly declares.</summary>
    [Fact]
    public void TheFuzzRunsEveryAnalyzerOfTheGeneratorAssembly()
    {
        var declared = typeof(NetCfg.Generators.NetCfgGenerator).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id)
            .Where(id => id.StartsWith("NETCFG", StringComparison.Ordinal))
            .ToHashSet();
        var supported = Analysis.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet();
        Assert.NotEmpty(declared);
        Assert.Empty(declared.Except(supported));
    }

    [Fact]
    public void MangledSourceNeverCrashesTheGeneratorOrAnalyzers() =>
        FuzzedSource.Gen.Sample(
            fuzzed => FuzzOutcome.Of(fuzzed.Run()).Assert(),
            iter: PropertyRuns.Scaled(0.25),
            print: FuzzedSource.Describe);

    [Fact]
    public void HostileProfileFilesNeverCrashAndAreReported() =>
        FuzzedProfile.Gen.Sample(
            fuzzed =>
            {
                var outcome = FuzzOutcome.Of(fuzzed.Run());
                outcome.Assert(fuzzed.CertainlyMalformed ? MalformedProfileProblems(outcome, FuzzedProfile.FuzzedPath) : null);
            },
            iter: PropertyRuns.Scaled(0.25),
            print: FuzzedProfile.Describe);

    [Theory]
    [InlineData("comments")]
    [InlineData("one long scalar")]
    [InlineData("many documents")]
    [InlineData("long flow list")]
    public void HugeProfileFilesAreRefusedWithoutCrashing(string shape)
    {
        const int size = 2 * 1024 * 1024;
        var text = shape switch
        {
            "comments" => string.Concat(Enumerable.Repeat("# a comment line that is not YAML content\n", (size / 42) + 1)),
            "one long scalar" => "apiVersion: " + new string('x', size) + "\n",
            "many documents" => string.Concat(Enumerable.Range(0, (size / FuzzedProfile.ValidProfile.Length) + 1).Select(i => FuzzedProfile.ValidProfile.Replace("spare", "p" + i, StringComparison.Ordinal) + "---\n")),
            _ => "x: [" + string.Concat(Enumerable.Repeat("1, ", size / 3)) + "1]\n",
        };
        var clock = Stopwatch.StartNew();
        var run = SourceWriter.Run(
            new[] { ("App.cs", "using NetCfg;\n[assembly: LocalNetworkConfig(\"c\")]\n[Component(\"a\")]\n[DependsOnProfile(\"p1\")]\npublic partial class A { }\n") },
            new AdditionalText[] { new InMemoryText("profiles/huge.yaml", text) },
            new Dictionary<string, string>());
        var outcome = FuzzOutcome.Of(run);
        outcome.Assert(MalformedProfileProblems(outcome, "profiles/huge.yaml"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"a {text.Length}-character profile took {clock.Elapsed}");
    }

    [Fact]
    public void HostileStringsNeverInjectYamlAndComeOutExactly() =>
        HostileString.Gen.Sample(
            hostile =>
            {
                var outcome = FuzzOutcome.Of(SourceWriter.Run(hostile.Topology));
                var problems = new List<string>();
                if (hostile.ExpectedValid && outcome.Status != CheckedInputCarrier.Status.Ok) problems.Add($"Kubernetes accepts the string but the status is '{outcome.Status}':\n{outcome.Run.Carrier?.Errors}");
                if (!hostile.ExpectedValid && outcome.Status != CheckedInputCarrier.Status.Error) problems.Add($"Kubernetes rejects the string but the status is '{outcome.Status}'");
                if (outcome.Status == CheckedInputCarrier.Status.Ok) problems.AddRange(EmittedObjectChecks.Check(hostile.Topology, Manifests.From(outcome.Run.Carrier!, hostile.Topology)));
                outcome.Assert(problems);
            },
            iter: PropertyRuns.Scaled(0.25),
            print: HostileString.Describe);

    [Fact]
    public void InvalidTopologiesAreReportedAtCompileTime() =>
        InvalidTopologyGen.Broken.Sample(
            broken =>
            {
                var outcome = FuzzOutcome.Of(SourceWriter.Run(broken.Topology));
                outcome.Assert(outcome.Status == CheckedInputCarrier.Status.Error ? null : new[] { $"status '{outcome.Status}', expected 'error'" });
            },
            iter: PropertyRuns.Scaled(0.25),
            print: InvalidTopologyProperties.Describe);

    [Fact]
    public void ValidTopologiesCompileWithoutErrorsOtherThanCycles() =>
        TopologyGen.Valid.Sample(
            topology =>
            {
                var outcome = FuzzOutcome.Of(SourceWriter.Run(topology));
                var unexpected = outcome.Analyzers.Errors.Where(d => d.Id != "NETCFG002").Select(d => "unexpected error: " + d);
                outcome.Assert(outcome.Status == CheckedInputCarrier.Status.Ok ? unexpected : unexpected.Append($"status '{outcome.Status}'"));
            },
            iter: PropertyRuns.Scaled(0.125),
            print: SourceWriter.Describe);

    // Input that can only be wrong must be refused (status error, no files) and reported at the profile file.
    private static IEnumerable<string> MalformedProfileProblems(FuzzOutcome outcome, string path)
    {
        if (outcome.Status != CheckedInputCarrier.Status.Error) yield return $"a malformed profile file gave status '{outcome.Status}'";
        if (!outcome.Analyzers.NetCfgErrors.Any(d => d.Id == "NETCFG009" && d.Location.GetLineSpan().Path == path))
        {
            yield return $"no NETCFG009 at {path}";
        }
    }
}
