using System;
using System.IO;
using System.Linq;
using NetCfg.TestKit.Builds;
using Xunit;

namespace NetCfg.Integration.Tests;

/// <summary>A real <c>dotnet build</c>: network.md, the flows that changed in the build output, and network-diff.md against NetCfgBaselineDir.</summary>
[Collection(BuildCollection.Name)]
public sealed class ReviewBuildTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "netcfg-review-sample-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }

    private static string Shop(int port) => $$"""
        using NetCfg;
        [assembly: LocalNetworkConfig("shop")]
        [Component("webapp")]
        [DependsOn<BasketApi>(Port = {{port}})]
        public partial class WebApp { }
        [Component("basket-api")]
        public partial class BasketApi { }
        """;

    private static string[] FlowLines(Processes.Outcome outcome) => outcome.Output.Split('\n')
        .Select(l => l.Trim())
        .Where(l => l.StartsWith("NetCfg: +", StringComparison.Ordinal) || l.StartsWith("NetCfg: \u2212", StringComparison.Ordinal) || l.StartsWith("NetCfg: \u2026", StringComparison.Ordinal))
        .ToArray();

    private static Processes.Outcome Succeeds(Processes.Outcome outcome)
    {
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        return outcome;
    }

    [Fact]
    public void APortChangePrintsExactlyOneRemovedAndOneAddedFlow()
    {
        using var project = new TempProject().Source("Components.cs", Shop(8080));
        var first = Succeeds(project.Build());
        Assert.Empty(FlowLines(first));
        Assert.Contains("| webapp | basket-api | TCP 8080 |", File.ReadAllText(Path.Combine(project.Manifests(), "network.md")), StringComparison.Ordinal);

        project.Source("Components.cs", Shop(8081));
        var changed = Succeeds(project.Build());
        Assert.Equal(new[] { "NetCfg: \u2212 webapp \u2192 basket-api TCP 8080", "NetCfg: + webapp \u2192 basket-api TCP 8081" }, FlowLines(changed));

        var unchanged = Succeeds(project.Build());
        Assert.Empty(FlowLines(unchanged));
        Assert.DoesNotContain("NetCfg ->", unchanged.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ABaselineRunWritesTheDiffAndFollowsTheBaseline()
    {
        using var project = new TempProject().Source("Components.cs", Shop(8080));
        Succeeds(project.Build());
        var baseline = Path.Combine(project.Directory, "baseline");
        Copy(project.Manifests(), baseline);
        var diff = Path.Combine(project.Manifests(), "network-diff.md");

        // What the diff says is BaselineTaskTests' job; here, that the build passes the property and reruns the write.
        project.Source("Components.cs", Shop(8081));
        Succeeds(project.Build("-p:NetCfgBaselineDir=baseline"));
        var text = File.ReadAllText(diff);
        Assert.StartsWith("# Network changes\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\nNo change.\n", text, StringComparison.Ordinal);

        // The declarations stay; the baseline catches up with them (as main does once the PR is merged).
        Directory.Delete(baseline, recursive: true);
        Copy(project.Manifests(), baseline);
        Succeeds(project.Build("-p:NetCfgBaselineDir=baseline"));
        Assert.Contains("\nNo change.\n", File.ReadAllText(diff), StringComparison.Ordinal);

        // Without the property the diff goes.
        Succeeds(project.Build());
        Assert.False(File.Exists(diff));
    }

    [Fact]
    public void ABrokenBaselineWarnsNetcfg103AndWritesNoDiff()
    {
        using var project = new TempProject().Source("Components.cs", Shop(8080))
            .File("baseline/platform/local-network-config.yaml", "kind: [")
            .File("baseline/networkpolicy/component-webapp.yaml", "apiVersion: v1\nkind: ConfigMap\n");
        var result = Succeeds(project.Build("-p:NetCfgBaselineDir=baseline"));
        var warning = Assert.Single(result.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("warning NETCFG103", StringComparison.Ordinal)).Distinct());
        Assert.Contains($"NetCfgBaselineDir '{Path.Combine(project.Directory, "baseline")}' holds no NetCfg manifests the review can read: ", warning, StringComparison.Ordinal);
        Assert.Contains("; no network-diff.md was written.", warning, StringComparison.Ordinal);
        Assert.Contains(project.ProjectFile, warning, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(project.Manifests(), "network-diff.md")));
        Assert.True(File.Exists(Path.Combine(project.Manifests(), "network.md")));
    }

    [Fact]
    public void TheSamplesNetworkMdIsTheCoreSnapshot()
    {
        var result = Processes.DotnetBuild(Repo.Path("samples", "MyApp", "MyApp.csproj"), Repo.Root, $"-p:NetCfgManifestsDir={_out}/");
        Succeeds(result);
        Assert.Equal(
            File.ReadAllText(Repo.Path("tests", "NetCfg.Core.Tests", "Review", "Expected", "myapp-workloads-network.md")),
            File.ReadAllText(Path.Combine(_out, "network.md")));
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
