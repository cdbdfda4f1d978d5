using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using NetCfg.TestKit.Builds;
using Xunit;

namespace NetCfg.Integration.Tests;

/// <summary>What a newcomer sees on the package's gallery page: licence, project URL, release notes, icon and a README that starts with the quick start.</summary>
[Collection(BuildCollection.Name)]
public sealed class PackageMetadataTests : IDisposable
{
    private readonly string _feed = Path.Combine(Path.GetTempPath(), "netcfg-pkgmeta-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_feed)) Directory.Delete(_feed, recursive: true);
    }

    [Fact]
    public void TheNuspecHasTheLicenceProjectUrlReleaseNotesAndIcon()
    {
        var result = Processes.Run("dotnet", $"pack \"{Repo.Path("src", "NetCfg.Package", "NetCfg.Package.csproj")}\" --no-build -c {Repo.Configuration} -o \"{_feed}\" -nodeReuse:false -tl:off", Repo.Root);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var zip = ZipFile.OpenRead(Directory.GetFiles(_feed, "NetCfg.Generators.*.nupkg").Single());
        using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Field(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? string.Empty;

        var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        Assert.Equal(("expression", "MIT"), ((string?)license.Attribute("type"), license.Value));
        Assert.Equal("https://github.com/netcfg/NetCfg.Generators", Field("projectUrl"));
        Assert.Contains("network.md", Field("releaseNotes"), StringComparison.Ordinal);
        Assert.Contains("NetCfgBaselineDir", Field("releaseNotes"), StringComparison.Ordinal);
        Assert.Equal("icon.png", Field("icon"));
        Assert.Equal("README.md", Field("readme"));

        using var icon = new BinaryReader(zip.GetEntry("icon.png")!.Open());
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, icon.ReadBytes(4));
        using var readme = new StreamReader(zip.GetEntry("README.md")!.Open());
        var top = string.Join("\n", Enumerable.Range(0, 12).Select(_ => readme.ReadLine()));
        Assert.Contains("dotnet add package NetCfg.Generators", top, StringComparison.Ordinal);
    }
}
