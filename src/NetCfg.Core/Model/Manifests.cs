namespace NetCfg.Core.Model;

/// <summary>One file to emit, as an equatable model; each renders on its own.</summary>
public abstract record ManifestModel(string Path);

/// <summary>A kustomization.yaml listing the files of its folder.</summary>
public sealed record KustomizationModel(string Path, EquatableArray<string> Resources) : ManifestModel(Path);

/// <summary>The platform's LocalNetworkConfig.</summary>
public sealed record LocalNetworkConfigModel(string Path, string Name, string? Namespace, EquatableArray<ConfigComponent> Components) : ManifestModel(Path);

/// <summary>One component of the LocalNetworkConfig: its selector and its dependsOn entries.</summary>
public sealed record ConfigComponent(string Name, EquatableArray<Label> Selector, EquatableArray<ConfigDependency> Dependencies, EquatableArray<string> Profiles);

/// <summary>A {component, port} entry of dependsOn.</summary>
public sealed record ConfigDependency(string Component, PortSpec Port);

/// <summary>A networking.k8s.io/v1 NetworkPolicy with both policy types; an empty selector only for default-deny.</summary>
public sealed record PolicyModel(
    string Path,
    string Name,
    string? Namespace,
    EquatableArray<Label> PodSelector,
    EquatableArray<PolicyRule> Ingress,
    EquatableArray<PolicyRule> Egress) : ManifestModel(Path);

/// <summary>A rule: traffic from/to any of the peers, on any of the ports.</summary>
public sealed record PolicyRule(EquatableArray<ProfilePeer> Peers, EquatableArray<PortSpec> Ports);

/// <summary>The translator's plan: models of every file, or the errors that block them all.</summary>
public sealed record ManifestPlan(EquatableArray<ManifestModel> Files, EquatableArray<string> Errors)
{
    public bool Succeeded => Errors.IsEmpty;
}
