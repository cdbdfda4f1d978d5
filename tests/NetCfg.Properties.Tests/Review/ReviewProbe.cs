using System.Collections.Generic;
using System.Linq;
using System.Text;
using k8s.Models;
using NetCfg.Core.Review.Evaluation;
using NetCfg.Oracle;
using NetCfg.Properties.Tests.Probes;
using NetCfg.Properties.Tests.Topologies;

namespace NetCfg.Properties.Tests.Review;

/// <summary>
/// Compares the review's flow table with the oracle on the emitted policies: for every ordered pair of review endpoints
/// with a component at one end, every protocol and every probe port, "the table allows it" must equal "the oracle
/// allows it". The oracle is asked once per group of probes it cannot tell apart (<see cref="OracleClasses"/>).
/// </summary>
internal static class ReviewProbe
{
    public sealed record Result(int Probes, IReadOnlyList<string> Mismatches);

    public static Result Run(Topology topology, ReviewEndpoints ends, NetworkFlows flows, IReadOnlyList<V1NetworkPolicy> policies, int maxMismatches = 10)
    {
        var mismatches = new List<string>();
        var endpoints = ends.Endpoints;
        var ids = new HashSet<string>(endpoints.Select(e => e.Name).Concat(ends.Unprobed));
        foreach (var flow in flows.Flows.Where(f => !ids.Contains(f.From.Id) || !ids.Contains(f.To.Id)))
        {
            mismatches.Add($"the table has an endpoint the declarations do not: {flow.From.Id} -> {flow.To.Id} {flow.Ports}");
        }

        var table = flows.Flows.ToDictionary(f => (f.From.Id, f.To.Id), f => f.Ports);
        var cluster = new Cluster(ends.Namespaces, policies, Topology.DefaultNamespace);
        var oracle = endpoints.Select(e => e.ToOracle()).ToList();
        var ports = ProbeRunner.Ports(topology);
        var classes = OracleClasses.For(topology, cluster, policies, endpoints, ports);
        var verdicts = new Dictionary<(int, int), bool[,]>();
        var probes = 0;
        for (var s = 0; s < endpoints.Count; s++)
        {
            for (var d = 0; d < endpoints.Count; d++)
            {
                if (!endpoints[s].Name.StartsWith("component ", System.StringComparison.Ordinal) && !endpoints[d].Name.StartsWith("component ", System.StringComparison.Ordinal)) continue;
                var key = (classes.EndpointClass[s], classes.EndpointClass[d]);
                if (!verdicts.TryGetValue(key, out var actual)) verdicts.Add(key, actual = Oracle(cluster, classes, oracle, ports, key.Item1, key.Item2));
                var row = table.TryGetValue((endpoints[s].Name, endpoints[d].Name), out var set) ? set : PortSet.None;
                for (var p = 0; p < ProbeRunner.Protocols.Length; p++)
                {
                    for (var i = 0; i < ports.Count; i++)
                    {
                        probes++;
                        var listed = row.Allows(Protocols[p], ports[i]);
                        if (listed == actual[p, i]) continue;
                        mismatches.Add($"{(listed ? "EXTRA (the table allows, the oracle denies)" : "MISSING (the oracle allows, the table does not)")}: "
                            + $"{endpoints[s]} -> {endpoints[d]} {ProbeRunner.Protocols[p].ToString().ToUpperInvariant()}/{ports[i]}; table row: '{row}'");
                        if (mismatches.Count >= maxMismatches) return new Result(probes, mismatches);
                    }
                }
            }
        }

        return new Result(probes, mismatches);
    }

    private static readonly NetCfg.Core.Model.Protocol[] Protocols = ProbeRunner.Protocols.Select(p => p switch
    {
        Proto.Udp => NetCfg.Core.Model.Protocol.Udp,
        Proto.Sctp => NetCfg.Core.Model.Protocol.Sctp,
        _ => NetCfg.Core.Model.Protocol.Tcp,
    }).ToArray();

    // The oracle, asked once per port class; the other ports of a class copy its answer.
    private static bool[,] Oracle(Cluster cluster, OracleClasses classes, IReadOnlyList<Endpoint> ends, IReadOnlyList<int> ports, int s, int d)
    {
        var verdicts = new bool[ProbeRunner.Protocols.Length, ports.Count];
        for (var p = 0; p < ProbeRunner.Protocols.Length; p++)
        {
            for (var i = 0; i < ports.Count; i++)
            {
                var first = classes.PortRepresentative[p][i];
                verdicts[p, i] = first < i ? verdicts[p, first] : cluster.Allowed(ends[s], ends[d], ProbeRunner.Protocols[p].ToString().ToUpperInvariant(), ports[i]);
            }
        }

        return verdicts;
    }

    public static string Describe(Result result, NetworkFlows flows)
    {
        var text = new StringBuilder().Append(result.Mismatches.Count).Append(" mismatch(es) in ").Append(result.Probes).Append(" probes:\n");
        foreach (var mismatch in result.Mismatches) text.Append("  ").Append(mismatch).Append('\n');
        text.Append("the table:\n");
        foreach (var flow in flows.Flows) text.Append("  ").Append(flow.From.Id).Append(" -> ").Append(flow.To.Id).Append(": ").Append(flow.Ports).Append('\n');
        return text.ToString();
    }
}
