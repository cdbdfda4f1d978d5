using System;
using System.IO;
using System.Linq;
using NetCfg.TestKit.Builds;
using Xunit;
using NetCfg.TestKit;

namespace NetCfg.Integration.Tests;

/// <summary>What a real `dotnet build` does with the files: no churn, no stale files, no foreign files touched, no partial output.</summary>
[Collection(BuildCollection.Name)]
public sealed class BuildBehaviourTests
{
    private const string TwoComponents = """
        using NetCfg;
        [assembly: LocalNetworkConfig("shop")]
        [Component("web")]
        [DependsOn<Api>(Port = 8080)]
        public partial class Web { }
        [Component("api")]
        public partial class Api { }
        """;

    private const string OneComponent = """
        using NetCfg;
        [assembly: LocalNetworkConfig("shop")]
        [Component("web")]
        public partial class Web { }
        """;

    [Fact]
    public void RemovedComponentFilesDisappearAndForeignFilesSurvive()
    {
        using var project = new TempProject().Source("Components.cs", TwoComponents);
        var first = project.Build();
        Assert.True(first.ExitCode == 0, first.ToString());
        var manifests = project.Manifests();
        Assert.Contains("networkpolicy/component-api.yaml", TempProject.Tree(manifests));
        File.WriteAllText(Path.Combine(manifests, "networkpolicy", "team-notes.yaml"), "# mine");
        File.WriteAllText(Path.Combine(manifests, "README.txt"), "mine too");

        project.Source("Components.cs", OneComponent);
        var second = project.Build();
        Assert.True(second.ExitCode == 0, second.ToString());
        var tree = TempProject.Tree(manifests);
        Assert.DoesNotContain("networkpolicy/component-api.yaml", tree);
        Assert.Contains("networkpolicy/component-web.yaml", tree);
        Assert.Equal("# mine", File.ReadAllText(Path.Combine(manifests, "networkpolicy", "team-notes.yaml")));
        Assert.Equal("mine too", File.ReadAllText(Path.Combine(manifests, "README.txt")));
        Assert.DoesNotContain("component-api", File.ReadAllText(Path.Combine(manifests, "networkpolicy", "kustomization.yaml")));
        Assert.Contains("1 removed", second.Output);
    }

    private static Processes.Outcome Clean(TempProject project, string extra = "") =>
        Processes.Run("dotnet", $"clean \"{project.ProjectFile}\" -nodeReuse:false -tl:off -c {Repo.Configuration} -p:BuildProjectReferences=false {extra}", project.Directory);

    [Fact]
    public void CleanRemovesTheManifestsItWroteUnderTheOutputPathAndNothingElse()
    {
        using var project = new TempProject().Source("Components.cs", TwoComponents);
        var build = project.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        var manifests = project.Manifests();
        Assert.Contains("networkpolicy/component-api.yaml", TempProject.Tree(manifests));
        File.WriteAllText(Path.Combine(manifests, "networkpolicy", "team-notes.yaml"), "# mine");
        // A list that names a file outside the folder (tampered with, or from an older version) removes nothing there.
        File.AppendAllText(Path.Combine(manifests, ".netcfg-files"), "../outside.txt\n");
        var outside = Path.Combine(manifests, "..", "outside.txt");
        File.WriteAllText(outside, "mine");

        var clean = Clean(project);
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Equal(new[] { "networkpolicy/team-notes.yaml" }, TempProject.Tree(manifests));
        Assert.True(File.Exists(outside));

        var again = project.Build();
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("networkpolicy/component-api.yaml", TempProject.Tree(manifests));

        // A rebuild cleans the rest of the output, but keeps the manifests and finds them up to date.
        var rebuild = project.Build("--no-incremental");
        Assert.True(rebuild.ExitCode == 0, rebuild.ToString());
        Assert.Contains(" 0 written,", rebuild.Output);
        Assert.Contains("networkpolicy/component-api.yaml", TempProject.Tree(manifests));
    }

    [Fact]
    public void CleanLeavesAManifestsFolderOutsideTheOutputPathAlone()
    {
        using var project = new TempProject().Source("Components.cs", TwoComponents);
        var build = project.Build("-p:NetCfgManifestsDir=deploy/");
        Assert.True(build.ExitCode == 0, build.ToString());
        var deploy = Path.Combine(project.Directory, "deploy");
        var before = TempProject.Tree(deploy);
        Assert.Contains("networkpolicy/component-api.yaml", before);

        var clean = Clean(project, "-p:NetCfgManifestsDir=deploy/");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Equal(before, TempProject.Tree(deploy));
    }

    [Fact]
    public void AnUnchangedComponentLibraryBuildSkipsTheTask()
    {
        using var project = new TempProject().Source("Components.cs", OneComponent.Replace("[assembly: LocalNetworkConfig(\"shop\")]", string.Empty));
        var first = project.Build();
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("NetCfg: App is a component library (1 component: web)", first.Output);
        var second = project.Build();
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.DoesNotContain("NetCfg:", second.Output);
        Assert.Empty(TempProject.Tree(project.Manifests()));
    }

