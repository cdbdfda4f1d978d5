using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NetCfg.Properties.Tests.Topologies;

namespace NetCfg.Properties.Tests.Probes;

/// <summary>
/// How many probes of a run each feature decided, by the model: a generator that stopped producing a feature then
/// fails the property instead of passing it vacuously. Thread-safe (CsCheck samples in parallel).
/// </summary>
internal sealed class FeatureTally
{
    public static readonly string[] Features =
    {
        "an ingress profile rule lets a flow in",
        "an ingress profile rule keeps out a source outside its peers",
        "a named port lets a flow through",
        "a named port keeps out a pod with the name on another number or without it",
        "a pod failing one expression is kept out",
        "NodeLocal DNSCache's address is reachable",
        "the DNS overrides' pods are reachable",
        "DNS None leaves an isolated pod no DNS",
    };

    private readonly long[] counts = new long[Features.Length];

    /// <summary>The counter for one pair: what is fixed for the pair is worked out once.</summary>
    public Action<Proto, int, bool> For(ProbeRunner.Setup setup, int source, int destination, PairExpectation expectation)
    {
        var (src, dst, dns) = (setup.Endpoints[source], setup.Endpoints[destination], setup.Model.Dns);
        var twin = (dst.Name.EndsWith("-without-named-ports", StringComparison.Ordinal) || dst.Name.EndsWith("-with-names-on-other-numbers", StringComparison.Ordinal)) && expectation.NamesAPort;
        var profileIngress = expectation.IngressRules.Count > 0;
        var outsidePeers = expectation.IngressRules.Count == 0 && expectation.DestinationIsolated && setup.Model.HasIngressRules(destination);
        var named = setup.Model.UsesNamedPorts;
        var intruder = src.Name.StartsWith("intruder-failing-", StringComparison.Ordinal) || dst.Name.StartsWith("intruder-failing-", StringComparison.Ordinal);
        var nodeLocal = expectation.SourceIsolated && dns.Mode == DnsExpectation.Modes.NodeLocal && dst.Ip == DnsExpectation.NodeLocalIp;
        var clusterDns = expectation.SourceIsolated && dst.Name == "cluster-dns";
        var overridden = dns.Namespace != TopologyGen.KubeSystem || dns.Port != 53 || dns.PodLabel.Value != "kube-dns";
        return (protocol, port, allowed) =>
        {
            Add(0, allowed && profileIngress && expectation.LetInOnlyByProfile(protocol, port));
            Add(1, !allowed && outsidePeers && expectation.EgressAllowed(protocol, port));
            Add(2, allowed && named && expectation.CoveredOnlyByNames(protocol, port));
            Add(3, !allowed && twin && setup.Topology.NamedPorts.Any(p => p.Number == port && p.Protocol == protocol));
            Add(4, !allowed && intruder);
            Add(5, allowed && nodeLocal);
            Add(6, allowed && clusterDns && overridden);
            Add(7, !allowed && clusterDns && dns.Mode == DnsExpectation.Modes.None && port == dns.Port);
        };
    }

    /// <summary>The features no probe of the run exercised.</summary>
    public IReadOnlyList<string> Missing() => Features.Where((_, i) => Interlocked.Read(ref counts[i]) == 0).ToList();

    public override string ToString() => string.Join("; ", Features.Select((f, i) => $"{f}: {Interlocked.Read(ref counts[i]):N0}"));

    private void Add(int feature, bool happened)
    {
        if (happened) Interlocked.Increment(ref counts[feature]);
    }
}
