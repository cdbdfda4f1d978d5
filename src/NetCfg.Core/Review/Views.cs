using NetCfg.Core.Model;

namespace NetCfg.Core.Review;

/// <summary>The operator of a matchExpressions entry.</summary>
public enum SelectorOperator
{
    In,
    NotIn,
    Exists,
    DoesNotExist,
}

/// <summary>One matchExpressions entry; values are empty for Exists and DoesNotExist.</summary>
public sealed record SelectorRequirement(string Key, SelectorOperator Operator, EquatableArray<string> Values);

/// <summary>A Kubernetes label selector: matchLabels AND every matchExpressions entry. Empty selects everything.</summary>
public sealed record LabelSelector(EquatableArray<Label> MatchLabels, EquatableArray<SelectorRequirement> MatchExpressions)
{
    public static readonly LabelSelector Everything = new(EquatableArray<Label>.Empty, EquatableArray<SelectorRequirement>.Empty);

    public bool IsEmpty => MatchLabels.IsEmpty && MatchExpressions.IsEmpty;
}

/// <summary>A from/to item: an ipBlock, or a namespace and/or pod selector (null = not given).</summary>
public sealed record PeerView(IpBlock? IpBlock, LabelSelector? NamespaceSelector, LabelSelector? PodSelector);

/// <summary>A port entry: protocol and either a number (optionally up to EndPort) or a port name; neither = every port.</summary>
public sealed record PortView(Protocol Protocol, int? Number, int? EndPort, string? Name);

/// <summary>An ingress or egress rule. No peers = every peer; no ports = every port of every protocol.</summary>
public sealed record RuleView(EquatableArray<PeerView> Peers, EquatableArray<PortView> Ports);

/// <summary>A NetworkPolicy with policyTypes already defaulted the way the API server does.</summary>
public sealed record PolicyView(
    string Path,
    string Name,
    string? Namespace,
    LabelSelector PodSelector,
    bool IsolatesIngress,
    bool IsolatesEgress,
    EquatableArray<RuleView> Ingress,
    EquatableArray<RuleView> Egress);

/// <summary>A component of the LocalNetworkConfig: its name and pod selector.</summary>
public sealed record ComponentView(string Name, LabelSelector Selector);

/// <summary>What the review reads from a manifests folder: the config's components and every NetworkPolicy.</summary>
public sealed record NetworkView(string? Namespace, EquatableArray<ComponentView> Components, EquatableArray<PolicyView> Policies);

/// <summary>The reader's answer: a view, or the errors that say why the files are not NetCfg manifests.</summary>
public sealed record NetworkReadResult(NetworkView? View, EquatableArray<string> Errors)
{
    public bool Succeeded => View is not null && Errors.IsEmpty;
}
