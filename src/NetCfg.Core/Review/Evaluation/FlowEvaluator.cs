using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Reading;

namespace NetCfg.Core.Review.Evaluation;

/// <summary>
/// The flows the NetworkPolicies of a view allow, by NetworkPolicy semantics: isolation per direction, the union of the
/// policies that select a pod, both ends must allow. Only flows with a component at one end are listed. A peer that is
/// not a pod of the policies' namespace is not governed by them, so only the component's side counts. Pod IPs are not
/// known, so ipBlocks are taken to cover addresses only.
/// </summary>
public static class FlowEvaluator
{
    /// <summary>Where policies and a config without metadata.namespace are taken to live (kubectl's default).</summary>
    public const string DefaultNamespace = "default";

    /// <param name="peerLabels">Optional display labels of peers, by <see cref="PeerKeys"/> key; they never change a flow.</param>
    public static NetworkFlows Evaluate(NetworkView view, IReadOnlyDictionary<string, string>? peerLabels = null, string defaultNamespace = DefaultNamespace)
    {
        var sites = EndpointCatalog.Build(view, defaultNamespace, peerLabels);
        var matcher = new EndpointMatcher(sites);
        var egress = Allowances(view, sites, matcher, defaultNamespace, egress: true);
        var ingress = Allowances(view, sites, matcher, defaultNamespace, egress: false);
        var flows = new List<NetworkFlow>();
        for (var s = 0; s < sites.Count; s++)
        {
            var targets = egress[s] is { } allowed ? allowed.Keys : Enumerable.Range(0, sites.Count);
            foreach (var t in targets)
            {
                if (!sites[s].IsComponent && !sites[t].IsComponent) continue;
                var ports = Side(egress[s], t)?.Intersect(Side(ingress[t], s) ?? PortSet.None) ?? PortSet.None;
                if (!sites[t].IsPod) ports = ports.WithoutNames();
                if (!ports.IsEmpty) flows.Add(new NetworkFlow(sites[s].Endpoint, sites[t].Endpoint, ports));
            }
        }

        flows.Sort((a, b) => Compare(a, b));
        var used = new HashSet<string>(flows.SelectMany(f => new[] { f.From.Id, f.To.Id }), StringComparer.Ordinal);
        var endpoints = view.Components.Select(c => new FlowEndpoint(EndpointKind.Component, c.Name, null))
            .Concat(sites.Select(s => s.Endpoint).Where(e => e.Kind != EndpointKind.Component && used.Contains(e.Id))
                .OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal));
        return new NetworkFlows(view.Components, endpoints.ToEquatableArray(), flows.ToEquatableArray());
    }

    // What one side lets through to/from site t: everything when it is not isolated in that direction, else what its rules allow (null: nothing).
    private static PortSet? Side(Dictionary<int, PortSet>? allowances, int t) =>
        allowances is null ? PortSet.All : allowances.TryGetValue(t, out var ports) ? ports : null;

    /// <summary>Per site: null when no policy isolates it in the direction, else the ports allowed to/from each other site.</summary>
    private static Dictionary<int, PortSet>?[] Allowances(NetworkView view, List<RepresentativeEndpoint> sites, EndpointMatcher matcher, string defaultNamespace, bool egress)
    {
        var result = new Dictionary<int, PortSet>?[sites.Count];
        var everyone = Enumerable.Range(0, sites.Count).ToArray();
        foreach (var policy in view.Policies.Where(p => egress ? p.IsolatesEgress : p.IsolatesIngress))
        {
            var ns = policy.Namespace ?? defaultNamespace;
            var selected = matcher.Selected(policy, ns).ToList();
            if (selected.Count == 0) continue;
            var rules = (egress ? policy.Egress : policy.Ingress)
                .Select(r => (Sites: r.Peers.IsEmpty ? everyone : r.Peers.SelectMany(p => matcher.Covered(p, ns)).Distinct().ToArray(), Ports: PortSet.Of(r.Ports)))
                .ToList();
            foreach (var s in selected)
            {
                var allowed = result[s] ??= new Dictionary<int, PortSet>();
                foreach (var (targets, ports) in rules)
                {
                    foreach (var t in targets) allowed[t] = allowed.TryGetValue(t, out var before) ? before.Union(ports) : ports;
                }
            }
        }

        return result;
    }

    private static int Compare(NetworkFlow a, NetworkFlow b)
    {
        var order = string.CompareOrdinal(a.From.Name, b.From.Name);
        if (order == 0) order = string.CompareOrdinal(a.To.Name, b.To.Name);
        if (order == 0) order = string.CompareOrdinal(a.From.Id, b.From.Id);
        return order != 0 ? order : string.CompareOrdinal(a.To.Id, b.To.Id);
    }
}
