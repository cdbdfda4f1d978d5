using System.Collections.Generic;
using System.Linq;
using System.Text;
using k8s.Models;
using NetCfg.Oracle;
using NetCfg.Properties.Tests.Topologies;

namespace NetCfg.Properties.Tests.Probes;

/// <summary>One probe whose oracle verdict differs from the expectation.</summary>
internal sealed record Mismatch(ProbeEndpoint Source, ProbeEndpoint Destination, Proto Protocol, int Port, bool Actual, string Why)
{
    public override string ToString() =>
        $"{(Actual ? "OVER-PERMISSIVE (emitted policies allow, declarations do not)" : "UNDER-PERMISSIVE (declarations allow, emitted policies deny)")}: "
        + $"{Source} -> {Destination} {Protocol.ToString().ToUpperInvariant()}/{Port}\n      model: {Why}";
}

/// <summary>
/// Probes every ordered pair of probe ends (at least one of them in the config namespace) on every probe port of
/// TCP, UDP and SCTP, comparing the oracle's verdict on the emitted policies with the model's.
/// </summary>
internal static partial class ProbeRunner
{
    public static readonly int[] UndeclaredPorts = { 1, 79, 53, 65535 };

    public static readonly Proto[] Protocols = { Proto.Tcp, Proto.Udp, Proto.Sctp };

    /// <param name="Probes">Probes compared (pairs x protocols x ports).</param>
    /// <param name="OracleQueries">Oracle evaluations needed for them (see <see cref="OracleClasses"/>).</param>
    public sealed record Result(int Probes, int OracleQueries, IReadOnlyList<Mismatch> Mismatches);

    /// <summary>Everything a probe run needs, built once per topology.</summary>
    public sealed record Setup(
        Topology Topology,
        Cluster Cluster,
        IReadOnlyList<ProbeEndpoint> Endpoints,
        IReadOnlyList<Endpoint> OracleEnds,
        IReadOnlyList<int> Ports,
        OracleClasses Classes,
        ExpectedModel Model)
    {
        public bool InScope(int source, int destination) => InConfig(Topology, Endpoints[source]) || InConfig(Topology, Endpoints[destination]);
    }

    public static Setup Prepare(Topology topology, IReadOnlyList<V1NetworkPolicy> policies)
    {
        var endpoints = ProbeEndpoints.For(topology);
        var namespaces = new[] { topology.EffectiveNamespace, TopologyGen.KubeSystem, TopologyGen.OtherNamespace }
            .Concat(endpoints.Where(e => e.IsPod).Select(e => e.Namespace!))
            .Distinct()
            .ToDictionary(n => n, n => ExpectedModel.NamespaceLabels(n));
        var cluster = new Cluster(namespaces, policies, Topology.DefaultNamespace);
        var ports = Ports(topology);
        return new Setup(
            topology,
            cluster,
            endpoints,
            endpoints.Select(e => e.ToOracle()).ToList(),
            ports,
            OracleClasses.For(topology, cluster, policies, endpoints, ports),
            new ExpectedModel(topology, endpoints));
    }

    public static Result Run(Topology topology, IReadOnlyList<V1NetworkPolicy> policies, int maxMismatches = 10, FeatureTally? tally = null)
    {
        var setup = Prepare(topology, policies);
        var (cluster, endpoints, oracleEnds, ports, classes, model) = (setup.Cluster, setup.Endpoints, setup.OracleEnds, setup.Ports, setup.Classes, setup.Model);
        var verdicts = new Dictionary<(int, int), bool[,]>();
        var mismatches = new List<Mismatch>();
        var probes = 0;
        var queries = 0;
        for (var s = 0; s < endpoints.Count; s++)
        {
            for (var d = 0; d < endpoints.Count; d++)
            {
                if (!setup.InScope(s, d)) continue;
                var (source, destination) = (endpoints[s], endpoints[d]);
                var key = (classes.SourceClass[s], classes.EndpointClass[d]);
                if (!verdicts.TryGetValue(key, out var actual))
                {
                    actual = GroupedVerdicts(setup, key.Item1, key.Item2, ref queries);
                    verdicts.Add(key, actual);
                }

                var expectation = model.For(s, d);
                var count = tally?.For(setup, s, d, expectation);
                for (var p = 0; p < Protocols.Length; p++)
                {
                    for (var i = 0; i < ports.Count; i++)
                    {
                        probes++;
                        count?.Invoke(Protocols[p], ports[i], actual[p, i]);
                        if (actual[p, i] == expectation.Allowed(Protocols[p], ports[i])) continue;
                        var protocol = Protocols[p].ToString().ToUpperInvariant();
                        mismatches.Add(new Mismatch(source, destination, Protocols[p], ports[i], actual[p, i], expectation.Explain(Protocols[p], ports[i])
                            + $"; oracle: egress {(cluster.EgressAllowed(oracleEnds[s], oracleEnds[d], protocol, ports[i]) ? "allowed" : "denied")}, "
                            + $"ingress {(cluster.IngressAllowed(oracleEnds[s], oracleEnds[d], protocol, ports[i]) ? "allowed" : "denied")}"));
                        if (mismatches.Count >= maxMismatches) return new Result(probes, queries, mismatches);
                    }
                }
            }
        }

        return new Result(probes, queries, mismatches);
    }

