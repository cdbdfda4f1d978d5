using System.Collections.Generic;

namespace NetCfg.Oracle;

/// <summary>A container port of a pod; <see cref="Name"/> is what named NetworkPolicy ports resolve to.</summary>
public sealed record ContainerPort(string? Name, int Port, string Protocol = "TCP");

/// <summary>A pod: namespace, current labels, IP (v4 or v6) and container ports.</summary>
public sealed record Pod(
    string Namespace,
    IReadOnlyDictionary<string, string> Labels,
    string Ip,
    IReadOnlyList<ContainerPort>? Ports = null);

/// <summary>One end of a connection.</summary>
public abstract record Endpoint;

/// <summary>A pod inside the cluster (matched by selectors and, via its IP, by ipBlocks).</summary>
public sealed record PodEndpoint(Pod Pod) : Endpoint;

/// <summary>An address outside the cluster: matched only by ipBlocks, never isolated itself.</summary>
public sealed record ExternalEndpoint(string Ip) : Endpoint;
