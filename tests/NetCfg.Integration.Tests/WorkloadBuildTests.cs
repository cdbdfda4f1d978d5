using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NetCfg.TestKit.Builds;
using Xunit;

namespace NetCfg.Integration.Tests;

/// <summary>
/// Real builds of copies of the MyApp sample with its <c>deploy/</c> YAML as NetCfgWorkload items: the copy as committed
/// builds without a workload diagnostic, a broken copy prints each break once with file, line and column.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class WorkloadBuildTests
{
    private static readonly string Components = File.ReadAllText(Path.Combine(Repo.Root, "samples", "MyApp", "Components.cs"));
    private static readonly string Deploy = File.ReadAllText(Path.Combine(Repo.Root, "samples", "MyApp", "deploy", "app.yaml"));

    private static TempProject Copy(string deploy) =>
        new TempProject(extraProject: """<ItemGroup><NetCfgWorkload Include="deploy/**/*.yaml" /></ItemGroup>""")
            .Source("Components.cs", Components)
            .File("deploy/app.yaml", deploy);

    [Fact]
    public void The_samples_workloads_fit_and_a_broken_copy_reports_each_break_once()
    {
        using (var clean = Copy(Deploy))
        {
            var result = clean.Build();
            Assert.Equal(0, result.ExitCode);
            Assert.DoesNotMatch("NETCFG03", result.Output);
        }

        var broken = Deploy.Replace("containerPort: 8080", "containerPort: 8081").Replace("        app.kubernetes.io/name: frontend\n    spec:", "        app.kubernetes.io/name: web\n    spec:");
        using var project = Copy(broken);
        var output = project.Build().Output;
        var lines = Regex.Matches(output, @"([^/\s]+\(\d+,\d+\): (?:warning|error) NETCFG03\d: .*?) \(https://").Select(m => m.Groups[1].Value).Distinct().OrderBy(l => l, System.StringComparer.Ordinal).ToList();
        var port = Position(Components, "Port = 8080");
        var config = Position(Components, "LocalNetworkConfig(\"my-app-network-config\")");
        var frontend = Position(Components, "Component(\"frontend\")");
        Assert.Equal(
            new[]
            {
                $"Components.cs({config.Line},{config.Column}): warning NETCFG032: Deployment/frontend (deploy/app.yaml(5,9)) is selected by no component of 'my-app-network-config': the default-deny policy of the network's namespace leaves its pods no traffic at all, not even DNS",
                $"Components.cs({frontend.Line},{frontend.Column}): warning NETCFG031: Component 'frontend' selects no workload of the network's namespace: no pod template in the workload files has app.kubernetes.io/name: frontend, so its policy protects nothing and every flow to it goes nowhere (Deployment/frontend (deploy/app.yaml(5,9)) has app.kubernetes.io/name: web; Deployment/backend (deploy/app.yaml(39,9)) has app.kubernetes.io/name: backend)",
                $"Components.cs({port.Line},{port.Column}): warning NETCFG034: No container of the pods of 'backend' declares TCP port 8080 (Deployment/backend (deploy/app.yaml(39,9)) declares 8081/TCP): unless a container listens there without declaring it, the flow from 'frontend' goes nowhere",
            }.OrderBy(l => l, System.StringComparer.Ordinal),
            lines);
    }

    [Fact]
    public void A_malformed_workload_file_fails_the_build_at_its_line_and_column()
    {
        using var project = Copy(Deploy.Replace("containerPort: 3000", "containerPort: http"));
        var result = project.Build();
        Assert.NotEqual(0, result.ExitCode);
        Assert.Single(Regex.Matches(result.Output, @"deploy/app\.yaml\(22,30\): error NETCFG030: Malformed workload file: containerPort must be a number from 1 to 65535").Select(m => m.Value).Distinct());
    }

    [Fact]
    public void NetworkMdListsTheWorkloadsAndRendersAgainWhenAWorkloadFileIsAddedEditedOrRemoved()
    {
        using var project = Copy(Deploy);
        var networkMd = Path.Combine(project.Manifests(), "network.md");
        Assert.Equal(0, project.Build().ExitCode);
        Assert.Contains("\n| backend | Deployment/backend (deploy/app.yaml) |\n| frontend | Deployment/frontend (deploy/app.yaml) |\n", File.ReadAllText(networkMd));
        var noop = project.Build();
        Assert.DoesNotContain("NetCfg ->", noop.Output);

        File.WriteAllText(Path.Combine(project.Directory, "deploy", "batch.yaml"), Batch("batch"));
        Assert.Equal(0, project.Build().ExitCode);
        Assert.EndsWith("| Workload | File |\n|---|---|\n| Deployment/batch | deploy/batch.yaml |\n", File.ReadAllText(networkMd));

        File.WriteAllText(Path.Combine(project.Directory, "deploy", "batch.yaml"), Batch("batch-v2"));
        Assert.Equal(0, project.Build().ExitCode);
        Assert.EndsWith("| Deployment/batch-v2 | deploy/batch.yaml |\n", File.ReadAllText(networkMd));

        File.Delete(Path.Combine(project.Directory, "deploy", "batch.yaml"));
        Assert.Equal(0, project.Build().ExitCode);
        Assert.EndsWith("\nNone: a component selects every workload of the network's namespace.\n", File.ReadAllText(networkMd));
    }

    private static string Batch(string name) =>
        $"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\nspec:\n  template:\n    metadata:\n      labels:\n        app: batch\n    spec:\n      containers:\n        - name: c\n          image: busybox\n";

    private static (int Line, int Column) Position(string source, string text)
    {
        var index = source.IndexOf(text, System.StringComparison.Ordinal);
        var before = source.Substring(0, index);
        return (before.Count(c => c == '\n') + 1, index - before.LastIndexOf('\n'));
    }
}