    [Fact]
    public void TwoCleanBuildsGiveTheSameBytesAndARebuildRewritesNothing()
    {
        using var project = new TempProject().Source("Components.cs", TwoComponents);
        Assert.Equal(0, project.Build().ExitCode);
        var manifests = project.Manifests();
        var first = TempProject.Tree(manifests).ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(manifests, f)));
        var stamps = TempProject.Tree(manifests).ToDictionary(f => f, f => File.GetLastWriteTimeUtc(Path.Combine(manifests, f)));

        // Nothing changed: MSBuild skips the write target altogether.
        var noop = project.Build();
        Assert.True(noop.ExitCode == 0, noop.ToString());
        Assert.DoesNotContain("NetCfg ->", noop.Output);

        var rebuild = project.Build("--no-incremental");
        Assert.True(rebuild.ExitCode == 0, rebuild.ToString());
        Assert.Contains("0 written", rebuild.Output);
        Assert.Equal(stamps, TempProject.Tree(manifests).ToDictionary(f => f, f => File.GetLastWriteTimeUtc(Path.Combine(manifests, f))));

        Directory.Delete(Path.Combine(project.Directory, "bin"), true);
        Directory.Delete(Path.Combine(project.Directory, "obj"), true);
        Assert.Equal(0, project.Build().ExitCode);
        var second = TempProject.Tree(manifests).ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(manifests, f)));
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, pair => Assert.Equal(pair.Value, second[pair.Key]));
    }

    [Fact]
    public void MalformedProfileFailsTheBuildAtItsLineAndWritesNothing()
    {
        using var project = new TempProject(extraProject: """<ItemGroup><NetworkProfile Include="profiles/*.yaml" /></ItemGroup>""")
            .Source("Components.cs", TwoComponents);
        Directory.CreateDirectory(Path.Combine(project.Directory, "profiles"));
        File.WriteAllText(Path.Combine(project.Directory, "profiles", "bad.yaml"), ProfileYaml.ToIpBlock("broken", "10.0.0.300/8"));
        var result = project.Build();
        Assert.NotEqual(0, result.ExitCode);
        Assert.Matches(@"profiles/bad\.yaml\(9,\d+\): error NETCFG009: .*10\.0\.0\.300/8", result.Output);
        Assert.Empty(TempProject.Tree(project.Manifests()));
    }

    [Theory]
    [InlineData("-p:NetCfgAllowDns=maybe", "NetCfgAllowDns must be 'true' or 'false'")]
    [InlineData("-p:NetCfgDns=CoreDns", "NetCfgDns must be KubeDns, NodeLocal or None, not 'CoreDns'.")]
    [InlineData("-p:NetCfgEmitManifests=yes", "NetCfgEmitManifests must be 'true' or 'false'")]
    public void InvalidPropertiesAreReportedAgainstTheProject(string property, string message)
    {
        using var project = new TempProject().Source("Components.cs", OneComponent);
        var result = project.Build(property);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error NETCFG020: " + message, result.Output);
        Assert.Contains(project.ProjectFile, result.Output);
    }

    [Fact]
    public void DesignTimeBuildsWriteNothingAndReportNoErrors()
    {
        using var project = new TempProject().Source("Components.cs", TwoComponents);
        // As the IDE does: compile targets with DesignTimeBuild=true and no compiler run; the write target, even when asked for, stays idle.
        var result = project.Build("-t:Compile;NetCfgWriteManifests -p:DesignTimeBuild=true -p:SkipCompilerExecution=true -p:ProvideCommandLineArgs=true");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("NetCfg ->", result.Output);
        Assert.DoesNotContain("NETCFG", result.Output);
        Assert.Empty(TempProject.Tree(project.Manifests()));
    }

    [Fact]
    public void MissingProfileFileIsReported()
    {
        using var project = new TempProject(extraProject: """<ItemGroup><NetworkProfile Include="nowhere.yaml" /></ItemGroup>""")
            .Source("Components.cs", OneComponent);
        var result = project.Build();
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error NETCFG021: The NetworkProfile file 'nowhere.yaml' does not exist.", result.Output);
    }

    [Fact]
    public void AllowDnsFalseAndACustomFolderAreHonoured()
    {
        using var project = new TempProject().Source("Components.cs", OneComponent);
        var folder = Path.Combine(project.Directory, "deploy", "net");
        var result = project.Build($"-p:NetCfgAllowDns=false -p:NetCfgManifestsDir={folder}");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"NetCfg -> {folder}/ (7 files: 7 written", result.Output);
        Assert.DoesNotContain("kube-dns", File.ReadAllText(Path.Combine(folder, "networkpolicy", "component-web.yaml")));
        Assert.Empty(TempProject.Tree(project.Manifests()));
    }

    [Fact]
    public void MultiTargetedProjectWritesEveryTargetWithoutRaces()
    {
        using var project = new TempProject(targetFramework: "<TargetFrameworks>net10.0;netstandard2.0</TargetFrameworks>")
            .Source("Components.cs", TwoComponents.Replace("[DependsOn<Api>(Port = 8080)]", "[DependsOn(typeof(Api), Port = 8080)]"));
        var shared = Path.Combine(project.Directory, "shared-manifests");
        var perTarget = project.Build("-m:2");
        Assert.True(perTarget.ExitCode == 0, perTarget.ToString());
        var a = TempProject.Tree(project.Manifests("net10.0"));
        Assert.Equal(a, TempProject.Tree(project.Manifests("netstandard2.0")));
        Assert.All(a, f => Assert.Equal(File.ReadAllBytes(Path.Combine(project.Manifests("net10.0"), f)), File.ReadAllBytes(Path.Combine(project.Manifests("netstandard2.0"), f))));

        var together = project.Build($"-m:2 --no-incremental -p:NetCfgManifestsDir={shared}/");
        Assert.True(together.ExitCode == 0, together.ToString());
        Assert.Equal(a, TempProject.Tree(shared));
        Assert.All(a.Where(f => !f.StartsWith(".netcfg", StringComparison.Ordinal)), f => Assert.Equal(File.ReadAllBytes(Path.Combine(project.Manifests("net10.0"), f)), File.ReadAllBytes(Path.Combine(shared, f))));
        Assert.Empty(Directory.GetFiles(shared, "*netcfg-tmp*", SearchOption.AllDirectories));
    }
}
