using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Evaluation;
using NetCfg.Core.Review.Reading;
using NetCfg.Core.Review.Reports;
using NetCfg.Core.Review.Workloads;
using NetCfg.Core.Rules;
using NetCfg.Core.Workloads;
using NetCfg.TestKit.Builds;
using Xunit;
using static NetCfg.Core.Tests.Fixtures;
using static NetCfg.Core.Tests.Review.ReviewFixtures;
using static NetCfg.TestKit.WorkloadYaml;

namespace NetCfg.Core.Tests.Review;

/// <summary>network.md's workload sections: what each component governs, what none selects, and the files left out.</summary>
public sealed class WorkloadSectionTests
{
    private static readonly ConfigDeclaration Shop = new("shop-network", "shop");

    private static TranslationInput Network() => Input(Shop, new[]
    {
        Component("Web", "web", new[] { L("app", "web") }),
        Component("Api", "api", new[] { L("app", "api") }),
        Component("Idle", "idle", new[] { L("app", "idle") }),
    });

    private static WorkloadFile Parsed(string path, params string[] documents) => WorkloadParser.Parse(path, string.Join("---\n", documents));

    private static string Render(TranslationInput input, params WorkloadFile[] files) =>
        NetworkMarkdown.Render(Flows(input, Labels), WorkloadCoverage.Of(input, files));

    private static IReadOnlyDictionary<string, string> Labels => PeerLabels.For(Array.Empty<NetworkProfile>(), null, TranslationOptions.Default);

    [Fact]
    public void TheSampleWithItsDeployYamlMatchesTheSnapshotAndTodaysBytesArePrefix()
    {
        var yaml = System.IO.File.ReadAllText(Repo.Path("samples", "MyApp", "deploy", "app.yaml"));
        var actual = Render(Fixtures.MyApp(), WorkloadParser.Parse("deploy/app.yaml", yaml));
        System.IO.File.WriteAllText(Path.Combine(Path.GetTempPath(), "myapp-workloads-network.md"), actual);
        Assert.Equal(Expected("myapp-workloads-network.md"), actual);
        Assert.StartsWith(Expected("myapp-network.md"), actual);
        Assert.Contains("\n| backend | Deployment/backend (deploy/app.yaml) |\n| frontend | Deployment/frontend (deploy/app.yaml) |\n", actual);
        Assert.Contains("\nNone: a component selects every workload of the network's namespace.\n", actual);
    }

    [Fact]
    public void WithoutWorkloadFilesTheBytesAreTodays()
    {
        Assert.Null(WorkloadCoverage.Of(Fixtures.MyApp(), Array.Empty<WorkloadFile>()));
        Assert.Equal(Expected("myapp-network.md"), NetworkMarkdown.Render(Flows(Fixtures.MyApp(), Labels), WorkloadCoverage.Of(Fixtures.MyApp(), Array.Empty<WorkloadFile>())));
    }

    [Fact]
    public void EachComponentListsItsWorkloadsInOrdinalOrderWithRelativePathsAndNoLines()
    {
        var text = Render(
            Network(),
            Parsed("deploy/z.yaml", Deployment("web-b", new[] { "app=web" }), Deployment("web-a", new[] { "app=web" })),
            Parsed("deploy/a.yaml", Deployment("api", new[] { "app=api" }), Deployment("web-a", new[] { "app=web" })));
        var rows = text.Split('\n').SkipWhile(l => l != "| Component | Workloads |").Skip(2).TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(
            new[]
            {
                "| api | Deployment/api (deploy/a.yaml) |",
                "| idle | none: the policy protects no pod (NETCFG031) |",
                "| web | Deployment/web-a (deploy/a.yaml), Deployment/web-a (deploy/z.yaml), Deployment/web-b (deploy/z.yaml) |",
            },
            rows);
        Assert.DoesNotContain("yaml(", text);
    }

    [Fact]
    public void WorkloadsNoComponentSelectsAreListedOnlyFromTheNetworksNamespace()
    {
        var text = Render(
            Network(),
            Parsed("deploy/a.yaml", Deployment("web", new[] { "app=web" }), Deployment("batch", new[] { "app=batch" }), Deployment("ops-tool", new[] { "app=tool" }, ns: "ops")),
            Parsed("deploy/b.yaml", Deployment("cache", new[] { "app=cache" }, ns: "shop")));
        Assert.EndsWith(
            "## Workloads no component selects\n\n"
            + "The namespace's default-deny policy leaves their pods no traffic at all, not even DNS (NETCFG032).\n\n"
            + "| Workload | File |\n|---|---|\n"
            + "| Deployment/batch | deploy/a.yaml |\n"
            + "| Deployment/cache | deploy/b.yaml |\n",
            text);
        Assert.DoesNotContain("ops-tool", text);
        Assert.Contains("The workloads of namespace 'shop' in the NetCfgWorkload files", text);
    }

    [Fact]
    public void AFileThatDoesNotReadIsLeftOutAndNamed()
    {
        var bad = Parsed("deploy/bad.yaml", Deployment("api", new[] { "app=api" }), "kind: Deployment\nmetadata: [\n");
        Assert.False(bad.Errors.IsEmpty);
        var text = Render(Network(), Parsed("deploy/web.yaml", Deployment("web", new[] { "app=web" })), bad);
        Assert.Contains("\nLeft out: 1 file that did not read as workload YAML (NETCFG030), so neither section lists their workloads: deploy/bad.yaml.\n", text);
        Assert.Contains("| api | none: the policy protects no pod (NETCFG031) |", text);
        Assert.Contains("| web | Deployment/web (deploy/web.yaml) |", text);
    }

    /// <summary>The report and the analyzer agree: a component lists no workload exactly when NETCFG031 names it, and a workload is uncovered exactly when NETCFG032 names it.</summary>
    [Fact]
    public void TheSectionsSayWhatNetcfg031And032Say()
    {
        var input = Network();
        var files = new List<WorkloadFile>
        {
            Parsed("deploy/a.yaml", Deployment("web", new[] { "app=web", "tier=front" }), Deployment("batch", new[] { "app=batch" })),
            Parsed("deploy/b.yaml", Deployment("api-v2", new[] { "app=api-v2" }), Deployment("api", new[] { "app=api" }, ns: "other")),
        };
        var coverage = WorkloadCoverage.Of(input, files)!;
        var problems = DeclarationCheck.Run(input, files).Problems;
        Assert.Equal(
            problems.Where(p => p.Id == RuleIds.SelectsNoWorkload).Select(p => p.Message.Split('\'')[1]).OrderBy(n => n, StringComparer.Ordinal),
            coverage.Components.Where(c => c.Workloads.IsEmpty).Select(c => c.Component));
        Assert.Equal(new[] { "api", "idle" }, coverage.Components.Where(c => c.Workloads.IsEmpty).Select(c => c.Component));
        Assert.Equal(
            problems.Where(p => p.Id == RuleIds.UncoveredWorkload).Select(p => p.Message.Split(' ')[0]).OrderBy(n => n, StringComparer.Ordinal),
            coverage.Uncovered.Select(w => w.Display));
        Assert.Equal(new[] { "Deployment/api-v2", "Deployment/batch" }, coverage.Uncovered.Select(w => w.Display));
    }
}
