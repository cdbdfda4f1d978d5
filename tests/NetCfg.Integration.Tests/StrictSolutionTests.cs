using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NetCfg.TestKit.Builds;
using Xunit;

namespace NetCfg.Integration.Tests;

/// <summary>
/// Issue 18 from the packed package, in two solutions built once each: a strict one (central package management with a
/// GlobalPackageReference, AnalysisLevel latest-all, warnings as errors, two ASP.NET Core services, a component library
/// whose internals one of them sees, and a config project), published as a whole; and a plain one (a library with an
/// the reference `dotnet add package` writes, packed; one with PrivateAssets="all"; a test project that references both).
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class StrictSolutionTests : IClassFixture<StrictSolutionTests.Solutions>
{
    private readonly Solutions _solutions;

    public StrictSolutionTests(Solutions solutions) => _solutions = solutions;

    public sealed class Solutions : IDisposable
    {
        public Solutions()
        {
            var feed = System.IO.Path.Combine(Root, "feed");
            var pack = Processes.Run("dotnet", $"pack \"{Repo.Path("src", "NetCfg.Package", "NetCfg.Package.csproj")}\" --no-build -c {Repo.Configuration} -o \"{feed}\" -nodeReuse:false -tl:off", Repo.Root);
            Assert.True(pack.ExitCode == 0, pack.ToString());
            var version = System.IO.Path.GetFileNameWithoutExtension(Directory.GetFiles(feed, "NetCfg.Generators.*.nupkg").Single()).Substring("NetCfg.Generators.".Length);
            var restore = $"""
                <RestorePackagesPath>{System.IO.Path.Combine(Root, "packages")}</RestorePackagesPath>
                <RestoreAdditionalProjectSources>{feed}</RestoreAdditionalProjectSources>
                """;
            StrictSolution.Write(Path("strict"), restore, version);
            PlainSolution.Write(Path("plain"), restore, version);
            Publish = Processes.Run("dotnet", "publish Strict.slnx -nodeReuse:false -tl:off", Path("strict"), timeoutSeconds: 600);
            var add = Processes.Run("dotnet", $"add Lib/Lib.csproj package NetCfg.Generators --version {version}", Path("plain"));
            TestsBuild = add.ExitCode == 0 ? Processes.Run("dotnet", "build Lib.Tests/Lib.Tests.csproj -nodeReuse:false -tl:off", Path("plain")) : add;
            LibPack = TestsBuild.ExitCode == 0
                ? Processes.Run("dotnet", $"pack Lib/Lib.csproj --no-build -c Debug -o \"{Path("plain", "out")}\" -nodeReuse:false -tl:off", Path("plain"))
                : TestsBuild;
        }

        public string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "netcfg-strict-" + Guid.NewGuid().ToString("N"));

        public Processes.Outcome Publish { get; }

        public Processes.Outcome TestsBuild { get; }

        public Processes.Outcome LibPack { get; }

        public string Path(params string[] parts) => System.IO.Path.Combine(Root, System.IO.Path.Combine(parts));

        public string Published(string project) => Path("strict", project, "bin", "Release", "net10.0", "publish");

        public void Dispose()
        {
            if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        }
    }

    [Fact]
    public void TheReadmeShapesBuildUnderLatestAllWithWarningsAsErrorsInALibraryAndInWebProjects()
    {
        // CA1052 (library), CA1515 (web), CA1812 (internal sealed), CS0436 (InternalsVisibleTo) and CS0246
        // (GlobalPackageReference) would each fail this build.
        Assert.True(_solutions.Publish.ExitCode == 0, _solutions.Publish.ToString());
        Assert.DoesNotContain("error", _solutions.Publish.Output.Replace("0 Error(s)", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AByNameDependencyWithoutAPortIsReportedOnceInTheConfigProject()
    {
        var warnings = _solutions.Publish.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("NETCFG011", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var warning = Assert.Single(warnings);
        Assert.StartsWith(_solutions.Path("strict", "Shop.Network", "Network.cs") + "(1,12): warning NETCFG011: The dependency on 'payments-api' has no Port, so it allows every TCP port; set Port (and EndPort for a range) (declared on Orders.OrdersApi in assembly Orders.Web)", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void TheConfigProjectsPublishOutputHoldsItsManifestsAndNoProjectsHoldsNetCfg()
    {
        Assert.True(_solutions.Publish.ExitCode == 0, _solutions.Publish.ToString());
        var manifests = TempProject.Tree(Path.Combine(_solutions.Published("Shop.Network"), "manifests"));
        Assert.Equal(
            new[] { "network-sources.yaml", "network.md", "networkpolicy/component-inventory-store.yaml", "networkpolicy/component-inventory-worker.yaml", "networkpolicy/component-orders-api.yaml", "networkpolicy/component-payments-api.yaml", "networkpolicy/default-deny.yaml", "networkpolicy/kustomization.yaml", "platform/kustomization.yaml", "platform/local-network-config.yaml" },
            manifests);
        foreach (var project in new[] { "Inventory", "Orders.Web", "Payments.Web", "Shop.Network" })
        {
            var published = _solutions.Published(project);
            Assert.True(Directory.Exists(published), published);
            Assert.DoesNotContain(Directory.GetFiles(published, "*", SearchOption.AllDirectories), f => Path.GetFileName(f).StartsWith("NetCfg", StringComparison.Ordinal));
            foreach (var deps in Directory.GetFiles(published, "*.deps.json"))
            {
                Assert.DoesNotContain("NetCfg", File.ReadAllText(deps), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void APackedLibraryDoesNotDependOnNetCfgAndPrivateAssetsAllWorks()
    {
        Assert.True(_solutions.LibPack.ExitCode == 0, _solutions.LibPack.ToString());
        using var zip = ZipFile.OpenRead(Directory.GetFiles(_solutions.Path("plain", "out"), "Lib.*.nupkg").Single());
        var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.Contains("<id>Lib</id>", nuspec, StringComparison.Ordinal);
        Assert.DoesNotContain("NetCfg", nuspec, StringComparison.Ordinal);
        Assert.Contains("NetCfg.Components", TypesAndStrings(_solutions.Path("plain", "Private", "bin", "Debug", "net10.0", "Private.dll")));
    }

    [Fact]
    public void ATestProjectThatReferencesAServiceCompilesNothingOfNetCfg()
    {
        Assert.True(_solutions.TestsBuild.ExitCode == 0, _solutions.TestsBuild.ToString());
        Assert.Contains("NetCfg.Components", TypesAndStrings(_solutions.Path("plain", "Lib", "bin", "Debug", "net10.0", "Lib.dll")));
        var tests = TypesAndStrings(_solutions.Path("plain", "Lib.Tests", "bin", "Debug", "net10.0", "Lib.Tests.dll"));
        Assert.DoesNotContain("NetCfg", tests, StringComparison.Ordinal);
    }

    /// <summary>The assembly's type names and user strings' neighbours: its metadata, as text.</summary>
    private static string TypesAndStrings(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var types = reader.TypeDefinitions.Select(h => reader.GetTypeDefinition(h)).Select(t => reader.GetString(t.Namespace) + "." + reader.GetString(t.Name));
        var blobs = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(assembly));
        return string.Join("\n", types) + "\n" + blobs;
    }
}
