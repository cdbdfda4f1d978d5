using System.IO;
using System.Linq;
using Xunit;

namespace NetCfg.Tool.Tests;

/// <summary>`netcfg import`: what it writes, and that bad input is reported at file:line:col with exit 2 and nothing written.</summary>
public sealed class ImportTests : System.IDisposable
{
    private const string Head = "apiVersion: networking.tcs.trifork.com/v1alpha1\nkind: LocalNetworkConfig\nmetadata:\n  name: shop\n";

    private const string Good = Head + "spec:\n  components:\n    web:\n      podSelector:\n        matchLabels:\n          app: web\n      dependsOn:\n        - component: api\n          port: 8080\n        - networkProfile: allow-egress-to-cloudflare-dns\n    api:\n      podSelector:\n        matchLabels:\n          app: api\n";

    private readonly ManifestFolders _folders = new();

    public void Dispose() => _folders.Dispose();

    private string Input(string text)
    {
        Directory.CreateDirectory(_folders.Root);
        var path = Path.Combine(_folders.Root, "config.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    private string Out => Path.Combine(_folders.Root, "out");

    [Fact]
    public void WritesOnePartialClassPerComponentAndTheConfig()
    {
        var run = ToolRun.Of(_folders.Root, "import", Input(Good), "--out", "out");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(new[] { "Api.cs", "LocalNetworkConfig.cs", "Web.cs" }, Directory.GetFiles(Out).Select(Path.GetFileName).OrderBy(f => f, System.StringComparer.Ordinal));
        var web = File.ReadAllText(Path.Combine(Out, "Web.cs"));
        Assert.Contains("namespace Shop\n{\n    [Component(\"web\")]\n    [MatchLabel(\"app\", \"web\")]\n    [DependsOn(typeof(Api), Port = 8080)]\n    [DependsOnProfile(\"allow-egress-to-cloudflare-dns\")]\n    public partial class Web\n", web);
        Assert.Contains("[assembly: LocalNetworkConfig(\"shop\")]", File.ReadAllText(Path.Combine(Out, "LocalNetworkConfig.cs")));
        Assert.Equal(3, run.Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Length); // the paths written
    }

    [Fact]
    public void ExistingFilesAreOverwrittenOnlyWithForce()
    {
        var input = Input(Good);
        Assert.Equal(0, ToolRun.Of(_folders.Root, "import", input, "--out", "out").ExitCode);
        File.WriteAllText(Path.Combine(Out, "Web.cs"), "mine");
        var again = ToolRun.Of(_folders.Root, "import", input, "--out", "out");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("--force", again.Error);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Out, "Web.cs")));
        Assert.Equal(0, ToolRun.Of(_folders.Root, "import", input, "--out", "out", "--force").ExitCode);
        Assert.NotEqual("mine", File.ReadAllText(Path.Combine(Out, "Web.cs")));
    }

    [Theory]
    [InlineData("apiVersion: [", "config.yaml:2:1: error: invalid YAML")]
    [InlineData(Head + "spec:\n  components: {}\n  extra: 1\n", "config.yaml:7:3: error: unknown key 'extra'")]
    [InlineData(Head + "spec:\n  components:\n    Web:\n      podSelector:\n        matchLabels:\n          app: web\n", "config.yaml:7:5: error NETCFG007: The component name 'Web' is not a DNS-1123 label")]
    [InlineData(Head + "spec:\n  components:\n    web:\n      podSelector:\n        matchLabels:\n          app: web\n      dependsOn:\n        - component: web\n          port: 70000\n", "config.yaml:12:11: error: port 70000 is outside 1-65535")]
    [InlineData(Good + "---\n" + Good, "config.yaml:20:1: error: the file holds 2 documents")]
    [InlineData(Head + "spec:\n  components:\n    web:\n      podSelector:\n        matchLabels:\n          app: web\n      dependsOn:\n        - component: ap\n", "config.yaml:12:22: error: no component of this config is named 'ap'")]
    public void BadInputIsReportedAtItsLineAndNothingIsWritten(string text, string expected)
    {
        var run = ToolRun.Of(_folders.Root, "import", Input(text), "--out", "out");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error.Replace(_folders.Root + Path.DirectorySeparatorChar, string.Empty));
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void UnknownProfilesAreReportedWithTheClosestNamesBeforeAnythingIsWritten()
    {
        var profiles = Path.Combine(_folders.Root, "profiles");
        Directory.CreateDirectory(profiles);
        File.WriteAllText(Path.Combine(profiles, "dns.yaml"), "apiVersion: networking.tcs.trifork.com/v1alpha1\nkind: NetworkProfile\nmetadata:\n  name: allow-egress-to-cloudflare-dn\nspec:\n  egress:\n    - to:\n        - ipBlock:\n            cidr: 1.1.1.1/32\n");
        var run = ToolRun.Of(_folders.Root, "import", Input(Good), "--out", "out", "--profiles", "profiles");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error NETCFG001: No NetworkProfile file declares profile 'allow-egress-to-cloudflare-dns'", run.Error);
        Assert.Contains("allow-egress-to-cloudflare-dn", run.Error.Replace("'allow-egress-to-cloudflare-dns'", string.Empty));
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void ACycleIsTheRuleBooksError()
    {
        var text = Head + "spec:\n  components:\n    a:\n      podSelector:\n        matchLabels:\n          app: a\n      dependsOn:\n        - component: b\n    b:\n      podSelector:\n        matchLabels:\n          app: b\n      dependsOn:\n        - component: a\n";
        var run = ToolRun.Of(_folders.Root, "import", Input(text), "--out", "out");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error NETCFG002: Dependency cycle", run.Error);
    }
}
