using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Evaluation;
using NetCfg.Core.Review.Reports;
using Xunit;
using static NetCfg.Core.Tests.Fixtures;
using static NetCfg.Core.Tests.Review.ReviewFixtures;

namespace NetCfg.Core.Tests.Review;

/// <summary>The diff of two reviews, its console lines and network-diff.md.</summary>
public sealed class NetworkDiffTests
{
    private static TranslationInput Shop(int backendPort, bool withCache, string frontendLabel = "frontend") => Input(
        new ConfigDeclaration("shop", null),
        new[]
        {
            Component("F", "frontend", new[] { L("app", frontendLabel) }, new[] { Dep("B", backendPort) }.Concat(withCache ? new[] { Dep("C", 6379) } : new DependencyDeclaration[0]).ToArray()),
            Component("B", "backend", new[] { L("app", "backend") }),
        }.Concat(withCache ? new[] { Component("C", "cache") } : new[] { Component("W", "worker", deps: new[] { Dep("B", 9000, 9010, Protocol.Udp) }) }).ToArray());

    [Fact]
    public void APortChangeIsOneRemovedAndOneAddedFlow()
    {
        var diff = NetworkDiff.Compare(Flows(Shop(8080, false)), Flows(Shop(9090, false)));
        Assert.Equal("frontend -> backend: TCP 8080", Assert.Single(diff.Removed.Select(Row)));
        Assert.Equal("frontend -> backend: TCP 9090", Assert.Single(diff.Added.Select(Row)));
        Assert.Empty(diff.ComponentsAdded.Concat(diff.ComponentsRemoved));
        Assert.Equal(new[] { "NetCfg: \u2212 frontend \u2192 backend TCP 8080", "NetCfg: + frontend \u2192 backend TCP 9090" }, DiffConsole.Lines(diff));
    }

    [Fact]
    public void ComponentsAddedRemovedAndReselected()
    {
        var diff = NetworkDiff.Compare(Flows(Shop(8080, false)), Flows(Shop(8080, true, "web")));
        Assert.Equal(new[] { "cache" }, diff.ComponentsAdded);
        Assert.Equal(new[] { "worker" }, diff.ComponentsRemoved);
        var change = Assert.Single(diff.SelectorsChanged);
        Assert.Equal(("frontend", "app=frontend", "app=web"), (change.Component, PeerKeys.Selector(change.Before), PeerKeys.Selector(change.After)));
        Assert.Equal(
            new[]
            {
                "NetCfg: + cache \u2192 cluster DNS UDP/TCP 53",
                "NetCfg: + frontend \u2192 cache TCP 6379",
                "NetCfg: \u2212 worker \u2192 backend UDP 9000-9010",
                "NetCfg: \u2212 worker \u2192 cluster DNS UDP/TCP 53",
            },
            DiffConsole.Lines(diff));
        Assert.Contains("frontend -> backend: TCP 8080", diff.Unchanged.Select(Row));
    }

    [Fact]
    public void LabelsAreCosmeticAndNeverAChange()
    {
        var input = MyWorker();
        var plain = ReviewFixtures.Flows(input);
        var labelled = ReviewFixtures.Flows(input, PeerLabels.For(input.ProfileFiles.SelectMany(f => f.Profiles), null, TranslationOptions.Default));
        Assert.NotEqual(plain.Flows.Select(f => f.To.Name), labelled.Flows.Select(f => f.To.Name));
        var diff = NetworkDiff.Compare(plain, labelled);
        Assert.True(diff.IsEmpty);
        Assert.Empty(DiffConsole.Lines(diff));
        Assert.Contains("No change.", DiffMarkdown.Render(diff, plain, labelled));
    }

    [Fact]
    public void AtMostTwentyLinesThenACount()
    {
        var many = Enumerable.Range(0, 30).Select(i => Component("T" + i, "t" + i)).ToArray();
        var before = Flows(Input(new ConfigDeclaration("c", null), new ComponentDeclaration[] { Component("X", "x") }));
        var after = Flows(Input(new ConfigDeclaration("c", null), many.Append(Component("X", "x")).ToArray()));
        var lines = DiffConsole.Lines(NetworkDiff.Compare(before, after));
        Assert.Equal(21, lines.Count);
        Assert.Equal("NetCfg: \u2026 and 10 more", lines[20]);
        Assert.All(lines.Take(20), l => Assert.StartsWith("NetCfg: + t", l));
    }

    [Fact]
    public void TheDiffDocumentMarksAddedAndRemovedEdges()
    {
        var (baseline, current) = (Flows(Shop(8080, false)), Flows(Shop(9090, true)));
        var text = DiffMarkdown.Render(NetworkDiff.Compare(baseline, current), baseline, current);
        var block = MermaidBlocks.Single(text);
        var edges = block.Where(l => l.Contains("|\"")).ToList();
        Assert.Contains(edges, e => e.Contains("==>|\"TCP 9090\"|"));
        Assert.Contains(edges, e => e.Contains("-.->|\"TCP 8080\"|"));
        Assert.Contains(edges, e => e.Contains("-->|\"UDP/TCP 53\"|"));
        var styled = block.Where(l => l.StartsWith("  linkStyle ", System.StringComparison.Ordinal)).Select(l => int.Parse(l.Split(' ')[3], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(edges.Select((e, i) => (e, i)).Where(x => !x.e.Contains(" -->|")).Select(x => x.i), styled);
        Assert.Contains(DiffMarkdown.Legend, text);
        Assert.Contains("| worker | removed |", text);
        Assert.Contains("## Flows removed\n\n| From | To | Protocol and ports |\n|---|---|---|\n| frontend | backend | TCP 8080 |\n", text);
    }

    private static string Row(NetworkFlow flow) => $"{flow.From.Name} -> {flow.To.Name}: {flow.Ports}";

    private static NetworkFlows Flows(TranslationInput input) =>
        ReviewFixtures.Flows(input, PeerLabels.For(Array.Empty<NetworkProfile>(), null, TranslationOptions.Default));
}
