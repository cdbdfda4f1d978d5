using System;
using System.Linq;
using NetCfg.Core.Model;

namespace NetCfg.Core.Review.Evaluation;

/// <summary>The flows to and from one component, as a review of their own.</summary>
public static class FlowFocus
{
    /// <summary>Null when no component has that name.</summary>
    public static NetworkFlows? On(NetworkFlows flows, string component)
    {
        if (!flows.Components.Any(c => c.Name == component)) return null;
        var id = new FlowEndpoint(EndpointKind.Component, component, null).Id;
        var kept = flows.Flows.Where(f => f.From.Id == id || f.To.Id == id).ToList();
        var used = new System.Collections.Generic.HashSet<string>(kept.SelectMany(f => new[] { f.From.Id, f.To.Id }), StringComparer.Ordinal) { id };
        return new NetworkFlows(
            flows.Components.Where(c => used.Contains(new FlowEndpoint(EndpointKind.Component, c.Name, null).Id)).ToEquatableArray(),
            flows.Endpoints.Where(e => used.Contains(e.Id)).ToEquatableArray(),
            kept.ToEquatableArray());
    }
}
