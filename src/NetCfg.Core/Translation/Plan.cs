using System.Collections.Generic;
using NetCfg.Core.Model;

namespace NetCfg.Core.Translation;

/// <summary>One planned file; each renders on its own.</summary>
internal abstract record PlannedFile(string Path);

/// <summary>A kustomization.yaml listing the files of its folder.</summary>
internal sealed record PlannedKustomization(string Path, IReadOnlyList<string> Resources) : PlannedFile(Path);

/// <summary>The platform's LocalNetworkConfig.</summary>
internal sealed record PlannedConfig(string Path, string Name, string? Namespace, IReadOnlyList<ConfigEntry> Components) : PlannedFile(Path);

/// <summary>One component of the LocalNetworkConfig: its selector, then its dependsOn entries.</summary>
internal sealed record ConfigEntry(string Name, Selector Selector, IReadOnlyList<(string Component, PortSpec Port)> Dependencies, IReadOnlyList<string> Profiles);

/// <summary>A NetworkPolicy with both policy types; a null selector (every pod) only for default-deny.</summary>
internal sealed record PlannedPolicy(string Path, string Name, string? Namespace, Selector? PodSelector, IReadOnlyList<Rule> Ingress, IReadOnlyList<Rule> Egress) : PlannedFile(Path);
