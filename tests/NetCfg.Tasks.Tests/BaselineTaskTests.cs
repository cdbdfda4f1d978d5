using System;
using System.IO;
using System.Linq;
using NetCfg.Core.Rules;
using Xunit;

namespace NetCfg.Tasks.Tests;

/// <summary>NetCfgBaselineDir: network-diff.md against another copy of the manifests; an unusable one warns NETCFG103 and writes nothing.</summary>
public sealed class BaselineTaskTests : IDisposable
{
    private const string Diff = "network-diff.md";
    private readonly TaskFolder _folder = new();

    public BaselineTaskTests() => Assert.True(_folder.Run(Shop.Source(8080), output: Baseline).Result);

    private string Baseline => Path.Combine(_folder.Root, "baseline");

    public void Dispose() => _folder.Dispose();

    private TaskOutcome RunAgainst(string baseline, int port = 8081) => _folder.Run(Shop.Source(port, extra: "[MatchLabel(\"tier\", \"web\")]"), t => t.BaselineDir = baseline);

    [Fact]
    public void ABaselineWritesTheDiffOfFlowsComponentsAndSelectors()
    {
        var outcome = RunAgainst(Baseline);
        Assert.True(outcome.Result);
        Assert.Empty(outcome.Log.Warnings);
        var text = _folder.Read(Diff);
        Assert.StartsWith("# Network changes\n", text, StringComparison.Ordinal);
        Assert.Contains("\n## Flows added\n\n| From | To | Protocol and ports |\n|---|---|---|\n| webapp | basket-api | TCP 8081 |\n", text, StringComparison.Ordinal);
        Assert.Contains("\n## Flows removed\n\n| From | To | Protocol and ports |\n|---|---|---|\n| webapp | basket-api | TCP 8080 |\n", text, StringComparison.Ordinal);
        Assert.Contains("| webapp | selector app.kubernetes.io/name=webapp \u2192 tier=web |", text, StringComparison.Ordinal);
        Assert.Contains("```mermaid\n", text, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_folder.Manifests, Diff), outcome.Task.Files.Select(f => f.ItemSpec));
        Assert.Contains(Diff, File.ReadAllLines(Path.Combine(_folder.Manifests, ManifestDirectory.StateFile)));
    }

    [Fact]
    public void AChangedBaselineRendersTheDiffAgainAndAnUnchangedOneNothing()
    {
        RunAgainst(Baseline);
        Assert.Contains("0 written", RunAgainst(Baseline).Summary, StringComparison.Ordinal);

        // The declarations are the same; only the baseline moved to what they declare.
        _folder.Run(Shop.Source(8081, extra: "[MatchLabel(\"tier\", \"web\")]"), output: Baseline);
        var again = RunAgainst(Baseline);
        Assert.Contains("(9 files: 1 written, 8 unchanged", again.Summary, StringComparison.Ordinal);
        Assert.Contains("0 flows added, 0 removed", _folder.Read(Diff), StringComparison.Ordinal);
        Assert.Contains("\nNo change.\n", _folder.Read(Diff), StringComparison.Ordinal);
    }

    [Fact]
    public void ARelativeBaselineIsTheProjectFoldersAndWithoutOneTheDiffGoes()
    {
        var outcome = RunAgainst("baseline/");
        Assert.Empty(outcome.Log.Warnings);
        Assert.True(_folder.Exists(Diff));
        Assert.Contains("1 removed", RunAgainst("").Summary, StringComparison.Ordinal);
        Assert.False(_folder.Exists(Diff));
    }

    [Theory]
    [InlineData("missing", "does not exist")]
    [InlineData("file", "is a file, not a folder")]
    [InlineData("unreadable", "could not be read: networkpolicy/component-webapp.yaml is not UTF-8 text")]
    [InlineData("garbage", "holds no NetCfg manifests the review can read: networkpolicy/component-webapp.yaml(2,1): invalid YAML")]
    [InlineData("foreign", "holds no NetCfg manifests the review can read: platform/local-network-config.yaml is missing")]
    public void AnUnusableBaselineWarnsNetcfg103AndWritesNoDiff(string damage, string reason)
    {
        Assert.True(RunAgainst(Baseline).Result);
        Assert.True(_folder.Exists(Diff));
        var webapp = Path.Combine(Baseline, "networkpolicy", "component-webapp.yaml");
        switch (damage)
        {
            case "missing": Directory.Delete(Baseline, recursive: true); break;
            case "file": Directory.Delete(Baseline, recursive: true); File.WriteAllText(Baseline, "not a folder"); break;
            case "unreadable": File.WriteAllBytes(webapp, new byte[] { 0x6b, 0x3a, 0x20, 0xff, 0xfe, 0x0a }); break;
            case "garbage": File.WriteAllText(webapp, "{ [ : unclosed"); break;
            default:
                Directory.Delete(Baseline, recursive: true);
                Directory.CreateDirectory(Path.Combine(Baseline, "networkpolicy"));
                File.WriteAllText(Path.Combine(Baseline, "networkpolicy", "deployment.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n");
                break;
        }

        for (var run = 0; run < 2; run++)
        {
            // Not remembered: the same broken baseline warns again on the next run.
            var outcome = RunAgainst(Baseline);
            Assert.True(outcome.Result);
            Assert.Empty(outcome.Log.Errors);
            var warning = Assert.Single(outcome.Log.Warnings);
            Assert.Equal((RuleIds.BaselineUnusable, _folder.ProjectPath), (warning.Code, warning.File));
            Assert.True(warning.Message!.StartsWith($"NetCfgBaselineDir '{Baseline}' {reason}", StringComparison.Ordinal), warning.Message);
            Assert.EndsWith("; no network-diff.md was written.", warning.Message, StringComparison.Ordinal);
            Assert.False(_folder.Exists(Diff));
            Assert.True(_folder.Exists("network.md"));
        }
    }

    [Theory]
    [InlineData("base*", "NetCfgBaselineDir must be a folder path, not 'base*': it has '*'.")]
    [InlineData("a;b", "NetCfgBaselineDir must be a folder path, not 'a;b': it has ';'.")]
    [InlineData("manifests/", "NetCfgBaselineDir must be another copy of the manifests, not the folder this build writes")]
    public void AnInvalidBaselineDirIsNetcfg020AndWritesNothing(string value, string message)
    {
        var outcome = RunAgainst(value);
        Assert.False(outcome.Result);
        var error = Assert.Single(outcome.Log.Errors);
        Assert.Equal((RuleIds.InvalidProperty, _folder.ProjectPath), (error.Code, error.File));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.Manifests));
    }
}
