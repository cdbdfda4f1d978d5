using System.Collections.Generic;
using System.Linq;
using NetCfg.Properties.Tests.Topologies;

namespace NetCfg.Properties.Tests.Probes;

/// <summary>
/// The expectation for one ordered pair: which declarations let which (protocol, port) through. Named ports are looked
/// up on the destination pod's container ports (<paramref name="DestinationPorts"/>), for egress and ingress alike.
/// </summary>
internal sealed record PairExpectation(
    bool SourceIsolated,
    bool DestinationIsolated,
    IReadOnlyList<NamedPortSpec> DestinationPorts,
    Topology Topology,
    IReadOnlyList<(int Client, DependencySpec Dependency)> Flows,
    IReadOnlyList<(int Component, string Profile, ProfileRuleSpec Rule)> EgressRules,
    IReadOnlyList<(int Component, string Profile, ProfileRuleSpec Rule)> IngressRules,
    IReadOnlyList<(Proto Protocol, int Port)> Dns)
{
    private readonly PortIntervals egress = Side(SourceIsolated, DestinationPorts, Flows, EgressRules, Dns);
    private readonly PortIntervals ingress = Side(DestinationIsolated, DestinationPorts, Flows, IngressRules, System.Array.Empty<(Proto, int)>());

    /// <summary>Allowed iff the source side lets it out and the destination side lets it in.</summary>
    public bool Allowed(Proto protocol, int port) => egress.Contains(protocol, port) && ingress.Contains(protocol, port);

    public bool EgressAllowed(Proto protocol, int port) => egress.Contains(protocol, port);

    public bool IngressAllowed(Proto protocol, int port) => ingress.Contains(protocol, port);

    // One side: everything when not isolated; else the flows, the side's profile rules and (egress) DNS.
    private static PortIntervals Side(
        bool isolated,
        IReadOnlyList<NamedPortSpec> destinationPorts,
        IReadOnlyList<(int Client, DependencySpec Dependency)> flows,
        IReadOnlyList<(int Component, string Profile, ProfileRuleSpec Rule)> rules,
        IReadOnlyList<(Proto Protocol, int Port)> dns)
    {
        if (!isolated) return PortIntervals.Everything();
        var side = new PortIntervals();
        foreach (var (protocol, port) in dns) side.Add(protocol, port, port);
        foreach (var (_, d) in flows) side.Add(d.Protocol, d.Port, d.EndPort, d.PortName, destinationPorts);
        foreach (var (_, _, rule) in rules)
        {
            if (rule.Ports.Count == 0)
            {
                foreach (var protocol in new[] { Proto.Tcp, Proto.Udp, Proto.Sctp }) side.AddEvery(protocol);
            }

            foreach (var e in rule.Ports) side.Add(e.Protocol ?? Proto.Tcp, e.Port, e.EndPort, e.Name, destinationPorts);
        }

        return side;
    }

    /// <summary>Let in by an ingress profile rule, and by no dependency.</summary>
    public bool LetInOnlyByProfile(Proto protocol, int port) =>
        DestinationIsolated && !Flows.Any(f => Covers(f.Dependency, protocol, port)) && IngressRules.Any(r => Covers(r.Rule, protocol, port));

    /// <summary>Covered by a named port, and by no numbered or whole-protocol port.</summary>
    public bool CoveredOnlyByNames(Proto protocol, int port) =>
        (Flows.Any(f => f.Dependency.PortName is not null && Covers(f.Dependency, protocol, port))
            || EgressRules.Concat(IngressRules).Any(r => r.Rule.Ports.Any(e => e.Name is { } n && (e.Protocol ?? Proto.Tcp) == protocol && Named(n, protocol, port))))
        && !Flows.Any(f => f.Dependency.PortName is null && Covers(f.Dependency, protocol, port))
        && !EgressRules.Concat(IngressRules).Any(r => r.Rule.Ports.Count == 0 || r.Rule.Ports.Any(e => e.Name is null && (e.Protocol ?? Proto.Tcp) == protocol && InRange(e.Port, e.EndPort, port)));

    /// <summary>A dependency or rule between the two ends names a port.</summary>
    public bool NamesAPort => Flows.Any(f => f.Dependency.PortName is not null) || EgressRules.Concat(IngressRules).Any(r => r.Rule.Ports.Any(e => e.Name is not null));

    /// <summary>Why the model says what it says, for failure messages.</summary>
    public string Explain(Proto protocol, int port)
    {
        var reasons = Flows.Where(f => Covers(f.Dependency, protocol, port))
            .Select(f => $"{Topology.Components[f.Client].Name} depends on {Topology.Components[f.Dependency.Target].Name} {f.Dependency.Protocol}/{f.Dependency.PortName ?? f.Dependency.Port + "-" + f.Dependency.EndPort}")
            .Concat(EgressRules.Where(r => Covers(r.Rule, protocol, port)).Select(r => $"{Topology.Components[r.Component].Name} uses profile {r.Profile} (egress)"))
            .Concat(IngressRules.Where(r => Covers(r.Rule, protocol, port)).Select(r => $"{Topology.Components[r.Component].Name} uses profile {r.Profile} (ingress)"))
            .Concat(Dns.Contains((protocol, port)) ? new[] { "DNS" } : System.Array.Empty<string>())
            .ToList();
        return $"source isolated: {SourceIsolated}, destination isolated: {DestinationIsolated}; egress {(EgressAllowed(protocol, port) ? "allowed" : "denied")}, "
            + $"ingress {(IngressAllowed(protocol, port) ? "allowed" : "denied")}; declarations that cover it: "
            + (reasons.Count == 0 ? "none" : string.Join("; ", reasons));
    }

    private bool Covers(DependencySpec dependency, Proto protocol, int port) =>
        dependency.Protocol == protocol && (dependency.PortName is { } name ? Named(name, protocol, port) : InRange(dependency.Port, dependency.EndPort, port));

    private bool Covers(ProfileRuleSpec rule, Proto protocol, int port) =>
        rule.Ports.Count == 0
        || rule.Ports.Any(e => (e.Protocol ?? Proto.Tcp) == protocol && (e.Name is { } name ? Named(name, protocol, port) : InRange(e.Port, e.EndPort, port)));

    private bool Named(string name, Proto protocol, int port) =>
        DestinationPorts.Any(p => p.Name == name && p.Number == port && p.Protocol == protocol);

    private static bool InRange(int? start, int? end, int port) =>
        start is not { } s || (end is { } e ? s <= port && port <= e : port == s);
}
