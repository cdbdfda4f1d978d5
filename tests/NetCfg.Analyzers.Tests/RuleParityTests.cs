using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using NetCfg.Core.Carrier;
using NetCfg.Core.Rules;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>
/// One rule book: every rule of the core has a case that the analyzers report, and whatever the core finds on the input the
/// generator carries, the analyzers report with the same ID and message. A rule added to the core without a case here fails.
/// </summary>
public sealed class RuleParityTests
{
    private const string Config = "using NetCfg;\n[assembly: LocalNetworkConfig(\"cfg\")]\n";

    private static readonly string Profile = ProfileYaml.Dns("dns");

    private static readonly Lazy<MetadataReference> CorruptExport = new(() =>
        Generation.Compile(new[] { ("Bad.cs", "[assembly: System.Reflection.AssemblyMetadata(\"NetCfg.Components\", \"27:netcfg-components/1\")]") }, assembly: "Bad").ToMetadataReference());

    /// <summary>A case per rule: sources, profile files, and whether it needs the corrupt library.</summary>
    private static readonly Dictionary<string, (string Source, (string Path, string Text)[] Profiles, bool Corrupt)> Cases = new()
    {
        [RuleIds.UnknownProfile] = (Config + "[Component(\"a\")] [DependsOnProfile(\"dsn\")] class A { }", new[] { ("/p/dns.yaml", Profile) }, false),
        [RuleIds.DependencyCycle] = (Config + "[Component(\"a\")] [DependsOn(typeof(B), Port = 1)] class A { } [Component(\"b\")] [DependsOn(typeof(A), Port = 1)] class B { }", Array.Empty<(string, string)>(), false),
        [RuleIds.NotAComponent] = (Config + "[Component(\"a\")] [DependsOn(typeof(string), Port = 1)] class A { }", Array.Empty<(string, string)>(), false),
        [RuleIds.InvalidPort] = (Config + "[Component(\"a\")] [DependsOn(typeof(A), Port = 0)] class A { }", Array.Empty<(string, string)>(), false),
        [RuleIds.DuplicateComponentName] = (Config + "[Component(\"a\")] class A { } [Component(\"a\")] class B { }", Array.Empty<(string, string)>(), false),
        [RuleIds.InvalidSelector] = (Config + "[Component(\"a\")] [MatchLabel(\"bad key\", \"v\")] class A { }", Array.Empty<(string, string)>(), false),
        [RuleIds.InvalidName] = (Config + "[Component(\"A\")] class A { }", Array.Empty<(string, string)>(), false),
        [RuleIds.IdenticalSelector] = (Config + "[Component(\"a\")] [MatchLabel(\"app\", \"x\")] class A { } [Component(\"b\")] [MatchLabel(\"app\", \"x\")] class B { }", Array.Empty<(string, string)>(), false),
        [RuleIds.MalformedProfile] = (Config + "[Component(\"a\")] class A { }", new[] { ("/p/bad.yaml", "kind: [") }, false),
        [RuleIds.DuplicateDependency] = (Config + "[Component(\"a\")] [DependsOn(typeof(A), Port = 1)] [DependsOn<A>(Port = 1)] class A { }", Array.Empty<(string, string)>(), false),
        [RuleIds.MissingPort] = (Config + "[Component(\"a\")] [DependsOn(typeof(A))] class A { }", Array.Empty<(string, string)>(), false),
        [RuleIds.DuplicateProfile] = (Config + "[Component(\"a\")] class A { }", new[] { ("/p/1.yaml", Profile), ("/p/2.yaml", Profile) }, false),
        [RuleIds.ConfigCount] = (Config + "[assembly: LocalNetworkConfig(\"two\")] [Component(\"a\")] class A { }", Array.Empty<(string, string)>(), false),
        [RuleIds.IgnoredAttribute] = (Config + "[Component(\"a\")] class A { } [MatchLabel(\"app\", \"x\")] class B { }", Array.Empty<(string, string)>(), false),
        [RuleIds.UnknownComponentName] = (Config + "[Component(\"a\")] [DependsOn(\"b\", Port = 1)] class A { }", Array.Empty<(string, string)>(), false),
        [RuleIds.UnreadableExport] = (Config + "[Component(\"a\")] class A { }", Array.Empty<(string, string)>(), true),
        [RuleIds.EmptyNetwork] = (Config + "class A { }", Array.Empty<(string, string)>(), false),
        [RuleIds.MalformedWorkload] = (Config + "[Component(\"a\")] class A { }", new[] { ("/deploy/bad.yaml", "kind: [") }, false),
        [RuleIds.SelectsNoWorkload] = (Config + "[Component(\"a\")] class A { }", new[] { ("/deploy/b.yaml", Pod("b", "app.kubernetes.io/name: b")) }, false),
        [RuleIds.UncoveredWorkload] = (Config + "[Component(\"a\")] class A { }", new[] { ("/deploy/a.yaml", Pod("a", "app.kubernetes.io/name: a") + "---\n" + Pod("b", "app: b")) }, false),
        [RuleIds.UndeclaredPortName] = (Config + "[Component(\"a\")] [DependsOn(\"a\", PortName = \"http\")] class A { }", new[] { ("/deploy/a.yaml", Pod("a", "app.kubernetes.io/name: a")) }, false),
        [RuleIds.UndeclaredPort] = (Config + "[Component(\"a\")] [DependsOn(\"a\", Port = 1)] class A { }", new[] { ("/deploy/a.yaml", Pod("a", "app.kubernetes.io/name: a")) }, false),
        [RuleIds.WorkloadSelectedTwice] = (Config + "[Component(\"a\")] [MatchLabel(\"app\", \"x\")] class A { } [Component(\"b\")] [MatchLabel(\"tier\", \"web\")] class B { }", new[] { ("/deploy/x.yaml", Pod("x", "{app: x, tier: web}")) }, false),
    };

