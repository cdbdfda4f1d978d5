using System;
using System.Collections.Generic;
using System.Linq;
using k8s;
using k8s.Models;
using NetCfg.TestKit;

namespace NetCfg.Properties.Tests.Harness;

/// <summary>The emitted files of a carrier, and its NetworkPolicies deserialized strictly.</summary>
internal sealed class Manifests
{
    public const string PolicyFolder = "networkpolicy/";
    public const string PlatformFolder = "platform/";
    public const string Kustomization = "kustomization.yaml";

    private Manifests(IReadOnlyDictionary<string, string> files) => Files = files;

    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>networkpolicy/*.yaml except the kustomization, by path.</summary>
    public IEnumerable<KeyValuePair<string, string>> PolicyFiles =>
        Files.Where(f => f.Key.StartsWith(PolicyFolder, StringComparison.Ordinal) && !f.Key.EndsWith("/" + Kustomization, StringComparison.Ordinal));

    /// <summary>The files the task renders from the carrier, with the options of the topology (default options without one).</summary>
    public static Manifests From(CarriedOutput carrier, Topologies.Topology? topology = null) =>
        new((topology is null ? carrier.Files : carrier.FilesWith(Topologies.SourceWriter.RenderOptions(topology))).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));

    /// <summary>Every NetworkPolicy, deserialized with unknown fields rejected.</summary>
    public IReadOnlyList<(string Path, V1NetworkPolicy Policy)> Policies() =>
        PolicyFiles.Select(f => (f.Key, KubernetesYaml.Deserialize<V1NetworkPolicy>(f.Value, strict: true))).ToList();
}
