using System;
using System.IO;
using System.Linq;
using NetCfg.Core;
using NetCfg.Core.Model;
using NetCfg.Core.Profiles;
using NetCfg.Core.Translation;

namespace NetCfg.Core.Tests;

/// <summary>Declarations as the generator would read them, for the guide's examples and ad-hoc cases.</summary>
internal static class Fixtures
{
    public static string Guide(string file) => System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Guide", file));

    public static ComponentDeclaration Component(string type, string name, Label[]? labels = null, ComponentDependency[]? deps = null, string[]? profiles = null) =>
        new(type, name, (labels ?? Array.Empty<Label>()).ToEquatableArray(), (deps ?? Array.Empty<ComponentDependency>()).ToEquatableArray(), (profiles ?? Array.Empty<string>()).ToEquatableArray(), EquatableArray<string>.Empty);

    public static ComponentDependency Dep(string target, int? port = null, int? endPort = null, Protocol protocol = Protocol.Tcp) => new(target, port, endPort, protocol);

    public static Label L(string key, string value) => new(key, value);

    public static TranslationInput Input(ConfigDeclaration? config, ComponentDeclaration[] components, ProfileFile[]? profiles = null, bool allowDns = true) => new(
        config is null ? EquatableArray<ConfigDeclaration>.Empty : new[] { config }.ToEquatableArray(),
        components.ToEquatableArray(),
        (profiles ?? Array.Empty<ProfileFile>()).ToEquatableArray(),
        new TranslationOptions(allowDns));

    public static TranslationInput MyApp() => Input(
        new ConfigDeclaration("my-app-network-config", null),
        new[]
        {
            Component("global::MyApp.Frontend", "frontend", new[] { L("app.kubernetes.io/name", "frontend") }, new[] { Dep("global::MyApp.Backend", 8080) }),
            Component("global::MyApp.Backend", "backend", new[] { L("app.kubernetes.io/name", "backend") }),
        });

    public static TranslationInput MyWorker() => Input(
        new ConfigDeclaration("my-worker-network-config", null),
        new[] { Component("global::MyWorker.MyWorkerApp", "my-worker-app", new[] { L("app.kubernetes.io/name", "my-worker") }, profiles: new[] { "allow-egress-to-cloudflare-dns" }) },
        new[] { ProfileParser.Parse("profiles/cloudflare.yaml", Guide("allow-egress-to-cloudflare-dns.yaml")) });

    public static TranslationResult Translate(TranslationInput input) => NetworkConfigTranslator.Translate(input);

    public static string File(this TranslationResult result, string path) =>
        result.Files.SingleOrDefault(f => f.Path == path)?.Content ?? throw new InvalidOperationException($"no file {path}; have {string.Join(", ", result.Files.Select(f => f.Path))}; errors: {string.Join("; ", result.Errors)}");
}
