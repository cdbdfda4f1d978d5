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
    /// <summary>Allowed iff the source side lets it out and the destination side lets it in.</summary>
    public bool Allowed(Proto protocol, int port) => EgressAllowed(protocol, port) && IngressAllowed(protocol, port);

    public bool EgressAllowed(Proto protocol, int port) =>
        !SourceIsolated
        || Dns.Contains((protocol, port))
        || Flows.Any(f => Covers(f.Dependency, protocol, port))
        || EgressRules.Any(r => Covers(r.Rule, protocol, port));

    public bool IngressAllowed(Proto protocol, int port) =>
        !DestinationIsolated
        || Flows.Any(f => Covers(f.Dependency, protocol, port))
        || IngressRules.Any(r => Covers(r.Rule, protocol, port));

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
