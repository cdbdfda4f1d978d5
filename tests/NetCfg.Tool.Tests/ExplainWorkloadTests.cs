using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;
using static NetCfg.Core.Tests.Fixtures;

namespace NetCfg.Tool.Tests;

/// <summary>
/// Issue 20: explain resolves TO's named ports with the workload files (--workloads, or the project's NetCfgWorkload
/// items): a plain verdict that names the workload and container port, and a condition only where the files do not settle it.
/// </summary>
public sealed class ExplainWorkloadTests : System.IDisposable
{
    private readonly ManifestFolders _folders = new();
    private readonly string _named;

    public ExplainWorkloadTests()
    {
        var http = new Core.Model.DependencyDeclaration(new Core.Model.TargetRef(Core.Model.TargetShape.Class, "MyApp.Backend", "MyApp.Backend", Assembly, null), null, null, 0, "http");
        _named = _folders.Write("named", Input(
            new Core.Model.ConfigDeclaration("my-app-network-config", null),
            new[] { Component("MyApp.Frontend", "frontend", deps: new[] { http }), Component("MyApp.Backend", "backend") }));
    }

    public void Dispose() => _folders.Dispose();

    private string Workloads(string name, params (string Workload, string Ports)[] deployments)
    {
        var text = string.Join("---\n", deployments.Select(d => $"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {d.Workload}
            spec:
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: backend
                spec:
                  containers:
                    - name: server
                      ports:
            {d.Ports}

            """));
        var path = Path.Combine(_folders.Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Http8080 = "            - name: http\n              containerPort: 8080";

    [Fact]
    public void AWorkloadThatDeclaresTheNameGivesAPlainVerdictAndNamesIt()
    {
        Workloads("deploy/app.yaml", ("backend", Http8080));
        var allowed = ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "8080", "--manifests", _named, "--workloads", "deploy/*.yaml");
        Assert.Equal(0, allowed.ExitCode);
        Assert.StartsWith("ALLOWED: frontend \u2192 backend on TCP 8080.\n", allowed.Out);
        Assert.Contains("    named ports: TCP http is 8080: container port http 8080/TCP of Deployment/backend (deploy/app.yaml(4,9))\n", allowed.Out);
        Assert.Contains("netcfg: named ports from workloads in deploy/app.yaml", allowed.Error);

        var denied = ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "9090", "--manifests", _named, "--workloads", "deploy/app.yaml");
        Assert.Equal(1, denied.ExitCode);
        Assert.StartsWith("DENIED: frontend \u2192 backend on TCP 9090: the egress of frontend does not allow it and the ingress of backend does not allow it.", denied.Out);
        Assert.Contains("nearest miss: rule 1 of my-app-network-config.frontend", denied.Out);
        Assert.Contains("TCP http is 8080: container port http 8080/TCP of Deployment/backend", denied.Out);

        var ranges = ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "--manifests", _named, "--workloads", "deploy/**/*.yaml");
        Assert.Equal(0, ranges.ExitCode);
        Assert.StartsWith("ALLOWED: frontend \u2192 backend on TCP 8080; denied on everything else.", ranges.Out);

        var byName = ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "8080", "--manifests", _folders.Write("numbered", MyApp()), "--workloads", "deploy/app.yaml");
        Assert.Equal(0, ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "http", "--manifests", _folders.Write("numbered2", MyApp()), "--workloads", "deploy/app.yaml").ExitCode);
        Assert.Equal(0, byName.ExitCode);
        Assert.Equal(1, ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "http/udp", "--manifests", _folders.Write("numbered3", MyApp()), "--workloads", "deploy/app.yaml").ExitCode);
    }

    [Fact]
    public void WhereTheFilesDoNotSettleTheNumberTheVerdictStaysConditional()
    {
        Workloads("none.yaml", ("backend", "            - name: grpc\n              containerPort: 9000"));
        var undeclared = ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "8080", "--manifests", _named, "--workloads", "none.yaml");
        Assert.Equal(1, undeclared.ExitCode);
        Assert.StartsWith("ALLOWED IF NAMED PORTS MATCH: frontend \u2192 backend on TCP 8080, if backend's port named http is 8080.", undeclared.Out);
        Assert.Contains("named ports: no workload of backend (Deployment/backend (none.yaml(4,9))) declares a TCP port named http", undeclared.Out);

        Workloads("two.yaml", ("backend", Http8080), ("backend-canary", "            - name: http\n              containerPort: 9090"));
        var differs = ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "8080", "--manifests", _named, "--workloads", "two.yaml");
        Assert.Equal(1, differs.ExitCode);
        Assert.StartsWith("ALLOWED IF NAMED PORTS MATCH:", differs.Out);
        Assert.Contains("TCP http differs among backend's pods: 8080 in Deployment/backend (two.yaml(4,9)), 9090 in Deployment/backend-canary (two.yaml(", differs.Out);

        // A pod without the name cannot take the flow: one workload that lacks it keeps the verdict conditional.
        Workloads("partial.yaml", ("backend", Http8080), ("backend-legacy", "            - name: grpc\n              containerPort: 9000"));
        var partial = ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "8080", "--manifests", _named, "--workloads", "partial.yaml");
        Assert.Equal(1, partial.ExitCode);
        Assert.StartsWith("ALLOWED IF NAMED PORTS MATCH:", partial.Out);
        Assert.Contains("TCP http is 8080 in Deployment/backend (partial.yaml(4,9)), but Deployment/backend-legacy (partial.yaml(", partial.Out);
        Assert.Contains(") declares no TCP port named http", partial.Out);

        var none = ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "8080", "--manifests", _named);
        Assert.Equal(1, none.ExitCode);
        Assert.Contains("no workload files", none.Error);
        Assert.DoesNotContain("named ports:", none.Out);
    }

    [Fact]
    public void ABadWorkloadFileIsAnInputErrorAtItsLineAndColumn()
    {
        File.WriteAllText(Path.Combine(_folders.Root, "bad.yaml"), "kind: Deployment\nmetadata:\n  name: backend\nspec:\n  template:\n    spec:\n      containers:\n        - ports:\n            - containerPort: 70000\n");
        var run = ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "8080", "--manifests", _named, "--workloads", "bad.yaml");
        Assert.Equal((2, string.Empty), (run.ExitCode, run.Out));
        Assert.Contains("bad.yaml:9:", run.Error);
        Assert.Contains("error: ", run.Error);
        var missing = ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "8080", "--manifests", _named, "--workloads", "nothing/*.yaml");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--workloads nothing/*.yaml: no file matches", missing.Error);
    }

    [Fact]
    public void TheJsonCarriesTheNamedPorts()
    {
        Workloads("app.yaml", ("backend", Http8080));
        using var json = JsonDocument.Parse(ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "8080", "--manifests", _named, "--workloads", "app.yaml", "--json").Out);
        Assert.Equal("allowed", json.RootElement.GetProperty("verdict").GetString());
        var rule = json.RootElement.GetProperty("ingress").GetProperty("allowing").EnumerateArray().Single();
        Assert.Equal(("TCP http", "yes"), (rule.GetProperty("ports").GetString(), rule.GetProperty("match").GetString()));
        Assert.StartsWith("TCP http is 8080: container port http 8080/TCP of Deployment/backend (app.yaml(4,9))", rule.GetProperty("namedPorts").GetString());
    }

    [Fact]
    public void MsBuildsAnswerGivesTheManifestsFolderAndTheWorkloadItems()
    {
        var project = Path.Combine(_folders.Root, "p", "App.csproj");
        var json = """
            { "Properties": { "NetCfgManifestsDir": "bin\\Debug/net10.0/manifests/" },
              "Items": { "NetCfgWorkload": [ { "Identity": "deploy/b.yaml", "FullPath": "/x/deploy/b.yaml" }, { "Identity": "deploy/a.yaml", "FullPath": "/x/deploy/a.yaml" } ] } }
            """;
        var facts = ProjectFacts.Parse(project, json)!;
        Assert.Equal(Path.Combine(_folders.Root, "p", "bin", "Debug", "net10.0", "manifests") + Path.DirectorySeparatorChar, facts.ManifestsDir);
        Assert.Equal(new[] { "/x/deploy/a.yaml", "/x/deploy/b.yaml" }, facts.Workloads);
        Assert.Empty(ProjectFacts.Parse(project, """{ "Properties": { "NetCfgManifestsDir": "" } }""")!.Workloads);
        Assert.Null(ProjectFacts.Parse(project, "MSB1009: Project file does not exist."));
    }
}
