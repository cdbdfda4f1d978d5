using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NetCfg.Core.Import;
using NetCfg.TestKit.Builds;
using Xunit;

namespace NetCfg.Integration.Tests;

/// <summary>
/// The packed `netcfg` tool, installed from a local feed into a temp tool path, runs every command: it imports the platform
/// guide's first example, a real build of the imported code (with the packed NetCfg.Generators) gives back an equal
/// LocalNetworkConfig, and flows, explain and diff read that build's manifests.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "netcfg-tool-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void TheInstalledToolRunsEveryCommand()
    {
        var feed = Path.Combine(_root, "feed");
        Run("dotnet", $"pack \"{Repo.Path("src", "NetCfg.Package", "NetCfg.Package.csproj")}\" --no-build -c {Repo.Configuration} -o \"{feed}\" -nodeReuse:false -tl:off", Repo.Root);
        Run("dotnet", $"pack \"{Repo.Path("src", "NetCfg.Tool", "NetCfg.Tool.csproj")}\" -c {Repo.Configuration} -o \"{feed}\" -nodeReuse:false -tl:off", Repo.Root);
        var packages = Directory.GetFiles(feed, "*.nupkg").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "NetCfg.Generators.0.1.0.nupkg", "NetCfg.Tool.0.1.0.nupkg" }, packages); // one version for both

        var tools = Path.Combine(_root, "tools");
        var netcfg = Path.Combine(tools, "netcfg");
        WithTempPackages(() => Run("dotnet", $"tool install NetCfg.Tool --tool-path \"{tools}\" --add-source \"{feed}\" --version 0.1.0", _root));
        Assert.Equal("0.1.0", Run(netcfg, "--version", _root).Trim());
        Assert.Contains("explain", Run(netcfg, "--help", _root));

        // import, then a real build of what it wrote.
        var app = Path.Combine(_root, "app");
        var guide = Repo.Path("tests", "NetCfg.Core.Tests", "Guide", "my-app-network-config.yaml");
        Run(netcfg, $"import \"{guide}\" --out \"{app}\"", _root);
        File.WriteAllText(Path.Combine(app, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(app, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RestorePackagesPath>{Path.Combine(_root, "packages")}</RestorePackagesPath>
                <RestoreAdditionalProjectSources>{feed}</RestoreAdditionalProjectSources>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NetCfg.Generators" Version="0.1.0" />
                <NetCfgWorkload Include="deploy/*.yaml" />
              </ItemGroup>
            </Project>
            """);
        Directory.CreateDirectory(Path.Combine(app, "deploy"));
        File.WriteAllText(Path.Combine(app, "deploy", "app.yaml"), Workloads);
        Run("dotnet", "build -nodeReuse:false -tl:off", app);
        var manifests = Path.Combine(app, "bin", "Debug", "net10.0", "manifests");
        var problems = new List<ImportProblem>();
        var before = ConfigImport.Read(File.ReadAllText(guide), problems)!;
        var after = ConfigImport.Read(File.ReadAllText(Path.Combine(manifests, "platform", "local-network-config.yaml")), problems)!;
        Assert.Empty(problems);
        Assert.Equal(before.Name, after.Name);
        Assert.Equal(before.Components.Select(c => (c.Name, c.Selector, c.DependsOn)), after.Components.Select(c => (c.Name, c.Selector, c.DependsOn)));

        // flows finds the project's manifests itself and says which folder it used.
        var flows = Processes.Run(netcfg, "flows", app);
        Assert.True(flows.ExitCode == 0, flows.ToString());
        Assert.Contains("frontend   backend", flows.Output);
        Assert.Contains("using manifests in " + manifests, flows.Output);

        // In the project's folder, explain finds its manifests and its NetCfgWorkload files, resolves the named port with
        // them, and quotes the attribute as the imported code writes it.
        var explained = Processes.Run(netcfg, "explain frontend backend http", app);
        Assert.True(explained.ExitCode == 0, explained.ToString());
        Assert.Contains("named ports from workloads in deploy/app.yaml", explained.Output);
        Assert.Contains("declared by [DependsOn(typeof(Backend), Port = 8080)] on ", explained.Output);
        Assert.Contains("ALLOWED: frontend \u2192 backend on TCP 8080.", Run(netcfg, $"explain frontend backend 8080 --manifests \"{manifests}\"", _root));
        Assert.Equal(1, Processes.Run(netcfg, $"explain frontend backend 9090 --manifests \"{manifests}\"", _root).ExitCode);
        Assert.Contains("No change.", Run(netcfg, $"diff \"{manifests}\" \"{manifests}\" --exit-code", _root));
        Assert.Equal(2, Processes.Run(netcfg, "flows --format xml", _root).ExitCode);
    }

    private const string Workloads = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: frontend
        spec:
          template:
            metadata:
              labels:
                app.kubernetes.io/name: frontend
            spec:
              containers:
                - name: web
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: backend
        spec:
          template:
            metadata:
              labels:
                app.kubernetes.io/name: backend
            spec:
              containers:
                - name: api
                  ports:
                    - name: http
                      containerPort: 8080

        """;

    private static string Run(string file, string arguments, string directory)
    {
        var result = Processes.Run(file, arguments, directory);
        Assert.True(result.ExitCode == 0, $"{file} {arguments}\n{result}");
        return result.Output;
    }

    // The tool's package goes to a cache of its own: a stale NetCfg.Tool 0.1.0 in the user's cache is never installed.
    private void WithTempPackages(Action action)
    {
        var before = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        Environment.SetEnvironmentVariable("NUGET_PACKAGES", Path.Combine(_root, "tool-packages"));
        try
        {
            action();
        }
        finally
        {
            Environment.SetEnvironmentVariable("NUGET_PACKAGES", before);
        }
    }
}
