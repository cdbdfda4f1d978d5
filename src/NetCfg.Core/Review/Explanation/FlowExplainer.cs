using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Evaluation;
using NetCfg.Core.Review.Reading;
using NetCfg.Core.Rules;
using NetCfg.Core.Translation;
using NetCfg.Core.Validation;

namespace NetCfg.Core.Review.Explanation;

/// <summary>
/// Explains one probe over a view with the review's own matching (<see cref="EndpointMatcher"/>, <see cref="PortSet"/>):
/// the egress of FROM's pods and the ingress of TO's, rule by rule. Its verdicts are the flow table's.
/// </summary>
public static class FlowExplainer
{
    /// <summary>The explanation, or null with <paramref name="error"/> (an unknown component, a selector no pod has).</summary>
    /// <param name="sources">The build's map of what declared each rule; without it, rules are traced to the LocalNetworkConfig.</param>
    /// <param name="workloads">
    /// The project's workload files, to resolve the destination's named ports; without them a named port that a number is
    /// probed against stays a condition ("allowed if backend's port named http is 8080").
    /// </param>
    public static FlowExplanation? Explain(NetworkView view, ProbeEnd from, ProbeEnd to, ProbePort? port, out string? error, SourceMap? sources = null, string defaultNamespace = FlowEvaluator.DefaultNamespace, IReadOnlyList<WorkloadFile>? workloads = null)
    {
        var ns = view.Namespace ?? defaultNamespace;
        var sites = new List<RepresentativeEndpoint>();
        foreach (var end in new[] { from, to })
        {
            if (Site(view, end, ns, out error) is not { } site) return null;
            sites.Add(site);
        }

        error = null;
        var matcher = new EndpointMatcher(sites);
        var destination = Destination(view, to, sites[1], ns, workloads);
        var egress = Side(view, sources, matcher, sites, 0, 1, port, defaultNamespace, destination, egress: true);
        var ingress = Side(view, sources, matcher, sites, 1, 0, port, defaultNamespace, destination, egress: false);
        var allowed = egress.Ports.Intersect(ingress.Ports);
        var verdict = port is null
            ? allowed.IsEmpty ? Verdict.Denied : PortSet.DisplayOrder.All(p => allowed.For(p).Ranges.IsEmpty) ? Verdict.AllowedIfNamedPort : Verdict.Allowed
            : egress.Result == RuleMatch.No || ingress.Result == RuleMatch.No ? Verdict.Denied
            : egress.Result == RuleMatch.Yes && ingress.Result == RuleMatch.Yes ? Verdict.Allowed
            : Verdict.AllowedIfNamedPort;
        var summary = ExplanationText.Summary(from.ToString(), to.ToString(), port, verdict, allowed, egress, ingress);
        return new FlowExplanation(from.ToString(), to.ToString(), port, verdict, summary, allowed, egress, ingress);
    }

