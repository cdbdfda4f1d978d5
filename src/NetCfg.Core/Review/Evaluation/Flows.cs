using NetCfg.Core.Model;
using NetCfg.Core.Review.Reading;

namespace NetCfg.Core.Review.Evaluation;

/// <summary>What an endpoint of the review stands for.</summary>
public enum EndpointKind
{
    /// <summary>A component of the config: a pod that carries exactly its selector's labels.</summary>
    Component,

    /// <summary>A selector peer: a pod that carries exactly its selectors' labels, in a namespace that does.</summary>
    Pods,

    /// <summary>An ipBlock peer: an address inside its cidr, outside its excepts and outside every smaller block named.</summary>
    Addresses,

    /// <summary>An address no ipBlock names, which only rules without peers reach.</summary>
    Anywhere,
}

/// <summary>One end of a flow. <see cref="Key"/> is its identity (component name or peer text); <see cref="Label"/> is cosmetic.</summary>
public sealed record FlowEndpoint(EndpointKind Kind, string Key, string? Label)
{
    /// <summary>The identity the diff compares: components and peers never share one.</summary>
    public string Id => (Kind == EndpointKind.Component ? "component " : "peer ") + Key;

    /// <summary>What the review shows: the label when there is one, else the key.</summary>
    public string Name => Label ?? Key;
}

/// <summary>Everything one endpoint may open to another: one row of the review.</summary>
public sealed record NetworkFlow(FlowEndpoint From, FlowEndpoint To, PortSet Ports);

/// <summary>The review of one manifests folder: its components, the endpoints of its flows, and the flows, sorted.</summary>
public sealed record NetworkFlows(
    EquatableArray<ComponentView> Components,
    EquatableArray<FlowEndpoint> Endpoints,
    EquatableArray<NetworkFlow> Flows);
