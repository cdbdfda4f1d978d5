using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using NetCfg.Core;
using NetCfg.Core.Carrier;
using NetCfg.Core.Model;
using NetCfg.Core.Rules;
using NetCfg.Generators.Emit;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Tasks.Tests;

/// <summary>
/// The task trusts a carried Ok and does not run the rule book again; only the renderer's own invariant stands. A
/// well-formed Ok carrier that breaks it writes nothing, with a clear error and no exception.
/// </summary>
public sealed class TrustedCarrierTests : IDisposable
{
    private const string App = "App";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "netcfg-trust-" + Guid.NewGuid().ToString("N"));

    public TrustedCarrierTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Breaks() => new() { "port", "range", "empty pod selector", "empty namespace selector", "no selector", "no peers" };

    [Theory]
    [MemberData(nameof(Breaks))]
    public void AnOkCarrierThatBreaksTheInvariantWritesNothing(string broken)
    {
        var (log, result) = Run(Input(broken));
        Assert.False(result);
        var error = Assert.Single(log.Errors);
        Assert.Equal(RuleIds.WriteFailed, error.Code);
        Assert.Contains("breaks the renderer's invariant", error.Message, StringComparison.Ordinal);
        Assert.Empty(Written());
    }

    [Theory]
    [InlineData("another format", "unsupported carrier format 'netcfg-checked-input/0'; the NetCfg generator and task come from different package versions")]
    [InlineData("an undecodable input", "the compiled NetCfg input is unreadable: ")]
    public void ACarrierThatCannotBeReadWritesNothing(string broken, string message)
    {
        var carrier = new CheckedInput(CheckedInputCarrier.Status.Ok, EquatableArray<CarriedProblem>.Empty, broken == "an undecodable input" ? "3:App!garbage" : InputCodec.Encode(Input(null)));
        var source = CarrierWriter.Write(carrier).Replace($"\"{CheckedInputCarrier.Format}\"", broken == "another format" ? "\"netcfg-checked-input/0\"" : $"\"{CheckedInputCarrier.Format}\"", StringComparison.Ordinal);
        var (log, result) = Run(source);
        Assert.False(result);
        var error = Assert.Single(log.Errors);
        Assert.Equal(RuleIds.WriteFailed, error.Code);
        Assert.StartsWith("NetCfg could not write the manifests: " + message, error.Message, StringComparison.Ordinal);
        Assert.Empty(Written());
    }

    [Fact]
    public void TheSameCarrierUnbrokenIsWritten()
    {
        var (log, result) = Run(Input(null));
        Assert.True(result, string.Join("\n", log.Errors.Select(e => e.Message)));
        Assert.True(File.Exists(Path.Combine(Manifests, "networkpolicy", "component-web.yaml")));
    }

    private string Manifests => Path.Combine(_dir, "manifests");

    // What is in the folder (the lock lives in the temp folder).
    private string[] Written() => Directory.Exists(Manifests)
        ? Directory.EnumerateFileSystemEntries(Manifests).Select(p => Path.GetFileName(p)).ToArray()
        : Array.Empty<string>();

    private static TranslationInput Input(string? broken)
    {
        var rule = broken switch
        {
            "empty pod selector" => Rule(new Peer(null, null, Selector.Everything)),
            "empty namespace selector" => Rule(new Peer(null, Selector.Everything, null)),
            "no selector" => Rule(new Peer(null, null, null)),
            "no peers" => Rule(),
            _ => Rule(new Peer(null, null, new Selector(new[] { new Label("app", "db") }.ToEquatableArray()))),
        };
        var (port, endPort) = broken switch { "port" => (70000, (int?)null), "range" => (90, 80), _ => (8080, (int?)null) };
        var profile = new ProfileFile("profiles/db.yaml", new[] { new NetworkProfile("to-db", new[] { rule }.ToEquatableArray(), EquatableArray<Rule>.Empty, 1, 1) }.ToEquatableArray(), EquatableArray<ProfileError>.Empty);
        var dependency = new DependencyDeclaration(new TargetRef(TargetShape.Class, "Api", "Api", App, null), port, endPort, 0, null);
        return new TranslationInput(
            App,
            new[] { new ConfigDeclaration("cfg", null) }.ToEquatableArray(),
            new[] { Component("Api", "api"), Component("Web", "web", dependency) }.ToEquatableArray(),
            EquatableArray<ComponentExport>.Empty,
            new[] { profile }.ToEquatableArray());
    }

    private static Rule Rule(params Peer[] peers) =>
        new(peers.ToEquatableArray(), new[] { new PortSpec(Protocol.Tcp, 5432, null) }.ToEquatableArray());

    private static ComponentDeclaration Component(string type, string name, params DependencyDeclaration[] dependencies) => new(
        type, type, App, true, name, true,
        new[] { new LabelDeclaration("app", name) }.ToEquatableArray(),
        EquatableArray<ExpressionDeclaration>.Empty,
        dependencies.ToEquatableArray(),
        new[] { new ProfileReference("to-db") }.ToEquatableArray());

    // The carrier as the generator would write it, with Ok and this input, compiled into an assembly for the task.
    private (BuildLog Log, bool Result) Run(TranslationInput input) =>
        Run(CarrierWriter.Write(new CheckedInput(CheckedInputCarrier.Status.Ok, EquatableArray<CarriedProblem>.Empty, InputCodec.Encode(input))));

    private (BuildLog Log, bool Result) Run(string carrierSource)
    {
        var compilation = CSharpCompilation.Create(App, new[] { CSharpSyntaxTree.ParseText(carrierSource) }, RoslynReferences.All, new CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        var assembly = Path.Combine(_dir, "App.dll");
        using (var stream = File.Create(assembly))
        {
            var emit = compilation.Emit(stream);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        }

        var log = new BuildLog();
        var task = new WriteNetCfgManifests { BuildEngine = log, AssemblyPath = assembly, OutputDirectory = Manifests, ProjectPath = Path.Combine(_dir, "App.csproj") };
        return (log, task.Execute());
    }
}
