using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using k8s.Models;

namespace NetCfg.Oracle;

/// <summary>
/// Namespaces (with labels) plus NetworkPolicies; answers whether a connection is allowed.
/// Pods are not registered: endpoints carry them, so their current labels are always used.
/// Policies are held by reference (not copied). Policies the evaluator cannot interpret
/// (invalid operator, protocol, CIDR, peer shape, endPort) raise <see cref="InvalidOperationException"/>.
/// </summary>
public sealed class Cluster
{
    public const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> namespaces = new(StringComparer.Ordinal);

    /// <param name="namespaces">Namespace name to labels; <c>kubernetes.io/metadata.name=&lt;name&gt;</c> is always added.</param>
    /// <param name="policies">Policies; one without metadata.namespace lives in <paramref name="defaultNamespace"/>.</param>
    public Cluster(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> namespaces,
        IEnumerable<V1NetworkPolicy> policies,
        string defaultNamespace = "default")
    {
        ArgumentNullException.ThrowIfNull(namespaces);
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentException.ThrowIfNullOrEmpty(defaultNamespace);
        foreach (var (name, labels) in namespaces)
        {
            AddNamespace(name, labels);
        }

        Policies = policies.Select(p => p ?? throw new ArgumentException("null policy", nameof(policies))).ToList();
        DefaultNamespace = defaultNamespace;
    }

    /// <summary>Namespaces that carry only their automatic name label.</summary>
    public Cluster(IEnumerable<string> namespaces, IEnumerable<V1NetworkPolicy> policies, string defaultNamespace = "default")
        : this(namespaces.ToDictionary(n => n, _ => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(), StringComparer.Ordinal), policies, defaultNamespace)
    {
    }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Namespaces => namespaces;

    public IReadOnlyList<V1NetworkPolicy> Policies { get; }

    public string DefaultNamespace { get; }

    /// <summary>Labels of a namespace; an unknown namespace is treated as existing with only its name label.</summary>
    public IReadOnlyDictionary<string, string> NamespaceLabels(string name) =>
        namespaces.TryGetValue(name, out var labels) ? labels : new Dictionary<string, string> { [NamespaceNameLabel] = name };

    public string PolicyNamespace(V1NetworkPolicy policy) => policy.Metadata?.NamespaceProperty ?? DefaultNamespace;

    /// <summary>policyTypes after API defaulting: explicit list, else [Ingress] plus Egress iff egress is non-empty.</summary>
    public static IReadOnlyList<string> EffectivePolicyTypes(V1NetworkPolicySpec? spec)
    {
        if (spec?.PolicyTypes is { Count: > 0 } explicitTypes)
        {
            return explicitTypes.Distinct(StringComparer.Ordinal).ToList();
        }

        return spec?.Egress is { Count: > 0 } ? ["Ingress", "Egress"] : ["Ingress"];
    }

    /// <summary>The policy is in the pod's namespace and its podSelector (null = {}) matches the pod.</summary>
    public bool Selects(V1NetworkPolicy policy, Pod pod) =>
        string.Equals(PolicyNamespace(policy), pod.Namespace, StringComparison.Ordinal)
        && Selectors.Matches(policy.Spec?.PodSelector, pod.Labels);

    public bool IsIsolatedForIngress(Pod pod) => PoliciesFor(pod, "Ingress").Any();

    public bool IsIsolatedForEgress(Pod pod) => PoliciesFor(pod, "Egress").Any();

    /// <summary>Both ends must allow: the source's egress and the destination's ingress.</summary>
    public bool Allowed(Endpoint source, Endpoint destination, string protocol, int port) =>
        EgressAllowed(source, destination, protocol, port) && IngressAllowed(source, destination, protocol, port);

    /// <summary>Does the destination's ingress side admit this connection? External destinations are never isolated.</summary>
    public bool IngressAllowed(Endpoint source, Endpoint destination, string protocol, int port)
    {
        CheckTraffic(source, destination, protocol, port);
        if (destination is not PodEndpoint { Pod: var pod })
        {
            return true;
        }

        var policies = PoliciesFor(pod, "Ingress").ToList();
        return policies.Count == 0 || policies.Any(p => Evaluate(p, () => (p.Spec?.Ingress ?? []).Any(rule =>
            Peers.Allows(rule.FromProperty, source, PolicyNamespace(p), this)
            && Ports.Allows(rule.Ports, destination, protocol, port))));
    }

    /// <summary>Does the source's egress side let this connection out? External sources are never isolated.</summary>
    public bool EgressAllowed(Endpoint source, Endpoint destination, string protocol, int port)
    {
        CheckTraffic(source, destination, protocol, port);
        if (source is not PodEndpoint { Pod: var pod })
        {
            return true;
        }

        var policies = PoliciesFor(pod, "Egress").ToList();
        return policies.Count == 0 || policies.Any(p => Evaluate(p, () => (p.Spec?.Egress ?? []).Any(rule =>
            Peers.Allows(rule.To, destination, PolicyNamespace(p), this)
            && Ports.Allows(rule.Ports, destination, protocol, port))));
    }

    internal static IPAddress AddressOf(Endpoint endpoint)
    {
        var text = endpoint switch
        {
            PodEndpoint p => p.Pod.Ip,
            ExternalEndpoint e => e.Ip,
            _ => throw new ArgumentException($"unsupported endpoint {endpoint}"),
        };
        return IpBlocks.TryParseAddress(text, out var address) ? address! : throw new ArgumentException($"'{text}' is not an IP address");
    }

    private IEnumerable<V1NetworkPolicy> PoliciesFor(Pod pod, string policyType) =>
        Policies.Where(p => Selects(p, pod) && EffectivePolicyTypes(p.Spec).Contains(policyType, StringComparer.Ordinal));

    private bool Evaluate(V1NetworkPolicy policy, Func<bool> body)
    {
        try
        {
            return body();
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"NetworkPolicy {PolicyNamespace(policy)}/{policy.Metadata?.Name}: {e.Message}", e);
        }
    }

    private void AddNamespace(string name, IReadOnlyDictionary<string, string>? labels)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var copy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in labels ?? new Dictionary<string, string>())
        {
            copy[key] = value;
        }

        copy[NamespaceNameLabel] = name;
        namespaces[name] = copy;
    }

    private static void CheckTraffic(Endpoint source, Endpoint destination, string protocol, int port)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        if (!Ports.Protocols.Contains(protocol, StringComparer.Ordinal))
        {
            throw new ArgumentException($"protocol must be TCP, UDP or SCTP, not '{protocol}'", nameof(protocol));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
    }
}
