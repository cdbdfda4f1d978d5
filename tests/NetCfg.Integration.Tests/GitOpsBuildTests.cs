using System;
using System.IO;
using System.Linq;
using System.Text;
using NetCfg.Tasks;
using NetCfg.TestKit.Builds;
using Xunit;

namespace NetCfg.Integration.Tests;

/// <summary>
/// Manifests kept in git: a project with a profile writes into a committed folder; a fresh clone at another path builds
/// the same assembly content and the same files (git status stays clean), and a rename there removes the stale file.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class GitOpsBuildTests
{
    private const string Components = """
        using NetCfg;
        [assembly: LocalNetworkConfig("shop")]
        [Component("web")]
        [DependsOn<Api>(Port = 8080)]
        [DependsOnProfile("allow-egress-to-cloudflare-dns")]
        public partial class Web { }
        [Component("api")]
        public partial class Api { }
        """;

    [Fact]
    public void AFreshCloneAtAnotherPathBuildsTheSameBytesAndARenameRemovesTheStaleFile()
    {
        const string Settings = """
            <PropertyGroup>
              <NetCfgManifestsDir>deploy/</NetCfgManifestsDir>
            </PropertyGroup>
            <ItemGroup>
              <NetworkProfile Include="profiles/*.yaml" />
            </ItemGroup>
            """;
        using var origin = new TempProject(extraProject: Settings).Source("Components.cs", Components).File(".gitignore", "bin/\nobj/\n");
        origin.File("profiles/cloudflare.yaml", File.ReadAllText(Repo.Path("samples", "profiles", "allow-egress-to-cloudflare-dns.yaml")));
        Built(origin.Build(PathMap(origin.Directory)));
        Git(origin.Directory, "init -q");
        Git(origin.Directory, "add -A");
        Git(origin.Directory, "commit -q -m manifests");
        Assert.Contains("deploy/.netcfg-files", Git(origin.Directory, "ls-files"));

        var clone = origin.Directory + "-clone";
        try
        {
            Git(Path.GetDirectoryName(clone)!, $"clone -q \"{origin.Directory}\" \"{clone}\"");
            Built(Processes.DotnetBuild(Path.Combine(clone, "App.csproj"), clone, PathMap(clone)));
            Assert.Equal(string.Empty, Git(clone, "status --porcelain"));

            var originAssembly = Path.Combine(origin.Directory, "bin", Repo.Configuration, "net10.0", "App.dll");
            var cloneAssembly = Path.Combine(clone, "bin", Repo.Configuration, "net10.0", "App.dll");
            Assert.Equal(CarrierReader.Read(originAssembly)!.OrderBy(p => p.Key, StringComparer.Ordinal), CarrierReader.Read(cloneAssembly)!.OrderBy(p => p.Key, StringComparer.Ordinal));
            var bytes = File.ReadAllBytes(originAssembly);
            foreach (var encoding in new Encoding[] { Encoding.UTF8, Encoding.Unicode })
            {
                var at = IndexOf(bytes, encoding.GetBytes(origin.Directory));
                Assert.True(at < 0, $"App.dll holds {origin.Directory}: {(at < 0 ? string.Empty : encoding.GetString(bytes, at, Math.Min(160, bytes.Length - at)))}");
            }

            foreach (var file in TempProject.Tree(Path.Combine(origin.Directory, "deploy")))
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(origin.Directory, "deploy", file)), File.ReadAllBytes(Path.Combine(clone, "deploy", file)));
            }

            File.WriteAllText(Path.Combine(clone, "Components.cs"), Components.Replace("\"api\"", "\"backend\"", StringComparison.Ordinal));
            Built(Processes.DotnetBuild(Path.Combine(clone, "App.csproj"), clone, PathMap(clone)));
            var tree = TempProject.Tree(Path.Combine(clone, "deploy"));
            Assert.DoesNotContain("networkpolicy/component-api.yaml", tree);
            Assert.Contains("networkpolicy/component-backend.yaml", tree);
            Assert.Contains(" D deploy/networkpolicy/component-api.yaml", Git(clone, "status --porcelain"));
        }
        finally
        {
            if (Directory.Exists(clone)) Directory.Delete(clone, recursive: true);
        }
    }

    /// <summary>The PDB's path, as CI builds map it; NetCfg must add no path of its own.</summary>
    private static string PathMap(string directory) => $"\"-p:PathMap={directory}=/_/\"";

    private static void Built(Processes.Outcome result) => Assert.True(result.ExitCode == 0, result.ToString());

    private static string Git(string directory, string arguments)
    {
        var result = Processes.Run("git", "-c user.name=t -c user.email=t@example.com -c init.defaultBranch=main " + arguments, directory);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Output;
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
