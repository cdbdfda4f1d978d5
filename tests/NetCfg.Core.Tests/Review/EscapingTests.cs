using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Reading;
using NetCfg.Core.Review.Evaluation;
using NetCfg.Core.Review.Reports;
using Xunit;

namespace NetCfg.Core.Tests.Review;

/// <summary>No name, label or peer text can break the Mermaid diagram, the table or the console lines.</summary>
public sealed class EscapingTests
{
    /// <summary>Every ASCII character (what names, label keys and values and CIDRs are made of, and everything else), some non-ASCII.</summary>
    public static readonly string EveryCharacter = new string(Enumerable.Range(0, 128).Select(i => (char)i).ToArray()) + "é€😀\uD800\u2028\u2029\u0085\uFEFF";

    public static readonly string[] Hostile =
    {
        "\"]", "\"] --> n0[\"x", "-->", "%%", "%%{init: {}}%%", "click n0 call alert(1)", "<script>alert(1)</script>", "a\nb", "a\r\nb", "|", "```",
        "#quot;", "#35;", "end", "style n0 fill:#f00;", "classDef x fill:#f00;", "linkStyle 0 stroke:red;", "\\", "[[x]]", "{{x}}", "((x))", "[/x\\]",
        "<br/>", "&lt;", "*bold* _it_ `code` [link](http://x) ![img](x) ~~s~~", EveryCharacter, "app.kubernetes.io/name=A_b-c.1",
    };

    [Fact]
    public void LabelsRoundTripThroughTheEscaping()
    {
        foreach (var text in Hostile.Where(t => !t.Contains('\uD800')))
        {
            var label = MarkdownText.MermaidLabel(text);
            Assert.Matches("^" + MermaidBlocks.Label + "$", label);
            Assert.DoesNotContain("<br/>", label);
            Assert.Equal(text, MermaidBlocks.Decode(label));
        }
    }

    [Fact]
    public void HostileTextCannotBreakTheDiagramOrTheTable()
    {
        var flows = Hostile_Flows();
        var text = NetworkMarkdown.Render(flows);
        var block = MermaidBlocks.Single(text);
        Assert.Equal("flowchart LR", block[0]);
        Assert.Equal(1 + flows.Endpoints.Count + flows.Flows.Count, block.Count);

        var nodes = block.Skip(1).Take(flows.Endpoints.Count).Select(l => MermaidBlocks.Node.Match(l)).ToList();
        Assert.All(nodes, m => Assert.True(m.Success, m.Value));
        Assert.Equal(Enumerable.Range(0, nodes.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), nodes.Select(m => m.Groups[1].Value));
        var shown = nodes.Select(m => MermaidBlocks.Decode(m.Groups.Cast<System.Text.RegularExpressions.Group>().Skip(2).First(g => g.Success).Value)).ToList();
        var expected = flows.Endpoints.Select(e => e.Kind == EndpointKind.Component || e.Label is null ? e.Name : e.Label + "\n" + e.Key);
        Assert.Equal(expected.Select(t => t.Replace('\uD800', '\uFFFD')), shown); // a lone surrogate shows as the replacement character

        var edges = block.Skip(1 + nodes.Count).Select(l => MermaidBlocks.Edge.Match(l)).ToList();
        Assert.All(edges, m => Assert.True(m.Success, m.Value));
        Assert.Equal(flows.Flows.Select(f => f.Ports.ToString().Replace('\uD800', '\uFFFD')), edges.Select(m => MermaidBlocks.Decode(m.Groups[3].Value)));
        Assert.All(edges, m => Assert.True(int.Parse(m.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture) < nodes.Count));

        var table = text.Split('\n').SkipWhile(l => !l.StartsWith("| From", System.StringComparison.Ordinal)).TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(2 + flows.Flows.Count, table.Count);
        Assert.All(table, row => Assert.Equal(4, UnescapedPipes(row)));
        Assert.All(table, row => Assert.DoesNotContain('<', row));
        Assert.All(table, row => Assert.DoesNotContain('`', row.Replace("\\`", string.Empty)));
    }

    [Fact]
    public void HostileTextStaysOnOneConsoleLine()
    {
        var flows = Hostile_Flows();
        var empty = new NetworkFlows(EquatableArray<ComponentView>.Empty, EquatableArray<FlowEndpoint>.Empty, EquatableArray<NetworkFlow>.Empty);
        var lines = DiffConsole.Lines(NetworkDiff.Compare(empty, flows), int.MaxValue);
        Assert.Equal(flows.Flows.Count, lines.Count);
        Assert.All(lines, l => Assert.DoesNotContain(l, c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085'));
    }

    [Fact]
    public void HostileTextCannotBreakTheDiffDiagram()
    {
        var flows = Hostile_Flows();
        var baseline = flows with { Flows = flows.Flows.Select(f => f with { Ports = PortSet.All }).ToEquatableArray() };
        var diff = NetworkDiff.Compare(baseline, flows);
        var block = MermaidBlocks.Single(DiffMarkdown.Render(diff, baseline, flows));
        var edgeCount = diff.Added.Count + diff.Removed.Count;
        Assert.Equal(1 + flows.Endpoints.Count + edgeCount + edgeCount, block.Count); // header, nodes, edges, one linkStyle per changed edge
        Assert.All(block.Skip(1).Take(flows.Endpoints.Count), l => Assert.Matches(MermaidBlocks.Node, l));
        Assert.All(block.Skip(1 + flows.Endpoints.Count).Take(edgeCount), l => Assert.Matches(MermaidBlocks.Edge, l));
        Assert.All(block.Skip(1 + flows.Endpoints.Count + edgeCount), l => Assert.Matches(@"^  linkStyle [0-9]+ stroke:#[0-9a-f]{6},stroke-width:2px$", l));
    }

    /// <summary>Components named with each hostile text, one peer of each kind keyed and labelled with them, and a flow between each.</summary>
    internal static NetworkFlows Hostile_Flows()
    {
        var components = Hostile.Select(n => new ComponentView(n, Selector.Everything)).ToList();
        var endpoints = components.Select(c => new FlowEndpoint(EndpointKind.Component, c.Name, null))
            .Concat(Hostile.Select((t, i) => new FlowEndpoint((EndpointKind)(1 + (i % 3)), "key " + i + " " + t, i % 2 == 0 ? t : null)))
            .ToList();
        var flows = endpoints.Skip(1).Select((e, i) => new NetworkFlow(endpoints[i], e, PortSet.Of(new PortSpec(Protocol.Tcp, null, null, Hostile[i % Hostile.Length])).Union(PortSet.Of(new PortSpec(Protocol.Udp, 53, null, null)))));
        return new NetworkFlows(components.ToEquatableArray(), endpoints.ToEquatableArray(), flows.ToEquatableArray());
    }

    private static int UnescapedPipes(string row)
    {
        var count = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\') i++;
            else if (row[i] == '|') count++;
        }

        return count;
    }
}
