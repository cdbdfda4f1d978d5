using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>Mangled workload files through the analyzer: no AD0001, and every workload diagnostic has a location.</summary>
public class WorkloadRobustnessTests
{
    private const string Source = "using NetCfg;\n[assembly: LocalNetworkConfig(\"cfg\", Namespace = \"shop\")]\n[Component(\"api\")] [DependsOn(typeof(Api), PortName = \"http\")] [DependsOn(typeof(Api), Port = 8080)] class Api { }\n";

    [Fact]
    public async Task Truncated_and_mangled_workload_files_never_crash_the_analyzer_and_always_point_somewhere()
    {
        var seed = WorkloadYaml.Deployment("api", new[] { "app.kubernetes.io/name=api" }, new[] { "http:8080" }, ns: "shop")
            + "---\napiVersion: v1\nkind: List\nitems:\n- kind: Pod\n  metadata: {name: p, labels: {a: b}}\n  spec: {initContainers: [{name: s, restartPolicy: Always, ports: [{containerPort: 9, name: s}]}]}\n";
        var random = new Random(30);
        for (var i = 0; i < 40; i++)
        {
            var text = seed.ToCharArray();
            for (var k = 0; k < i % 6; k++) text[random.Next(text.Length)] = ":-[]{}#&*\n\t'\""[random.Next(13)];
            var yaml = new string(text).Substring(0, random.Next(text.Length / 2, text.Length + 1));
            var result = await DirectRun.AnalyzeAsync(new[] { ("/src/App.cs", Source) }, new[] { ("/app/deploy/a.yaml", yaml) });
            Assert.Empty(result.Exceptions);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("AD", StringComparison.Ordinal));
            Assert.All(result.Diagnostics.Where(d => d.Id.StartsWith("NETCFG03", StringComparison.Ordinal)), d => Assert.NotEqual(Location.None, d.Location));
        }
    }
}
