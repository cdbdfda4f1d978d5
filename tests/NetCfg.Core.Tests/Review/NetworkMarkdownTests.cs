using System;
using System.Globalization;
using System.IO;
using System.Linq;
using NetCfg.Core.Review.Reading;
using NetCfg.Core.Review.Evaluation;
using NetCfg.Core.Review.Reports;
using Xunit;
using static NetCfg.Core.Tests.Review.ReviewFixtures;

namespace NetCfg.Core.Tests.Review;

/// <summary>network.md of the guide's two samples, against checked-in files, plus what those files must say.</summary>
public sealed class NetworkMarkdownTests
{
    [Fact]
    public void MyAppSnapshot()
    {
        var actual = NetworkMarkdown.Render(Flows(Fixtures.MyApp(), PeerLabels.For(Array.Empty<Model.NetworkProfile>(), null, Model.TranslationOptions.Default)));
        Match("myapp-network.md", actual);
        Assert.Contains("\n| frontend | backend | TCP 8080 |\n", actual);
        Assert.DoesNotContain("| backend | frontend |", actual);
        Assert.Contains("  n1 -->|\"TCP 8080\"| n0\n", actual); // n0 backend, n1 frontend
    }

    [Fact]
    public void MyWorkerSnapshot()
    {
        var input = Fixtures.MyWorker();
        var labels = PeerLabels.For(input.ProfileFiles.SelectMany(f => f.Profiles), null, Model.TranslationOptions.Default);
        var actual = NetworkMarkdown.Render(Flows(input, labels));
        Match("myworker-network.md", actual);
        Assert.Contains("[/\"allow-egress-to-cloudflare-dns<br/>1.1.1.1/32\"\\]", actual);
        Assert.Contains("{{\"cluster DNS<br/>ns kube-system / k8s-app=kube-dns\"}}", actual);
        Assert.Contains("| my-worker-app | allow-egress-to-cloudflare-dns (1.1.1.1/32) | UDP/TCP 53 |", actual);
    }

    [Fact]
    public void TheSameFilesGiveTheSameBytesInAnyOrderAndCulture()
    {
        var files = Files(Fixtures.MyWorker());
        var expected = NetworkMarkdown.Render(FlowEvaluator.Evaluate(View(files)));
        var culture = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "tr-TR", "ar-SA", "fi-FI" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                Assert.Equal(expected, NetworkMarkdown.Render(FlowEvaluator.Evaluate(View(files.AsEnumerable().Reverse().ToList()))));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.DoesNotContain('\r', expected);
        Assert.EndsWith("|\n", expected);
    }

    [Fact]
    public void AboveSixtyComponentsTheDiagramIsLeftOutAndTheTableStays()
    {
        var components = Enumerable.Range(0, 61).Select(i => Fixtures.Component("T" + i, "c" + i)).ToArray();
        var text = NetworkMarkdown.Render(Flows(Fixtures.Input(new Model.ConfigDeclaration("c", null), components)));
        Assert.DoesNotContain("```", text);
        Assert.Contains("\nThe diagram is left out: 61 components are more than 60.\n", text);
        Assert.Equal(61, text.Split('\n').Count(l => l.StartsWith("| c", StringComparison.Ordinal)));
        Assert.Equal("flowchart LR", MermaidBlocks.Single(NetworkMarkdown.Render(Flows(Fixtures.Input(new Model.ConfigDeclaration("c", null), components.Take(60).ToArray()))))[0]);
    }

    [Fact]
    public void MoreEdgesThanMermaidDrawsLeaveTheDiagramOut()
    {
        var ends = Enumerable.Range(0, 30).Select(i => new FlowEndpoint(EndpointKind.Component, "c" + i, null)).ToList();
        var flows = ends.SelectMany(a => ends.Select(b => new NetworkFlow(a, b, PortSet.All))).ToEquatableArray();
        var text = NetworkMarkdown.Render(new NetworkFlows(ends.Select(e => new ComponentView(e.Key, Model.Selector.Everything)).ToEquatableArray(), ends.ToEquatableArray(), flows));
        Assert.Contains("\nThe diagram is left out: 900 flows are more than Mermaid draws (500).\n", text);
        Assert.Equal(900, text.Split('\n').Count(l => l.StartsWith("| c", StringComparison.Ordinal)));
    }

    private static void Match(string name, string actual)
    {
        File.WriteAllText(Path.Combine(Path.GetTempPath(), name), actual);
        Assert.Equal(Expected(name), actual);
    }
}
