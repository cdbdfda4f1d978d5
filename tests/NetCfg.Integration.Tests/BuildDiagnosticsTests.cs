using System;
using System.Linq;
using System.Text.RegularExpressions;
using NetCfg.TestKit;
using NetCfg.TestKit.Builds;
using Xunit;

namespace NetCfg.Integration.Tests;

/// <summary>A real <c>dotnet build</c>: an error diagnostic fails the build with <c>file(line,col): error ID</c>, once.</summary>
[Collection(BuildCollection.Name)]
public sealed class BuildDiagnosticsTests
{
    private const string Worker = """
        using NetCfg;

        [assembly: LocalNetworkConfig("my-worker-network-config")]

        namespace MyWorker;

        [Component("my-worker-app")]
        [DependsOnProfile("allow-egress-to-cloudfare-dns")]
        public partial class MyWorkerApp
        {
        }
        """;

    private const string Cycle = """
        using NetCfg;

        [assembly: LocalNetworkConfig("my-app-network-config")]

        namespace MyApp;

        [Component("frontend")]
        [DependsOn(typeof(Backend), Port = 8080)]
        public partial class Frontend
        {
        }

        [Component("backend")]
        [DependsOn(typeof(Frontend), Port = 8080)]
        public partial class Backend
        {
        }
        """;

    [Fact]
    public void UnknownProfileFailsTheBuildWithFileLineAndColumn()
    {
        using var project = new TempProject(extraProject: """<ItemGroup><NetworkProfile Include="profiles/*.yaml" /></ItemGroup>""")
            .Source("Components.cs", Worker)
            .File("profiles/dns.yaml", SampleProfiles.CloudflareDns);
        var result = project.Build();
        Assert.NotEqual(0, result.ExitCode);
        var (line, column) = Position(Worker, "\"allow-egress-to-cloudfare-dns\"");
        Assert.Contains($"Components.cs({line},{column}): error NETCFG001: No NetworkProfile file declares profile 'allow-egress-to-cloudfare-dns'; did you mean 'allow-egress-to-cloudflare-dns'?", result.Output);
    }

    [Fact]
    public void DependencyCycleFailsTheBuildOnceWithFileLineAndColumn()
    {
        using var project = new TempProject().Source("Components.cs", Cycle);
        var result = project.Build();
        Assert.NotEqual(0, result.ExitCode);

        // Reported once, at the first edge in a stable order: Backend → Frontend.
        var (line, column) = Position(Cycle, "typeof(Frontend)");
        Assert.Contains($"Components.cs({line},{column}): error NETCFG002: Dependency cycle: backend → frontend → backend", result.Output);
        Assert.Single(Regex.Matches(result.Output, @"Components\.cs\(\d+,\d+\): error NETCFG002.*").Select(m => m.Value.Trim()).Distinct());
    }

    private static (int Line, int Column) Position(string source, string needle)
    {
        var index = source.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(index >= 0, needle);
        var before = source.Substring(0, index);
        return (before.Split('\n').Length, index - (before.LastIndexOf('\n') + 1) + 1);
    }
}
