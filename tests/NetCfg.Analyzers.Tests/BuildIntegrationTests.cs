using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace NetCfg.Analyzers.Tests;

/// <summary>
/// A real <c>dotnet build</c> of a throw-away project wired like the samples (ProjectReference the source projects as an
/// Analyzer, import build/*.props and *.targets): an error diagnostic must fail the build with file(line,col): error ID.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BuildIntegrationTests : IDisposable
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromSeconds(150);

    // The source projects were built (in this test's configuration) before the tests ran; the child build only reads them.
    private static readonly string Configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    private readonly ITestOutputHelper _output;
    private readonly string _directory;

    public BuildIntegrationTests(ITestOutputHelper output)
    {
        _output = output;
        _directory = Path.Combine(Path.GetTempPath(), "netcfg-build-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [Fact]
    public void Unknown_profile_fails_the_build_with_file_line_and_column()
    {
        const string source = """
            using NetCfg;

            [assembly: LocalNetworkConfig("my-worker-network-config")]

            namespace MyWorker;

            [Component("my-worker-app")]
            [DependsOnProfile("allow-egress-to-cloudfare-dns")]
            public partial class MyWorkerApp
            {
            }
            """;
        WriteProject(source, ("profiles/dns.yaml", """
            apiVersion: networking.tcs.trifork.com/v1alpha1
            kind: NetworkProfile
            metadata:
              name: allow-egress-to-cloudflare-dns
            spec:
              egress:
                - to:
                    - ipBlock:
                        cidr: 1.1.1.1/32
                  ports:
                    - protocol: UDP
                      port: 53
            """));

        var (exitCode, output) = Build();

        Assert.NotEqual(0, exitCode);
        var (line, column) = Position(source, "\"allow-egress-to-cloudfare-dns\"");
        Assert.Matches(
            new Regex(Regex.Escape($"Components.cs({line},{column}): error NETCFG001: No NetworkProfile file declares profile 'allow-egress-to-cloudfare-dns'; did you mean 'allow-egress-to-cloudflare-dns'?")),
            output);
    }

    [Fact]
    public void Dependency_cycle_fails_the_build_with_file_line_and_column()
    {
        const string source = """
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
        WriteProject(source);

        var (exitCode, output) = Build();

        Assert.NotEqual(0, exitCode);

        // The cycle is reported once, at the first edge in a stable order: Backend → Frontend.
        var (line, column) = Position(source, "typeof(Frontend)");
        Assert.Matches(new Regex(Regex.Escape($"Components.cs({line},{column}): error NETCFG002: Dependency cycle: backend → frontend → backend")), output);
        Assert.Single(Regex.Matches(output, @"Components\.cs\(\d+,\d+\): error NETCFG002.*").Select(m => m.Value.Trim()).Distinct());
    }

    private void WriteProject(string source, params (string Path, string Text)[] profiles)
    {
        var root = RepoRoot();
        File.WriteAllText(Path.Combine(_directory, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <NetCfgTaskHostFactory>true</NetCfgTaskHostFactory>
                <UseSharedCompilation>false</UseSharedCompilation>
                <RestoreUseStaticGraphEvaluation>false</RestoreUseStaticGraphEvaluation>
              </PropertyGroup>
              <Import Project="{root}/build/NetCfg.Generators.props" />
              <ItemGroup>
                <ProjectReference Include="{root}/src/NetCfg.Attributes/NetCfg.Attributes.csproj" />
                <ProjectReference Include="{root}/src/NetCfg.Generators/NetCfg.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{root}/src/NetCfg.Tasks/NetCfg.Tasks.csproj" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(_directory, "Directory.Build.targets"), $"""
            <Project>
              <PropertyGroup>
                <NetCfgTasksAssembly>{root}/src/NetCfg.Tasks/bin/$(Configuration)/netstandard2.0/NetCfg.Tasks.dll</NetCfgTasksAssembly>
              </PropertyGroup>
              <Import Project="{root}/build/NetCfg.Generators.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(_directory, "App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <NetworkProfile Include="profiles/*.yaml" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(_directory, "Components.cs"), source);
        foreach (var (path, text) in profiles)
        {
            var full = Path.Combine(_directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    private (int ExitCode, string Output) Build()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", "App.csproj", "-nodeReuse:false", "-nologo", "-p:UseSharedCompilation=false", "-p:BuildProjectReferences=false", "-c", Configuration })
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under `dotnet test`; its MSBuild variables must not leak into the child build.
        foreach (var key in new System.Collections.Generic.List<string>(start.Environment.Keys))
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(BuildTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet build did not finish in {BuildTimeout}:\n{output}");
        }

        process.WaitForExit();
        var text = output.ToString();
        _output.WriteLine($"dotnet build exited {process.ExitCode} in {clock.Elapsed.TotalSeconds:F1} s");
        _output.WriteLine(text);
        return (process.ExitCode, text);
    }

    private static (int Line, int Column) Position(string source, string needle)
    {
        var index = source.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(index >= 0, needle);
        var before = source.Substring(0, index);
        var line = before.Split('\n').Length;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }

    private static string RepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NetCfg.Generators.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException("NetCfg.Generators.sln not found above " + AppContext.BaseDirectory);
    }
}
