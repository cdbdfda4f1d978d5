using System.Collections.Generic;
using System.Linq;
using CsCheck;
using k8s.Models;
using NetCfg.Core;
using NetCfg.Core.Carrier;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Explanation;
using NetCfg.Core.Review.Reading;
using NetCfg.Oracle;
using NetCfg.Properties.Tests.Harness;
using NetCfg.Properties.Tests.Probes;
using NetCfg.Properties.Tests.Review;
using NetCfg.Properties.Tests.Topologies;
using Xunit;
using Xunit.Abstractions;

namespace NetCfg.Properties.Tests;

/// <summary>
/// Issue 20: over random topologies, `netcfg explain` (Core's <see cref="FlowExplainer"/>) gives the oracle's verdict for
/// every probe between the review's endpoints, and every rule it cites as allowing really allows the probe: the oracle,
/// given that policy with only that rule, lets the probe through on that side.
/// </summary>
public sealed class ExplainProperties
{
    private readonly ITestOutputHelper output;

    public ExplainProperties(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void ExplainGivesTheOraclesVerdictAndCitesOnlyMatchingRules()
    {
        var probes = 0L;
        TopologyGen.Valid.Sample(
            topology =>
            {
                var run = SourceWriter.Run(topology);
                if (run.Carrier is not { Status: CheckedInputCarrier.Status.Ok } carrier) throw new PropertyFailure($"a valid topology gave no manifests: {run.Status}");
                var read = ManifestReader.Read(carrier.FilesWith(SourceWriter.RenderOptions(topology)).Select(f => new ManifestFile(f.Key, f.Value)).ToList());
                if (!read.Succeeded) throw new PropertyFailure("the reader refused the generator's files:\n" + string.Join("\n", read.Errors));
                if (ReviewEndpoints.For(topology) is not { } ends) return;
                var policies = Manifests.From(carrier, topology).Policies().Select(p => p.Policy).ToList();
                var endpoints = ends.Endpoints.ToList();
                var ports = Spread(ProbeRunner.Ports(topology), 16);
                System.Threading.Interlocked.Add(ref probes, Check(read.View!, ends, policies, endpoints, ports, null));
            },
            iter: PropertyRuns.Scaled(0.1),
            print: SourceWriter.Describe);
        output.WriteLine($"{probes:N0} probes");
        Assert.True(probes > 0);
    }

    /// <summary>
    /// With named ports (issue 11's features): the pods run workloads that declare the topology's named ports, explain
    /// reads them as workload files and the oracle's pods carry them, so explain's plain verdict is the oracle's. The
    /// selectors lose their expressions: the review's endpoints carry exactly the selectors' labels.
    /// </summary>
    [Fact]
    public void WithWorkloadFilesExplainResolvesNamedPortsAsTheOracleDoes()
    {
        var probes = 0L;
        var resolved = 0L;
        // Ingress ipBlocks are left out: the review's endpoints keep pod addresses out of egress blocks only.
        // A dependency on a name the pods declare with its protocol: each topology has a flow that only the files settle.
        TopologyGen.Full.Where(t => t.Components.Any(c => c.Dependencies.Any(d => t.NamedPorts.Any(p => p.Name == d.PortName && p.Protocol == d.Protocol)))
            && !t.Profiles.Any(p => p.Ingress?.Any(r => r.Peers.OfType<IpBlockPeer>().Any()) == true)).Sample(
            full =>
            {
                var topology = WithoutExpressions(full);
                var run = SourceWriter.Run(topology);
                if (run.Carrier is not { Status: CheckedInputCarrier.Status.Ok } carrier) return; // the expressions told two selectors apart
                var read = ManifestReader.Read(carrier.FilesWith(SourceWriter.RenderOptions(topology)).Select(f => new ManifestFile(f.Key, f.Value)).ToList());
                if (!read.Succeeded) throw new PropertyFailure("the reader refused the generator's files:\n" + string.Join("\n", read.Errors));
                if (ReviewEndpoints.For(topology) is not { } ends) return;
                var policies = Manifests.From(carrier, topology).Policies().Select(p => p.Policy).ToList();
                var withPorts = ends.Endpoints.Select(e => e.IsPod ? e with { Ports = topology.NamedPorts } : e).ToList();
                var ports = Spread(ProbeRunner.Ports(topology), 8).Union(topology.NamedPorts.Select(p => p.Number)).OrderBy(p => p).ToList();
                System.Threading.Interlocked.Add(ref probes, Check(read.View!, ends, policies, withPorts, ports, Workloads(withPorts), () => System.Threading.Interlocked.Increment(ref resolved)));
            },
            iter: PropertyRuns.Scaled(0.04),
            print: SourceWriter.Describe);
        output.WriteLine($"{probes:N0} probes, {resolved:N0} allowed through a named port the workloads resolve");
        Assert.True(resolved > 0);
    }

    // The topology with labels only: the review's endpoints carry exactly the selectors' labels.
    private static Topology WithoutExpressions(Topology topology)
    {
        ProfileRuleSpec Plain(ProfileRuleSpec rule) => rule with
        {
            Peers = rule.Peers.Select(p => p is SelectorPeer peer ? peer with { NamespaceExpressions = null, PodExpressions = null } : p).ToList(),
        };

        return topology with
        {
            Components = topology.Components.Select(c => c with { Expressions = null }).ToList(),
            Profiles = topology.Profiles.Select(p => p with { Rules = p.Rules.Select(Plain).ToList(), Ingress = p.Ingress?.Select(Plain).ToList() }).ToList(),
        };
    }

    // Every probe between the endpoints (one end a component) on the ports: explain's verdict is the oracle's, and every
    // rule it cites as allowing allows the probe on its own. Returns the number of probes.
    private static long Check(NetworkView view, ReviewEndpoints ends, IReadOnlyList<V1NetworkPolicy> policies, IReadOnlyList<ProbeEndpoint> endpoints, IReadOnlyList<int> ports, IReadOnlyList<WorkloadFile>? workloads, System.Action? resolvedName = null)
    {
        var probes = 0L;
        var cluster = new Cluster(ends.Namespaces, policies, Topology.DefaultNamespace);
        foreach (var source in endpoints)
        {
            foreach (var destination in endpoints.Where(d => IsComponent(source) || IsComponent(d)))
            {
                for (var p = 0; p < ProbeRunner.Protocols.Length; p++)
                {
                    foreach (var number in ports)
                    {
                        probes++;
                        var protocol = ProbeRunner.Protocols[p].ToString().ToUpperInvariant();
                        var port = new ProbePort((Protocol)p, number, null);
                        var explanation = FlowExplainer.Explain(view, Probe(source, ends), Probe(destination, ends), port, out var error, workloads: workloads)
                            ?? throw new PropertyFailure($"explain failed: {error}");
                        var expected = cluster.Allowed(source.ToOracle(), destination.ToOracle(), protocol, number);
                        if ((explanation.Verdict == Verdict.Allowed) != expected)
                        {
                            throw new PropertyFailure($"{source} -> {destination} {protocol}/{number}{(workloads is null ? string.Empty : " (with workloads)")}: explain says {explanation.Verdict}, the oracle {(expected ? "allows" : "denies")}\n{explanation.Summary}\n{explanation.Egress.Sentence}\n{explanation.Ingress.Sentence}");
                        }

                        if (expected && explanation.Egress.Allowing.Concat(explanation.Ingress.Allowing).Any(c => c.Match == RuleMatch.Yes && c.NamedPorts is not null)) resolvedName?.Invoke();
                        foreach (var cited in explanation.Egress.Allowing.Concat(explanation.Ingress.Allowing).Where(c => c.Match == RuleMatch.Yes))
                        {
                            var only = new Cluster(ends.Namespaces, new[] { OnlyRule(policies, cited) }, Topology.DefaultNamespace);
                            var allows = cited.Direction == "egress"
                                ? only.EgressAllowed(source.ToOracle(), destination.ToOracle(), protocol, number)
                                : only.IngressAllowed(source.ToOracle(), destination.ToOracle(), protocol, number);
                            if (!allows) throw new PropertyFailure($"{source} -> {destination} {protocol}/{number}: cited rule {cited.Number} of {cited.Policy} ({cited.Direction}) does not allow it");
                        }
                    }
                }
            }
        }

        return probes;
    }

    // One Pod workload per pod endpoint, with its namespace, labels and container ports.
    private static IReadOnlyList<WorkloadFile> Workloads(IReadOnlyList<ProbeEndpoint> endpoints)
    {
        var pods = endpoints.Where(e => e.IsPod).Select((e, i) => new Workload(
            "Pod",
            "pod-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            e.Namespace,
            e.Labels.Select(l => new Label(l.Key, l.Value)).OrderBy(l => l.Key, System.StringComparer.Ordinal).ToEquatableArray(),
            e.ContainerPorts.Select(p => new Core.Model.ContainerPort(p.Name, p.Number, (Protocol)(int)p.Protocol)).ToEquatableArray(),
            i + 1,
            1));
        return new[] { new WorkloadFile("workloads.yaml", pods.ToEquatableArray(), EquatableArray<WorkloadError>.Empty) };
    }

    // At most count ports, spread over the list (its ends included): the suite stays cheap on 2 cores.
    private static IReadOnlyList<int> Spread(IReadOnlyList<int> ports, int count) =>
        ports.Count <= count ? ports : Enumerable.Range(0, count).Select(i => ports[i * (ports.Count - 1) / (count - 1)]).Distinct().ToList();

    private static bool IsComponent(ProbeEndpoint endpoint) => endpoint.Name.StartsWith("component ", System.StringComparison.Ordinal);

    // As a user writes it: a component by name, an address, or a pod of a namespace with the namespace's labels
    // (pod:NAMESPACE[k=v]/k=v), which a namespaceSelector on labels other than the name picks.
    private static ProbeEnd Probe(ProbeEndpoint endpoint, ReviewEndpoints ends)
    {
        if (IsComponent(endpoint)) return new ProbeEnd(endpoint.Name.Substring("component ".Length), null, null, EquatableArray<Label>.Empty);
        if (!endpoint.IsPod) return new ProbeEnd(null, endpoint.Ip, null, EquatableArray<Label>.Empty);
        var namespaceLabels = ends.Namespaces.TryGetValue(endpoint.Namespace!, out var labels) ? labels : new Dictionary<string, string>();
        return new ProbeEnd(null, null, endpoint.Namespace, Sorted(endpoint.Labels))
        {
            NamespaceLabels = Sorted(namespaceLabels.Where(l => l.Key != ReviewEndpoints.NameLabel)),
        };
    }

    private static EquatableArray<Label> Sorted(IEnumerable<KeyValuePair<string, string>> labels) =>
        labels.Select(l => new Label(l.Key, l.Value)).OrderBy(l => l.Key, System.StringComparer.Ordinal).ToEquatableArray();

    // The cited policy with only the cited rule in its direction, isolating that direction.
    private static V1NetworkPolicy OnlyRule(IReadOnlyList<V1NetworkPolicy> policies, RuleCitation cited)
    {
        var policy = policies.Single(p => p.Metadata.Name == cited.Policy);
        var egress = cited.Direction == "egress";
        return new V1NetworkPolicy
        {
            ApiVersion = policy.ApiVersion,
            Kind = policy.Kind,
            Metadata = policy.Metadata,
            Spec = new V1NetworkPolicySpec
            {
                PodSelector = policy.Spec.PodSelector,
                PolicyTypes = new List<string> { egress ? "Egress" : "Ingress" },
                Egress = egress ? new List<V1NetworkPolicyEgressRule> { policy.Spec.Egress[cited.Number - 1] } : null,
                Ingress = egress ? null : new List<V1NetworkPolicyIngressRule> { policy.Spec.Ingress[cited.Number - 1] },
            },
        };
    }
}
