using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Reading;
using NetCfg.Core.Validation;

namespace NetCfg.Core.Review.Evaluation;

/// <summary>The endpoints of a view: each component, each distinct peer of the policies (by key), and "anywhere".</summary>
internal static class EndpointCatalog
{
    public static List<RepresentativeEndpoint> Build(NetworkView view, string defaultNamespace, IReadOnlyDictionary<string, string>? peerLabels)
    {
        var sites = new List<RepresentativeEndpoint>();
        var ns = view.Namespace ?? defaultNamespace;
        foreach (var component in view.Components)
        {
            // A selector no pod can satisfy selects nothing: such a component has no flows.
            if (Representatives.Labels(component.Selector) is { } labels)
            {
                sites.Add(new RepresentativeEndpoint(new FlowEndpoint(EndpointKind.Component, component.Name, null), ns, labels, NamespaceOf(ns), null));
            }
        }

        var peers = view.Policies
            .SelectMany(p => p.Ingress.Concat(p.Egress).SelectMany(r => r.Peers).Select(peer => (Peer: peer, Key: PeerKeys.Of(peer, p.Namespace ?? defaultNamespace), Namespace: p.Namespace ?? defaultNamespace)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First());
        var selectors = new HashSet<Model.Selector>(view.Components.Select(c => c.Selector));
        foreach (var (peer, key, policyNamespace) in peers)
        {
            if (IsComponent(peer, policyNamespace, ns, selectors)) continue;
            var endpoint = new FlowEndpoint(peer.IpBlock is null ? EndpointKind.Pods : EndpointKind.Addresses, key, Label(peerLabels, key));
            if (PeerSite(endpoint, peer, policyNamespace) is { } site) sites.Add(site);
        }

        sites.Add(new RepresentativeEndpoint(new FlowEndpoint(EndpointKind.Anywhere, PeerKeys.Anywhere, Label(peerLabels, PeerKeys.Anywhere)), null, null, null, null));
        return sites;
    }

    // A peer that selects exactly a component's pods is that component, not a peer of its own.
    private static bool IsComponent(Model.Peer peer, string policyNamespace, string componentNamespace, HashSet<Model.Selector> selectors) =>
        peer.IpBlock is null
        && (peer.NamespaceSelector is { } nsSelector
            ? nsSelector.MatchExpressions.IsEmpty && nsSelector.MatchLabels.Count == 1
              && nsSelector.MatchLabels[0] == new Model.Label(PeerKeys.NamespaceNameLabel, componentNamespace)
            : policyNamespace == componentNamespace)
        && selectors.Contains(peer.PodSelector ?? Selector.Everything);

    private static RepresentativeEndpoint? PeerSite(FlowEndpoint endpoint, Model.Peer peer, string policyNamespace)
    {
        if (peer.IpBlock is { } block)
        {
            return Cidrs.TryParse(block.Cidr, out var network) is null ? new RepresentativeEndpoint(endpoint, null, null, null, network) : null;
        }

        var namespaceLabels = peer.NamespaceSelector is { } selector ? Namespace(selector) : NamespaceOf(policyNamespace);
        var labels = Representatives.Labels(peer.PodSelector ?? Selector.Everything);
        return namespaceLabels is null || labels is null ? null : new RepresentativeEndpoint(endpoint, namespaceLabels[PeerKeys.NamespaceNameLabel], labels, namespaceLabels, null);
    }

    // A namespace the selector selects; unless it names one, a made-up name no real namespace (a DNS label) can have.
    private static Dictionary<string, string>? Namespace(Model.Selector selector)
    {
        var labels = Representatives.Labels(selector);
        if (labels is null) return null;
        if (!labels.ContainsKey(PeerKeys.NamespaceNameLabel)) labels[PeerKeys.NamespaceNameLabel] = "(" + PeerKeys.Selector(selector) + ")";
        return Representatives.Matches(selector, labels) ? labels : null;
    }

    private static Dictionary<string, string> NamespaceOf(string name) =>
        new(StringComparer.Ordinal) { [PeerKeys.NamespaceNameLabel] = name };

    private static string? Label(IReadOnlyDictionary<string, string>? labels, string key) =>
        labels is not null && labels.TryGetValue(key, out var label) ? label : null;
}