    private static RepresentativeEndpoint? Site(NetworkView view, ProbeEnd end, string ns, out string? error)
    {
        error = null;
        if (end.Address is { } ip)
        {
            Cidrs.TryParse(ip + (ip.Contains(':') ? "/128" : "/32"), out var block);
            return new RepresentativeEndpoint(new FlowEndpoint(EndpointKind.Addresses, end.ToString(), null), null, null, null, block);
        }

        if (end.Namespace is { } podNamespace)
        {
            var labels = end.Labels.ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);
            var namespaceLabels = end.NamespaceLabels.ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);
            namespaceLabels[PeerKeys.NamespaceNameLabel] = podNamespace;
            return new RepresentativeEndpoint(new FlowEndpoint(EndpointKind.Pods, end.ToString(), null), podNamespace, labels, namespaceLabels, null);
        }

        var component = view.Components.FirstOrDefault(c => c.Name == end.Component);
        if (component is null)
        {
            var closest = ClosestNames.Find(end.Component!, view.Components.Select(c => c.Name));
            error = $"no component is named '{end.Component}'" + (closest.Count > 0 ? $"; did you mean {string.Join(", ", closest.Select(n => "'" + n + "'"))}?" : string.Empty);
            return null;
        }

        if (Representatives.Labels(component.Selector) is not { } podLabels)
        {
            error = $"the selector of component '{component.Name}' selects no pod";
            return null;
        }

        return new RepresentativeEndpoint(
            new FlowEndpoint(EndpointKind.Component, component.Name, null),
            ns,
            podLabels,
            new Dictionary<string, string>(StringComparer.Ordinal) { [PeerKeys.NamespaceNameLabel] = ns },
            null);
    }

    // Named ports are looked up on the destination's pods, for the egress and the ingress side alike.
    private static DestinationPorts Destination(NetworkView view, ProbeEnd to, RepresentativeEndpoint site, string ns, IReadOnlyList<WorkloadFile>? workloads)
    {
        if (!site.IsPod) return DestinationPorts.Unknown;
        var selector = to.Component is { } name
            ? view.Components.First(c => c.Name == name).Selector
            : new Selector(to.Labels);
        return DestinationPorts.For(workloads, site.Endpoint.Key, site.Namespace!, selector, ns);
    }

    private static SideExplanation Side(NetworkView view, SourceMap? sources, EndpointMatcher matcher, List<RepresentativeEndpoint> sites, int self, int other, ProbePort? port, string defaultNamespace, DestinationPorts named, bool egress)
    {
        var direction = egress ? "egress" : "ingress";
        var subject = sites[self].Endpoint.Key;
        if (!sites[self].IsPod)
        {
            return new SideExplanation(direction, subject, false, EquatableArray<string>.Empty, RuleMatch.Yes, PortSet.All, EquatableArray<RuleCitation>.Empty, null, ExplanationText.NotGoverned(direction, subject));
        }

        var policies = view.Policies
            .Where(p => (egress ? p.IsolatesEgress : p.IsolatesIngress) && matcher.Selected(p, p.Namespace ?? defaultNamespace).Contains(self))
            .ToList();
        var names = policies.Select(p => p.Name).ToEquatableArray();
        if (policies.Count == 0)
        {
            return new SideExplanation(direction, subject, true, names, RuleMatch.Yes, PortSet.All, EquatableArray<RuleCitation>.Empty, null, ExplanationText.NotIsolated(direction, subject));
        }

        var destinationIsPod = sites[egress ? other : self].IsPod;
        var destination = sites[egress ? other : self].Endpoint.Key;
        var ports = PortSet.None;
        var citations = new List<(RuleCitation Citation, bool Covers, RuleMatch PortMatch, PortSet RulePorts)>();
        foreach (var policy in policies)
        {
            var rules = egress ? policy.Egress : policy.Ingress;
            for (var i = 0; i < rules.Count; i++)
            {
                var rule = rules[i];
                var covers = rule.Peers.IsEmpty || rule.Peers.Any(peer => matcher.Covered(peer, policy.Namespace ?? defaultNamespace).Contains(other));
                var written = PortSet.Of(rule.Ports);
                if (!destinationIsPod) written = written.WithoutNames();
                var rulePorts = named.Resolve(written);
                var (portMatch, condition) = PortMatch(rulePorts, port, destination, named);
                if (covers) ports = ports.Union(rulePorts);
                var match = covers ? portMatch : RuleMatch.No;
                var citation = new RuleCitation(policy.Name, policy.Path, direction, i + 1, ExplanationText.Peers(rule, policy.Namespace ?? defaultNamespace), written.ToString(), match, match == RuleMatch.IfNamedPort ? condition : null, RuleOrigins.Of(view, sources, policy, i + 1, rule, egress), named.Describe(written));
                citations.Add((citation, covers, portMatch, rulePorts));
            }
        }

        var allowing = citations.Where(c => port is null ? c.Covers && !c.RulePorts.IsEmpty : c.Citation.Match != RuleMatch.No).Select(c => c.Citation).ToList();
        var result = port is null
            ? ports.IsEmpty ? RuleMatch.No : RuleMatch.Yes
            : allowing.Any(c => c.Match == RuleMatch.Yes) ? RuleMatch.Yes : allowing.Count > 0 ? RuleMatch.IfNamedPort : RuleMatch.No;
        var miss = result == RuleMatch.Yes ? null
            : citations.Where(c => c.Covers && c.PortMatch == RuleMatch.No).Select(c => c.Citation).FirstOrDefault()
              ?? citations.Where(c => !c.Covers && c.PortMatch != RuleMatch.No).Select(c => c.Citation).FirstOrDefault();
        var missCoversPeer = miss is not null && citations.First(c => ReferenceEquals(c.Citation, miss)).Covers;
        var sentence = ExplanationText.Side(direction, subject, sites[other].Endpoint.Key, port, names, result, allowing, miss, missCoversPeer);
        return new SideExplanation(direction, subject, true, names, result, ports, allowing.ToEquatableArray(), miss, sentence);
    }

    private static (RuleMatch Match, string? Condition) PortMatch(PortSet ports, ProbePort? port, string destination, DestinationPorts named)
    {
        if (port is null) return (ports.IsEmpty ? RuleMatch.No : RuleMatch.Yes, null);
        var set = ports.For(port.Protocol);
        if ((port.Number ?? named.Resolve(port.Protocol, port.Name!)?.Number) is { } number)
        {
            if (set.Allows(number)) return (RuleMatch.Yes, null);
            return set.Names.IsEmpty ? (RuleMatch.No, null)
                : (RuleMatch.IfNamedPort, $"if {destination}'s port named {string.Join(" or ", set.Names)} is {number}");
        }

        if (set.AllowsName(port.Name!)) return (RuleMatch.Yes, null);
        return set.Ranges.IsEmpty ? (RuleMatch.No, null)
            : (RuleMatch.IfNamedPort, $"if {destination}'s port named {port.Name} is in {ProtocolText(port.Protocol, set)}");
    }

    private static string ProtocolText(Protocol protocol, ProtocolPorts set) => PortSet.None.With(protocol, set.WithoutNames()).ToString();
}
