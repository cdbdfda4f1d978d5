using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using NetCfg.TestKit.Builds;
using Xunit;

namespace NetCfg.Integration.Tests;

/// <summary>The package alone gives a brand-new project the full behaviour.</summary>
[Collection(BuildCollection.Name)]
public sealed class PackageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "netcfg-pkg-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private string Pack()
    {
        var feed = Path.Combine(_root, "feed");
        var result = Processes.Run("dotnet", $"pack \"{Repo.Path("src", "NetCfg.Package", "NetCfg.Package.csproj")}\" --no-build -c {Repo.Configuration} -o \"{feed}\" -nodeReuse:false -tl:off", Repo.Root);
        Assert.True(result.ExitCode == 0, result.ToString());
        return Directory.GetFiles(feed, "NetCfg.Generators.*.nupkg").Single();
    }

    [Fact]
    public void PackageHasTheDocumentedLayout()
    {
        using var zip = ZipFile.OpenRead(Pack());
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("analyzers/dotnet/cs/NetCfg.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/NetCfg.Core.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/NetCfg.CodeFixes.dll", entries);
        Assert.Contains("attributes/netstandard2.0/NetCfg.Attributes.dll", entries); // a compile-only reference the targets add
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        Assert.Contains("tasks/netstandard2.0/NetCfg.Tasks.dll", entries);
        foreach (var folder in new[] { "build", "buildTransitive" })
        {
            Assert.Contains($"{folder}/NetCfg.Generators.props", entries);
            Assert.Contains($"{folder}/NetCfg.Generators.targets", entries);
        }

        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.DoesNotContain("<dependency ", nuspec);
        Assert.Contains("<developmentDependency>true</developmentDependency>", nuspec);
    }

    [Fact]
    public void ANewProjectWithOnlyThePackageReferenceWritesTheManifests()
    {
        var package = Pack();
        var version = Path.GetFileNameWithoutExtension(package).Substring("NetCfg.Generators.".Length);
        var app = Path.Combine(_root, "consumer");
        Directory.CreateDirectory(Path.Combine(app, "profiles"));
        File.WriteAllText(Path.Combine(app, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(app, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(app, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RestorePackagesPath>{Path.Combine(_root, "packages")}</RestorePackagesPath>
                <RestoreAdditionalProjectSources>{Path.GetDirectoryName(package)}</RestoreAdditionalProjectSources>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NetCfg.Generators" Version="{version}" />
                <NetworkProfile Include="profiles/*.yaml" />
              </ItemGroup>
            </Project>
            """);
        File.Copy(Repo.Path("samples", "profiles", "allow-egress-to-cloudflare-dns.yaml"), Path.Combine(app, "profiles", "cloudflare.yaml"));
        File.WriteAllText(Path.Combine(app, "Components.cs"), """
            using NetCfg;
            [assembly: LocalNetworkConfig("consumer", Namespace = "shop")]
            [Component("worker")]
            [DependsOnProfile("allow-egress-to-cloudflare-dns")]
            [DependsOn<Db>(Port = 5432)]
            public partial class Worker { }
            [Component("db")]
            public partial class Db { }
            """);

        var result = Processes.Run("dotnet", "build -nodeReuse:false -tl:off", app);
        Assert.True(result.ExitCode == 0, result.ToString());
        var manifests = Path.Combine(app, "bin", "Debug", "net10.0", "manifests");
        Assert.Contains($"NetCfg -> {manifests}/", result.Output);
        Assert.Equal(
            new[] { "network-sources.yaml", "network.md", "networkpolicy/component-db.yaml", "networkpolicy/component-worker.yaml", "networkpolicy/default-deny.yaml", "networkpolicy/kustomization.yaml", "platform/kustomization.yaml", "platform/local-network-config.yaml" },
            TempProject.Tree(manifests).Where(f => !f.StartsWith(".netcfg", StringComparison.Ordinal)));
        Assert.Contains("1.1.1.1/32", File.ReadAllText(Path.Combine(manifests, "networkpolicy", "component-worker.yaml")));
        Assert.Contains("namespace: shop", File.ReadAllText(Path.Combine(manifests, "platform", "local-network-config.yaml")));

        // The attributes are [Conditional]: nothing references the attribute assembly at run time.
        var built = File.ReadAllBytes(Path.Combine(app, "bin", "Debug", "net10.0", "Consumer.dll"));
        Assert.Equal(-1, IndexOf(built, System.Text.Encoding.UTF8.GetBytes("NetCfg.Attributes")));
        Assert.DoesNotContain("NetCfg", File.ReadAllText(Path.Combine(app, "bin", "Debug", "net10.0", "Consumer.deps.json")));
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle)) return i;
        }

        return -1;
    }
}
