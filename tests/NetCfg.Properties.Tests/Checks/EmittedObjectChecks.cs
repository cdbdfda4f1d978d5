using System;
using System.Collections.Generic;
using System.Linq;
using k8s;
using k8s.Models;
using NetCfg.TestKit;
using NetCfg.Oracle;
using NetCfg.Properties.Tests.Harness;
using NetCfg.Properties.Tests.Topologies;

namespace NetCfg.Properties.Tests.Checks;

/// <summary>
/// Issue 4, part 3, as checks on one successful run: every file is one YAML document; every NetworkPolicy is valid for
/// the API server (strict), round-trips through V1NetworkPolicy, and has the shape the README promises; the
/// LocalNetworkConfig and the kustomizations say exactly what the topology declares.
/// </summary>
internal static partial class EmittedObjectChecks
{
    public const string ManagedByKey = "app.kubernetes.io/managed-by";
    public const string ManagedByValue = "netcfg";
    public const string DefaultDenySuffix = "default-deny";

    public static List<string> Check(Topology topology, Manifests manifests)
    {
        var problems = new List<string>();
        var expectedFiles = new[] { "platform/local-network-config.yaml", "platform/kustomization.yaml", "networkpolicy/kustomization.yaml", "networkpolicy/default-deny.yaml" }
            .Concat(topology.Components.Select(c => $"networkpolicy/component-{c.Name}.yaml"))
            .OrderBy(f => f, StringComparer.Ordinal);
        if (!expectedFiles.SequenceEqual(manifests.Files.Keys.OrderBy(f => f, StringComparer.Ordinal)))
        {
            problems.Add($"files: expected [{string.Join(", ", expectedFiles)}], got [{string.Join(", ", manifests.Files.Keys.OrderBy(f => f, StringComparer.Ordinal))}]");
        }

        foreach (var (path, text) in manifests.Files)
        {
            try
            {
                if (YamlNodes.Load(text).Count != 1) problems.Add($"{path}: not exactly one YAML document");
                problems.AddRange(ScalarChecks.Problems(path, text));
            }
            catch (Exception e)
            {
                problems.Add($"{path}: not YAML: {e.Message}");
            }
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, text) in manifests.PolicyFiles)
        {
            var suffix = path == "networkpolicy/default-deny.yaml" ? DefaultDenySuffix : path["networkpolicy/component-".Length..^".yaml".Length];
            var component = topology.Components.SingleOrDefault(c => c.Name == suffix);
            try
            {
                CheckPolicy(topology, path, text, suffix, component, names, problems);
            }
            catch (Exception e)
            {
                problems.Add($"{path}: {e.GetType().Name}: {e.Message}");
            }
        }

