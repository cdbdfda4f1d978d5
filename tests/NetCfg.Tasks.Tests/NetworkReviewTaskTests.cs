using System;
using System.IO;
using System.Linq;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Tasks.Tests;

/// <summary>network.md beside the manifest folders, and the flows added and removed printed when the manifests change.</summary>
public sealed class NetworkReviewTaskTests : IDisposable
{
    private const string Minus = "\u2212";
    private readonly TaskFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TheTaskWritesNetworkMdBesideTheFoldersLabelledWithProfilesAndDns()
    {
        var source = Shop.Source().Replace("class WebApp", "[DependsOnProfile(\"allow-egress-to-cloudflare-dns\")] class WebApp", StringComparison.Ordinal);
        var outcome = _folder.Run(source, profiles: new InMemoryText("/src/profiles/dns.yaml", SampleProfiles.CloudflareDns));
        Assert.True(outcome.Result);
        var text = _folder.Read("network.md");
        Assert.StartsWith("# Network flows\n", text, StringComparison.Ordinal);
        Assert.Contains("\n| webapp | basket-api | TCP 8080 |\n", text, StringComparison.Ordinal);
        Assert.Contains("\n| webapp | allow-egress-to-cloudflare-dns (1.1.1.1/32) | UDP/TCP 53 |\n", text, StringComparison.Ordinal);
        Assert.Contains("\n| basket-api | cluster DNS (ns kube-system / k8s-app=kube-dns) | UDP/TCP 53 |\n", text, StringComparison.Ordinal);

        // One of the synced files: in the task's output, the state and the cache; in neither kustomization.
        Assert.Contains(Path.Combine(_folder.Manifests, "network.md"), outcome.Task.Files.Select(f => f.ItemSpec));
        Assert.Contains("network.md", File.ReadAllLines(Path.Combine(_folder.Manifests, ManifestDirectory.StateFile)));
        Assert.Contains(" network.md", File.ReadAllText(Path.Combine(_folder.Manifests, ManifestDirectory.CacheFile)), StringComparison.Ordinal);
        Assert.DoesNotContain("network.md", _folder.Read("platform/kustomization.yaml") + _folder.Read("networkpolicy/kustomization.yaml"), StringComparison.Ordinal);
        Assert.Contains("(8 files: 8 written, 0 unchanged, 0 removed)", outcome.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditedNetworkMdIsRewritten()
    {
        _folder.Run(Shop.Source());
        var expected = _folder.Read("network.md");
        File.WriteAllText(Path.Combine(_folder.Manifests, "network.md"), "hand edit");
        var again = _folder.Run(Shop.Source());
        Assert.Equal(expected, _folder.Read("network.md"));
        Assert.Contains("(8 files: 1 written, 7 unchanged", again.Summary, StringComparison.Ordinal);
        Assert.Empty(again.FlowLines);
    }

    [Fact]
    public void APortChangePrintsOneRemovedAndOneAddedFlow()
    {
        _folder.Run(Shop.Source(8080));
        var changed = _folder.Run(Shop.Source(8081));
        Assert.Equal(new[] { $"NetCfg: {Minus} webapp \u2192 basket-api TCP 8080", "NetCfg: + webapp \u2192 basket-api TCP 8081" }, changed.FlowLines);
        Assert.Contains("| webapp | basket-api | TCP 8081 |", _folder.Read("network.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void TheFirstBuildOfAFolderPrintsNoFlow()
    {
        var first = _folder.Run(Shop.Source());
        Assert.True(first.Result);
        Assert.Empty(first.FlowLines);
        Assert.Contains("written", first.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnchangedBuildPrintsNoFlowEvenWhenItRenders()
    {
        _folder.Run(Shop.Source());
        var cached = _folder.Run(Shop.Source());
        Assert.Empty(cached.FlowLines);
        Assert.Contains("0 written", cached.Summary, StringComparison.Ordinal);

        // A profile file nobody uses changes the input (so the task renders) but no manifest.
        var rendered = _folder.Run(Shop.Source(), profiles: new InMemoryText("/src/profiles/dns.yaml", SampleProfiles.CloudflareDns));
        Assert.Empty(rendered.FlowLines);
        Assert.Contains("0 written", rendered.Summary, StringComparison.Ordinal);
        Assert.Empty(rendered.Log.Warnings);
    }

    [Fact]
    public void PastTwentyLinesTheRestIsCounted()
    {
        _folder.Run(Shop.Source(80, clients: 24));
        var changed = _folder.Run(Shop.Source(81, clients: 24));
        Assert.Equal(21, changed.FlowLines.Count);
        Assert.Equal("NetCfg: \u2026 and 30 more", changed.FlowLines[^1]);
        Assert.Equal($"NetCfg: {Minus} client-00 \u2192 basket-api TCP 80", changed.FlowLines[0]);
        Assert.Equal("NetCfg: + client-00 \u2192 basket-api TCP 81", changed.FlowLines[1]);
    }

    [Fact]
    public void ADamagedFolderIsNotComparedAndTheBuildGoesOn()
    {
        _folder.Run(Shop.Source(8080));
        File.WriteAllText(Path.Combine(_folder.Manifests, "networkpolicy", "component-webapp.yaml"), "kind: [unclosed");
        var changed = _folder.Run(Shop.Source(8081));
        Assert.True(changed.Result);
        Assert.Empty(changed.FlowLines);
        Assert.Empty(changed.Log.Warnings);
        Assert.Contains(changed.Log.Messages, m => m.Message!.StartsWith("NetCfg: the flows were not compared", StringComparison.Ordinal) && m.Message.Contains("component-webapp.yaml", StringComparison.Ordinal));
        Assert.Contains("port: 8081", _folder.Read("networkpolicy/component-webapp.yaml"), StringComparison.Ordinal);
    }
}