    /// <summary>The oracle, asked once per port class; the other ports of a class copy the answer.</summary>
    public static bool[,] GroupedVerdicts(Setup setup, int source, int destination, ref int queries)
    {
        var verdicts = new bool[Protocols.Length, setup.Ports.Count];
        for (var p = 0; p < Protocols.Length; p++)
        {
            var protocol = Protocols[p].ToString().ToUpperInvariant();
            for (var i = 0; i < setup.Ports.Count; i++)
            {
                var representative = setup.Classes.PortRepresentative[p][i];
                if (representative < i)
                {
                    verdicts[p, i] = verdicts[p, representative];
                    continue;
                }

                queries++;
                verdicts[p, i] = setup.Cluster.Allowed(setup.OracleEnds[source], setup.OracleEnds[destination], protocol, setup.Ports[i]);
            }
        }

        return verdicts;
    }

    /// <summary>The oracle asked for every port, with no grouping at all (to check the grouping).</summary>
    public static bool[,] DirectVerdicts(Setup setup, int source, int destination)
    {
        var verdicts = new bool[Protocols.Length, setup.Ports.Count];
        for (var p = 0; p < Protocols.Length; p++)
        {
            for (var i = 0; i < setup.Ports.Count; i++)
            {
                verdicts[p, i] = setup.Cluster.Allowed(setup.OracleEnds[source], setup.OracleEnds[destination], Protocols[p].ToString().ToUpperInvariant(), setup.Ports[i]);
            }
        }

        return verdicts;
    }

    /// <summary>
    /// Every declared port and range end (and the ports just outside each range), the DNS port, the numbers of the pods'
    /// named ports (and the other numbers their twins put the names on), plus a few undeclared ones.
    /// </summary>
    public static IReadOnlyList<int> Ports(Topology topology)
    {
        var declared = topology.Components.SelectMany(c => c.Dependencies).Select(d => (d.Port, d.EndPort))
            .Concat(topology.Profiles.SelectMany(p => p.AllRules).SelectMany(r => r.Ports).Select(p => (p.Port, p.EndPort)))
            .Concat(topology.NamedPorts.SelectMany(p => new[] { p, FeatureEndpoints.Shifted(p) }).Select(p => ((int?)p.Number, (int?)null)))
            .Append((DnsExpectation.Of(topology.Layout).Port, null));
        var ports = new SortedSet<int>(UndeclaredPorts);
        foreach (var (port, end) in declared)
        {
            if (port is not { } p) continue;
            ports.Add(p);
            if (end is not { } e) continue;
            ports.Add(e);
            if (p > 1) ports.Add(p - 1);
            if (e < 65535) ports.Add(e + 1);
        }

        return ports.ToList();
    }

    private static bool InConfig(Topology topology, ProbeEndpoint endpoint) => endpoint.IsPod && endpoint.Namespace == topology.EffectiveNamespace;

    public static string Describe(Result result)
    {
        var text = new StringBuilder();
        text.Append(result.Mismatches.Count).Append(" mismatching probe(s) among the ").Append(result.Probes)
            .Append(" probes made (probing stops at the tenth mismatch):\n");
        foreach (var mismatch in result.Mismatches) text.Append("  ").Append(mismatch).Append('\n');
        return text.ToString();
    }
}