        CheckLocalNetworkConfig(topology, manifests, problems);
        CheckKustomizations(manifests, problems);
        return problems;
    }

    private static void CheckPolicy(Topology topology, string path, string text, string suffix, ComponentSpec? component, HashSet<string> names, List<string> problems)
    {
        problems.AddRange(NetworkPolicySchemaValidator.ValidateYaml(text).Select(e => $"{path}: upstream schema: {e}"));
        var policy = KubernetesYaml.Deserialize<V1NetworkPolicy>(text, strict: true);
        problems.AddRange(ApiValidator.ValidateStrict(policy).Select(e => $"{path}: API validation: {e}"));
        if (policy.ApiVersion != "networking.k8s.io/v1") problems.Add($"{path}: apiVersion '{policy.ApiVersion}'");
        if (policy.Kind != "NetworkPolicy") problems.Add($"{path}: kind '{policy.Kind}'");

        // Round trip: deserialize -> serialize -> deserialize gives the same object.
        var again = KubernetesYaml.Deserialize<V1NetworkPolicy>(KubernetesYaml.Serialize(policy), strict: true);
        if (KubernetesJson.Serialize(again) is var second && KubernetesJson.Serialize(policy) is var first && first != second)
        {
            problems.Add($"{path}: does not round-trip through V1NetworkPolicy:\n{first}\n{second}");
        }

        var meta = policy.Metadata;
        if (meta?.Name is not { } name) problems.Add($"{path}: no metadata.name");
        else
        {
            if (!names.Add(name)) problems.Add($"{path}: policy name '{name}' is used twice");
            if (!name.EndsWith("." + suffix, StringComparison.Ordinal)) problems.Add($"{path}: name '{name}' does not end in '.{suffix}'");
            var plain = topology.ConfigName + "." + suffix;
            if (plain.Length <= 253 && name != plain) problems.Add($"{path}: name '{name}', expected '{plain}'");
        }

        if (meta?.NamespaceProperty != topology.Namespace) problems.Add($"{path}: namespace '{meta?.NamespaceProperty}', expected '{topology.Namespace}'");
        if (meta?.Labels is not { } labels || !labels.TryGetValue(ManagedByKey, out var managedBy) || managedBy != ManagedByValue)
        {
            problems.Add($"{path}: missing label {ManagedByKey}={ManagedByValue}");
        }

        var spec = policy.Spec;
        if (spec?.PolicyTypes is not { } types || !types.SequenceEqual(new[] { "Ingress", "Egress" }))
        {
            problems.Add($"{path}: policyTypes [{string.Join(", ", spec?.PolicyTypes ?? new List<string>())}], expected explicit [Ingress, Egress]");
        }

        var selector = SelectorText.Of(spec?.PodSelector);
        if (component is null)
        {
            if (suffix != DefaultDenySuffix) problems.Add($"{path}: no component '{suffix}' was declared");
            if (selector != "{}") problems.Add($"{path}: the default-deny podSelector is {selector}, not empty");
            if (spec?.Ingress is { Count: > 0 } || spec?.Egress is { Count: > 0 }) problems.Add($"{path}: the default-deny policy has rules");
        }
        else
        {
            if (selector == "{}") problems.Add($"{path}: empty podSelector on a component policy");
            if (selector != SelectorText.Of(component)) problems.Add($"{path}: podSelector {selector}, expected {SelectorText.Of(component)}");
            CheckDns(topology, path, component, spec!, problems);
        }

        var peers = (spec?.Ingress ?? new List<V1NetworkPolicyIngressRule>()).SelectMany(r => r.FromProperty ?? new List<V1NetworkPolicyPeer>())
            .Concat((spec?.Egress ?? new List<V1NetworkPolicyEgressRule>()).SelectMany(r => r.To ?? new List<V1NetworkPolicyPeer>()))
            .ToList();
        var declaredPeers = DeclaredPeers(topology);
        var declaredBlocks = DeclaredBlocks(topology);
        foreach (var peer in peers)
        {
            if (peer.PodSelector is not null && SelectorText.Of(peer.PodSelector) == "{}") problems.Add($"{path}: a peer has an empty podSelector");
            if (peer.NamespaceSelector is not null && SelectorText.Of(peer.NamespaceSelector) == "{}") problems.Add($"{path}: a peer has an empty namespaceSelector");
            var key = peer.IpBlock is { } block
                ? block.Cidr + " except [" + string.Join(", ", (block.Except ?? new List<string>()).OrderBy(e => e, StringComparer.Ordinal)) + "]"
                : SelectorText.Peer(SelectorText.Of(peer.NamespaceSelector), SelectorText.Of(peer.PodSelector));
            if (!(peer.IpBlock is null ? declaredPeers : declaredBlocks).Contains(key)) problems.Add($"{path}: peer {key} is not declared");
        }

        var declaredNames = DeclaredPortNames(topology);
        var ports = (spec?.Ingress ?? new List<V1NetworkPolicyIngressRule>()).SelectMany(r => r.Ports ?? new List<V1NetworkPolicyPort>())
            .Concat((spec?.Egress ?? new List<V1NetworkPolicyEgressRule>()).SelectMany(r => r.Ports ?? new List<V1NetworkPolicyPort>()));
        foreach (var port in ports.Where(p => p.Port?.Value is { } v && !int.TryParse(v, out _)))
        {
            if (!declaredNames.Contains(port.Port.Value)) problems.Add($"{path}: port name '{port.Port.Value}' is not declared");
        }

        if ((spec?.Ingress ?? new List<V1NetworkPolicyIngressRule>()).Any(r => r.FromProperty is null or { Count: 0 })
            || (spec?.Egress ?? new List<V1NetworkPolicyEgressRule>()).Any(r => r.To is null or { Count: 0 }))
        {
            problems.Add($"{path}: a rule without peers (it would allow everyone)");
        }
    }

    private static void Expect(string? actual, string? expected, string what, List<string> problems)
    {
        if (actual != expected) problems.Add($"{what}: '{actual}', expected '{expected}'");
    }
}
