using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NetCfg.Core.Rules;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Tasks.Tests;

/// <summary>The task on a built assembly: what it writes, and that it reports what the analyzers report.</summary>
public sealed class WriteNetCfgManifestsTests : IDisposable
{
    private const string Header = "using NetCfg;\n";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "netcfg-task-" + Guid.NewGuid().ToString("N"));

    public WriteNetCfgManifestsTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (WriteNetCfgManifests Task, BuildLog Log, bool Result) Run(string source, Action<WriteNetCfgManifests>? configure = null, params AdditionalText[] files)
    {
        var run = Generation.Run(Generation.Compile(Header + source), files);
        var assembly = Path.Combine(_dir, "App.dll");
        File.WriteAllBytes(assembly, Image(run.Output));
        var log = new BuildLog();
        var task = new WriteNetCfgManifests { BuildEngine = log, AssemblyPath = assembly, OutputDirectory = Path.Combine(_dir, "manifests"), ProjectPath = "/src/App.csproj" };
        configure?.Invoke(task);
        return (task, log, task.Execute());
    }

    private static byte[] Image(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return stream.ToArray();
    }

    private string[] Written() => TestKit.Builds.TempProject.Tree(Path.Combine(_dir, "manifests"));

    [Fact]
    public void AConfigWritesItsManifests()
    {
        var (task, log, result) = Run("[assembly: LocalNetworkConfig(\"cfg\")]\n[Component(\"a\")] class A { }");
        Assert.True(result);
        Assert.Empty(log.Errors);
        Assert.Contains("networkpolicy/component-a.yaml", Written());
        Assert.Equal(7, task.Files.Length);
        Assert.True(task.HasManifests);
        Assert.Contains(log.Messages, m => m.Message!.StartsWith("NetCfg -> ", StringComparison.Ordinal) && m.Message.Contains("7 written"));
    }

    [Fact]
    public void AComponentLibrarySaysSoInOneLineAndWritesNothing()
    {
        var (task, log, result) = Run("[Component(\"b\")] class B { }\n[Component(\"a\")] class A { }");
        Assert.True(result);
        Assert.False(task.HasManifests);
        var line = Assert.Single(log.Messages, m => m.Message!.StartsWith("NetCfg", StringComparison.Ordinal));
        Assert.Equal("NetCfg: UserApp is a component library (2 components: a, b); no manifests are written here. A project that references it and has [assembly: LocalNetworkConfig] includes them.", line.Message);
        Assert.Empty(Written());
    }

    [Fact]
    public void AnAssemblyWithoutCarrierWarns()
    {
        var assembly = Path.Combine(_dir, "Plain.dll");
        File.WriteAllBytes(assembly, Image(Generation.Compile("class Plain { }")));
        var log = new BuildLog();
        Assert.True(new WriteNetCfgManifests { BuildEngine = log, AssemblyPath = assembly, OutputDirectory = _dir }.Execute());
        Assert.Equal(RuleIds.NoCarrier, Assert.Single(log.Warnings).Code);
    }

    [Theory]
    [InlineData(nameof(WriteNetCfgManifests.Dns), "CoreDns", "NetCfgDns must be KubeDns, NodeLocal or None, not 'CoreDns'.")]
    [InlineData(nameof(WriteNetCfgManifests.AllowDns), "maybe", "NetCfgAllowDns must be 'true' or 'false', not 'maybe'.")]
    [InlineData(nameof(WriteNetCfgManifests.DnsPort), "0", "NetCfgDnsPort must be a port number from 1 to 65535, not '0'.")]
    [InlineData(nameof(WriteNetCfgManifests.DnsNamespace), "Kube_System", "NetCfgDnsNamespace must be a namespace name (a DNS-1123 label), not 'Kube_System'.")]
    [InlineData(nameof(WriteNetCfgManifests.DnsPodLabel), "k8s-app", "NetCfgDnsPodLabel must be one label as key=value, not 'k8s-app': it has no '='.")]
    public void AnInvalidPropertyIsNetcfg020AtTheProjectAndWritesNothing(string property, string value, string message)
    {
        var (_, log, result) = Run("[assembly: LocalNetworkConfig(\"cfg\")]\n[Component(\"a\")] class A { }", t => typeof(WriteNetCfgManifests).GetProperty(property)!.SetValue(t, value));
        Assert.False(result);
        var error = Assert.Single(log.Errors);
        Assert.Equal((RuleIds.InvalidProperty, "/src/App.csproj", message), (error.Code, error.File, error.Message));
        Assert.Empty(Written());
    }

    [Fact]
    public void BlockedDeclarationsAreReportedWithTheAnalyzersIdsAndMessages()
    {
        const string source = "[assembly: LocalNetworkConfig(\"cfg\")]\n[Component(\"a\")] [DependsOnProfile(\"nope\")] [MatchLabel(\"k\", \"-v\")] class A { }";
        var (_, log, result) = Run(source);
        Assert.True(result);
        Assert.Empty(Written());
        var analyzers = Generation.Run(Generation.Compile(Header + source)).RunAnalyzers().NetCfgErrors
            .Select(d => (d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var task = log.Warnings.Where(w => w.Code != RuleIds.NotWritten)
            .Select(w => (w.Code, w.Message!))
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(new[] { RuleIds.UnknownProfile, RuleIds.InvalidSelector }.OrderBy(i => i, StringComparer.Ordinal), analyzers.Select(a => a.Id));
        Assert.Equal(string.Join("\n", analyzers), string.Join("\n", task));
        Assert.Contains(log.Warnings, w => w.Code == RuleIds.NotWritten);
        Assert.Equal(new[] { "on A [DependsOnProfile #1]", "on A [MatchLabel #1]" }, log.Warnings.Where(w => w.Code != RuleIds.NotWritten).Select(w => w.Subcategory).OrderBy(s => s, StringComparer.Ordinal));
    }
}
