using System.Linq;
using System.Text.Json;
using NetCfg.Core.Tests;
using Xunit;
using static NetCfg.Core.Tests.Fixtures;

namespace NetCfg.Tool.Tests;

/// <summary>Each command on the platform guide's first example (frontend → backend TCP 8080), and the JSON shapes the README documents.</summary>
public sealed class CommandTests : System.IDisposable
{
    private readonly ManifestFolders _folders = new();
    private readonly string _before;
    private readonly string _after;

    public CommandTests()
    {
        _before = _folders.Write("before", MyApp());
        _after = _folders.Write("after", Input(
            new Core.Model.ConfigDeclaration("my-app-network-config", null),
            new[] { Component("MyApp.Frontend", "frontend", deps: new[] { Dep("MyApp.Backend", 8443) }), Component("MyApp.Backend", "backend") }));
    }

    public void Dispose() => _folders.Dispose();

    [Fact]
    public void FlowsAsJsonHaveTheDocumentedShape()
    {
        var run = ToolRun.Of(_folders.Root, "flows", "--manifests", _before, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(new[] { "backend", "frontend" }, json.RootElement.GetProperty("components").EnumerateArray().Select(e => e.GetString()));
        var flow = json.RootElement.GetProperty("flows").EnumerateArray().Single(f => f.GetProperty("to").GetProperty("key").GetString() == "backend");
        Assert.Equal("component", flow.GetProperty("from").GetProperty("kind").GetString());
        Assert.Equal("frontend", flow.GetProperty("from").GetProperty("key").GetString());
        Assert.Equal(JsonValueKind.Null, flow.GetProperty("from").GetProperty("label").ValueKind);
        Assert.Equal("TCP 8080", flow.GetProperty("ports").GetString());
        var range = flow.GetProperty("portRanges").EnumerateArray().Single();
        Assert.Equal(("TCP", 8080, 8080), (range.GetProperty("protocol").GetString(), range.GetProperty("first").GetInt32(), range.GetProperty("last").GetInt32()));
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void FlowsInEveryFormatAndFocus()
    {
        Assert.Contains("frontend   backend", ToolRun.Of(_folders.Root, "flows", "--manifests", _before).Out);
        Assert.Contains("| frontend | backend | TCP 8080 |", ToolRun.Of(_folders.Root, "flows", "--manifests", _before, "--format", "md").Out);
        Assert.Contains("frontend,backend,TCP 8080", ToolRun.Of(_folders.Root, "flows", "--manifests", _before, "--format", "csv").Out);
        Assert.Contains("\"component frontend\" -> \"component backend\" [label=\"TCP 8080\"];", ToolRun.Of(_folders.Root, "flows", "--manifests", _before, "--format", "dot").Out);
        var focused = ToolRun.Of(_folders.Root, "flows", "--manifests", _before, "--focus", "backend", "--format", "csv").Out;
        Assert.Equal(3, focused.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Length); // header, frontend → backend, backend → DNS
        var unknown = ToolRun.Of(_folders.Root, "flows", "--manifests", _before, "--focus", "nope");
        Assert.Equal((2, string.Empty), (unknown.ExitCode, unknown.Out));
        Assert.Contains("no component is named 'nope'", unknown.Error);
    }

    [Fact]
    public void DiffListsTheChangeAndExitCodeSaysSo()
    {
        var run = ToolRun.Of(_folders.Root, "diff", _before, _after, "--format", "json", "--exit-code");
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.True(json.RootElement.GetProperty("changed").GetBoolean());
        Assert.Equal("TCP 8443", json.RootElement.GetProperty("added").EnumerateArray().Single().GetProperty("ports").GetString());
        Assert.Equal("TCP 8080", json.RootElement.GetProperty("removed").EnumerateArray().Single().GetProperty("ports").GetString());
        Assert.Empty(json.RootElement.GetProperty("componentsAdded").EnumerateArray());
        Assert.Empty(json.RootElement.GetProperty("selectorsChanged").EnumerateArray());
        Assert.Equal("\u2212 frontend \u2192 backend TCP 8080\n+ frontend \u2192 backend TCP 8443\n", ToolRun.Of(_folders.Root, "diff", _before, _after).Out);
        Assert.Equal(0, ToolRun.Of(_folders.Root, "diff", _before, _after).ExitCode);
        Assert.Equal((0, "No change.\n"), (ToolRun.Of(_folders.Root, "diff", _before, _before, "--exit-code").ExitCode, ToolRun.Of(_folders.Root, "diff", _before, _before).Out));
    }

    [Fact]
    public void ExplainGivesTheVerdictFirstThenEachSide()
    {
        var allowed = ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "8080", "--manifests", _before);
        Assert.Equal(0, allowed.ExitCode);
        Assert.StartsWith("ALLOWED: frontend \u2192 backend on TCP 8080.\nEgress: ", allowed.Out);
        Assert.Contains("declared by [DependsOn(typeof(MyApp.Backend), Port = 8080)] on MyApp.Frontend", allowed.Out);

        var denied = ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "9090/tcp", "--manifests", _before);
        Assert.Equal(1, denied.ExitCode);
        Assert.StartsWith("DENIED: frontend \u2192 backend on TCP 9090", denied.Out);
        Assert.Contains("is not allowed by any Egress rule (nearest: rule 1 of my-app-network-config.frontend allows to backend on TCP 8080, not TCP 9090)", denied.Out);

        var ranges = ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "--manifests", _before);
        Assert.StartsWith("ALLOWED: frontend \u2192 backend on TCP 8080; denied on everything else.", ranges.Out);
        Assert.Equal(1, ToolRun.Of(_folders.Root, "explain", "backend", "ip:203.0.113.7", "--manifests", _before).ExitCode);
        Assert.Equal(1, ToolRun.Of(_folders.Root, "explain", "pod:monitoring/app=prometheus", "backend", "8080", "--manifests", _before).ExitCode);
    }

    [Fact]
    public void ExplainAsJsonHasTheDocumentedShape()
    {
        var run = ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "8080", "--manifests", _before, "--json");
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(("allowed", "frontend", "backend", "TCP 8080"), (root.GetProperty("verdict").GetString(), root.GetProperty("from").GetString(), root.GetProperty("to").GetString(), root.GetProperty("port").GetString()));
        Assert.Equal("TCP 8080", root.GetProperty("allowed").GetProperty("ports").GetString());
        var egress = root.GetProperty("egress");
        Assert.Equal("frontend", egress.GetProperty("subject").GetString());
        Assert.True(egress.GetProperty("governed").GetBoolean());
        Assert.Contains("my-app-network-config.frontend", egress.GetProperty("policies").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("yes", egress.GetProperty("result").GetString());
        var rule = egress.GetProperty("allowing").EnumerateArray().Single();
        Assert.Equal(1, rule.GetProperty("rule").GetInt32());
        Assert.Equal("networkpolicy/component-frontend.yaml", rule.GetProperty("file").GetString());
        Assert.Equal("[DependsOn(typeof(MyApp.Backend), Port = 8080)] on MyApp.Frontend", rule.GetProperty("declaredBy").GetString());
        Assert.Equal(JsonValueKind.Null, egress.GetProperty("nearestMiss").ValueKind);
        Assert.Equal("backend", root.GetProperty("ingress").GetProperty("subject").GetString());
    }

    [Fact]
    public void ANamedPortAllowsANumberOnlyIfThePodsPortHasIt()
    {
        var named = new Core.Model.DependencyDeclaration(new Core.Model.TargetRef(Core.Model.TargetShape.Class, "MyApp.Backend", "MyApp.Backend", Assembly, null), null, null, 0, "http");
        var folder = _folders.Write("named", Input(
            new Core.Model.ConfigDeclaration("my-app-network-config", null),
            new[] { Component("MyApp.Frontend", "frontend", deps: new[] { named }), Component("MyApp.Backend", "backend") }));
        var number = ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "8080", "--manifests", folder);
        Assert.Equal(1, number.ExitCode);
        Assert.StartsWith("ALLOWED IF NAMED PORTS MATCH: frontend \u2192 backend on TCP 8080, if backend's port named http is 8080.", number.Out);
        var name = ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "http", "--manifests", folder);
        Assert.Equal(0, name.ExitCode);
        Assert.Contains("[DependsOn(typeof(MyApp.Backend), PortName = \"http\")] on MyApp.Frontend", name.Out);
        using var json = System.Text.Json.JsonDocument.Parse(ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "8080", "--manifests", folder, "--json").Out);
        Assert.Equal("allowed-if-named-port", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal("if-named-port", json.RootElement.GetProperty("egress").GetProperty("allowing")[0].GetProperty("match").GetString());
    }

    [Fact]
    public void WithoutTheBuildsMapExplainNamesTheConfigsEntryAndFlowsTheSelectors()
    {
        var bare = _folders.Write("bare", MyApp(), withSources: false);
        Assert.Contains("declared by frontend dependsOn backend TCP 8080", ToolRun.Of(_folders.Root, "explain", "frontend", "backend", "8080", "--manifests", bare).Out);
        Assert.Contains("declared by the DNS setting (NetCfgDns)", ToolRun.Of(_folders.Root, "explain", "frontend", "pod:kube-system/k8s-app=kube-dns", "53/udp", "--manifests", bare).Out);
        Assert.Contains("frontend,ns kube-system / k8s-app=kube-dns,UDP/TCP 53", ToolRun.Of(_folders.Root, "flows", "--manifests", bare, "--format", "csv").Out);
        Assert.Contains("frontend,cluster DNS (ns kube-system / k8s-app=kube-dns),UDP/TCP 53", ToolRun.Of(_folders.Root, "flows", "--manifests", _before, "--format", "csv").Out);
        Assert.Contains("declared by the DNS setting (NetCfgDns=KubeDns)", ToolRun.Of(_folders.Root, "explain", "frontend", "pod:kube-system/k8s-app=kube-dns", "53/udp", "--manifests", _before).Out);
    }

    [Theory]
    [InlineData("flows", "--format", "xml")]
    [InlineData("explain", "frontend")]
    [InlineData("explain", "frontend", "backend", "70000")]
    [InlineData("explain", "Frontend!", "backend")]
    [InlineData("diff", "only-one")]
    [InlineData("nonsense")]
    public void UsageErrorsExitWithTwoAndWriteOnlyToStderr(params string[] args)
    {
        var run = ToolRun.Of(_folders.Root, args.Append("--manifests").Append(_before).ToArray());
        if (args[0] == "diff" || args[0] == "nonsense") run = ToolRun.Of(_folders.Root, args);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.NotEqual(string.Empty, run.Error);
    }

    [Fact]
    public void VersionIsThePackageVersion()
    {
        var run = ToolRun.Of(_folders.Root, "--version");
        Assert.Equal((0, "0.1.0"), (run.ExitCode, run.Out.Trim()));
    }
}
