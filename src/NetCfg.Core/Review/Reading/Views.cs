using NetCfg.Core.Model;

namespace NetCfg.Core.Review.Reading;

/// <summary>A NetworkPolicy with policyTypes already defaulted the way the API server does.</summary>
public sealed record PolicyView(
    string Path,
    string Name,
    string? Namespace,
    Model.Selector PodSelector,
    bool IsolatesIngress,
    bool IsolatesEgress,
    EquatableArray<Rule> Ingress,
    EquatableArray<Rule> Egress);

/// <summary>A component of the LocalNetworkConfig: its name and pod selector.</summary>
public sealed record ComponentView(string Name, Model.Selector Selector);

/// <summary>What the review reads from a manifests folder: the config's components and every NetworkPolicy (and the config as read, when known).</summary>
public sealed record NetworkView(string? Namespace, EquatableArray<ComponentView> Components, EquatableArray<PolicyView> Policies, ConfigDocument? Config = null);

/// <summary>The reader's answer: a view, or the errors that say why the files are not NetCfg manifests.</summary>
public sealed record NetworkReadResult(NetworkView? View, EquatableArray<string> Errors)
{
    public bool Succeeded => View is not null && Errors.IsEmpty;
}
