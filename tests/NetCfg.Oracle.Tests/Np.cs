using System.Collections.Generic;
using System.Linq;
using k8s.Models;

namespace NetCfg.Oracle.Tests;

/// <summary>Terse builders for NetworkPolicy objects (mirroring the E2E helpers' shapes).</summary>
internal static class Np
{
    public const string NsName = "kubernetes.io/metadata.name";

    /// <summary>matchLabels selector; no arguments = {}.</summary>
    public static V1LabelSelector Sel(params (string Key, string Value)[] labels) =>
        new() { MatchLabels = labels.ToDictionary(l => l.Key, l => l.Value) };

    public static V1LabelSelector Expr(string key, string op, params string[] values) =>
        new() { MatchExpressions = [new V1LabelSelectorRequirement { Key = key, OperatorProperty = op, Values = values.Length == 0 ? null : values.ToList() }] };

    public static V1LabelSelector PodLabel(string name) => Sel(("pod", name));

    public static V1LabelSelector NsLabel(string name) => Sel((NsName, name));

    public static V1NetworkPolicyPeer PodPeer(V1LabelSelector pod) => new() { PodSelector = pod };

    public static V1NetworkPolicyPeer NsPeer(V1LabelSelector ns) => new() { NamespaceSelector = ns };

    public static V1NetworkPolicyPeer Peer(V1LabelSelector ns, V1LabelSelector pod) => new() { NamespaceSelector = ns, PodSelector = pod };

    public static V1NetworkPolicyPeer Block(string cidr, params string[] except) =>
        new() { IpBlock = new V1IPBlock { Cidr = cidr, Except = except.Length == 0 ? null : except.ToList() } };

    public static V1NetworkPolicyPort Port(int port, string? protocol = null, int? endPort = null) =>
        new() { Port = port, Protocol = protocol, EndPort = endPort };

    public static V1NetworkPolicyPort Named(string name, string? protocol = null) => new() { Port = name, Protocol = protocol };

    public static V1NetworkPolicyPort Proto(string protocol) => new() { Protocol = protocol };

    public static V1NetworkPolicyIngressRule In(V1NetworkPolicyPeer[]? from = null, V1NetworkPolicyPort[]? ports = null) =>
        new() { FromProperty = from?.ToList(), Ports = ports?.ToList() };

    public static V1NetworkPolicyEgressRule Out(V1NetworkPolicyPeer[]? to = null, V1NetworkPolicyPort[]? ports = null) =>
        new() { To = to?.ToList(), Ports = ports?.ToList() };

    /// <summary>Bare policy: no policyTypes, no rules.</summary>
    public static V1NetworkPolicy Policy(string name, string ns, V1LabelSelector podSelector) => new()
    {
        ApiVersion = "networking.k8s.io/v1",
        Kind = "NetworkPolicy",
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns },
        Spec = new V1NetworkPolicySpec { PodSelector = podSelector },
    };

    /// <summary>Like SetSpecIngressRules: ingress = rules (possibly empty), policyTypes += Ingress.</summary>
    public static V1NetworkPolicy WithIngress(this V1NetworkPolicy policy, params V1NetworkPolicyIngressRule[] rules)
    {
        policy.Spec.Ingress = rules.ToList();
        policy.Spec.PolicyTypes = [.. policy.Spec.PolicyTypes ?? new List<string>(), "Ingress"];
        return policy;
    }

    /// <summary>Like SetSpecEgressRules: egress = rules (possibly empty), policyTypes += Egress.</summary>
    public static V1NetworkPolicy WithEgress(this V1NetworkPolicy policy, params V1NetworkPolicyEgressRule[] rules)
    {
        policy.Spec.Egress = rules.ToList();
        policy.Spec.PolicyTypes = [.. policy.Spec.PolicyTypes ?? new List<string>(), "Egress"];
        return policy;
    }
}