    // A Pod with these labels (a flow mapping or one "key: value") and one container on 8080/TCP named web.
    private static string Pod(string name, string labels) =>
        $"apiVersion: v1\nkind: Pod\nmetadata:\n  name: {name}\n  labels: {(labels.StartsWith('{') ? labels : "{" + labels + "}")}\nspec:\n  containers:\n  - name: main\n    ports: [{{containerPort: 8080, name: web}}]\n";

    public static TheoryData<string> Ids() => new(RuleIds.Analyzer);

    [Fact]
    public void EveryRuleHasACase() => Assert.Equal(RuleIds.Analyzer.OrderBy(i => i, StringComparer.Ordinal), Cases.Keys.OrderBy(i => i, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Ids))]
    public void TheAnalyzersReportTheRuleAndEverythingTheCoreFindsOnTheCarriedInput(string id)
    {
        var (source, profiles, corrupt) = Cases[id];
        var references = corrupt ? RoslynReferences.All.Add(CorruptExport.Value) : RoslynReferences.All;
        var files = profiles.Select(p => (AdditionalText)new InMemoryText(p.Path, p.Text)).ToArray();
        var run = Generation.Run(Generation.Compile(new[] { ("/src/App.cs", source) }, references), files);
        var analyzers = run.RunAnalyzers();
        Assert.Empty(analyzers.AnalyzerExceptions);
        var reported = analyzers.NetCfg.Select(d => (d.Id, d.GetMessage(CultureInfo.InvariantCulture))).ToList();
        Assert.Contains(reported, r => r.Id == id);

        var carried = run.Carrier!.Carried;
        var core = carried.Status == CheckedInputCarrier.Status.Error
            ? carried.Problems.Select(p => (p.Id, p.Message))
            : DeclarationCheck.Run(run.Carrier!.Decoded).Problems.Where(p => !p.Echo).Select(p => (p.Id, p.Message));
        Assert.All(core, problem => Assert.Contains(problem, reported));
    }
}
