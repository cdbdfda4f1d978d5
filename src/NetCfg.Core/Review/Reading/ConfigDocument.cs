using NetCfg.Core.Model;

namespace NetCfg.Core.Review.Reading;

/// <summary>One dependsOn entry of a LocalNetworkConfig: a component and port, or a NetworkProfile.</summary>
public sealed record ConfigDependency(string? Component, PortSpec? Port, string? Profile);

/// <summary>One component of a LocalNetworkConfig, with its dependsOn entries in file order, and where its name is written.</summary>
public sealed record ConfigComponent(string Name, Selector Selector, EquatableArray<ConfigDependency> DependsOn, int Line = 0, int Column = 0);

/// <summary>A LocalNetworkConfig as read: name, namespace and components (sorted by name).</summary>
public sealed record ConfigDocument(string Name, string? Namespace, EquatableArray<ConfigComponent> Components);
