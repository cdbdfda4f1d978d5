using System;
using System.IO;
using System.Linq;
using NetCfg.Core;
using NetCfg.Core.Model;
using NetCfg.Core.Profiles;
using NetCfg.Core.Rules;
using NetCfg.Core.Translation;

namespace NetCfg.Core.Tests;

/// <summary>Declarations as the generator would read them, for the guide's examples and ad-hoc cases.</summary>
internal static class Fixtures
{
    public const string Assembly = "App";

    public static string Guide(string file) => System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Guide", file));

    public static ComponentDeclaration Component(string type, string name, Label[]? labels = null, DependencyDeclaration[]? deps = null, string[]? profiles = null, string assembly = Assembly) => new(
        type,
        type,
        assembly,
        true,
        name,
        true,
        (labels ?? Array.Empty<Label>()).Select(l => new LabelDeclaration(l.Key, l.Value)).ToEquatableArray(),
        EquatableArray<ExpressionDeclaration>.Empty,
        (deps ?? Array.Empty<DependencyDeclaration>()).ToEquatableArray(),
        (profiles ?? Array.Empty<string>()).Select(p => new ProfileReference(p)).ToEquatableArray());

    public static DependencyDeclaration Dep(string target, int? port = null, int? endPort = null, Protocol protocol = Protocol.Tcp, string assembly = Assembly) =>
        new(new TargetRef(TargetShape.Class, target, target, assembly, null), port, endPort, (int)protocol, null);

    /// <summary>A dependency by component name: <c>[DependsOn("name")]</c>.</summary>
    public static DependencyDeclaration DepOn(string name, int? port = null, string? portName = null) => new(TargetRef.ByName(name), port, null, 0, portName);

    public static ExpressionDeclaration Expr(string key, LabelOperator op, params string[] values) => new(key, (int)op, values.ToEquatableArray(), false);

    public static Label L(string key, string value) => new(key, value);

    public static TranslationInput Input(ConfigDeclaration? config, ComponentDeclaration[] components, ProfileFile[]? profiles = null, ComponentExport[]? imports = null) => new(
        Assembly,
        config is null ? EquatableArray<ConfigDeclaration>.Empty : new[] { config }.ToEquatableArray(),
        components.ToEquatableArray(),
        (imports ?? Array.Empty<ComponentExport>()).ToEquatableArray(),
        (profiles ?? Array.Empty<ProfileFile>()).ToEquatableArray());

    public static TranslationInput MyApp() => Input(
        new ConfigDeclaration("my-app-network-config", null),
        new[]
        {
            Component("MyApp.Frontend", "frontend", new[] { L("app.kubernetes.io/name", "frontend") }, new[] { Dep("MyApp.Backend", 8080) }),
            Component("MyApp.Backend", "backend", new[] { L("app.kubernetes.io/name", "backend") }),
        });

    public static TranslationInput MyWorker() => Input(
        new ConfigDeclaration("my-worker-network-config", null),
        new[] { Component("MyWorker.MyWorkerApp", "my-worker-app", new[] { L("app.kubernetes.io/name", "my-worker") }, profiles: new[] { "allow-egress-to-cloudflare-dns" }) },
        new[] { ProfileParser.Parse("profiles/cloudflare.yaml", Guide("allow-egress-to-cloudflare-dns.yaml")) });

    public static TranslationResult Translate(TranslationInput input, TranslationOptions? options = null) =>
        NetworkConfigTranslator.Translate(input, options ?? TranslationOptions.Default);

    public static readonly TranslationOptions NoDns = TranslationOptions.Default with { Dns = DnsMode.None };

    public static string Errors(this TranslationResult result) => string.Join("\n", result.Check.Problems.Select(p => $"{p.Id}: {p.Message}"));

    public static string File(this TranslationResult result, string path) =>
        result.Files.SingleOrDefault(f => f.Path == path)?.Content ?? throw new InvalidOperationException($"no file {path}; have {string.Join(", ", result.Files.Select(f => f.Path))}; problems: {result.Errors()}");

    /// <summary>The problems of a check, as "ID: message" lines.</summary>
    public static string[] Lines(CheckResult check) => check.Problems.Select(p => $"{p.Id}: {p.Message}").ToArray();
}
