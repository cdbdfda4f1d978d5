using System;
using System.Collections.Generic;
using System.Linq;
using k8s;
using k8s.Models;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Evaluation;
using NetCfg.Core.Review.Reading;
using NetCfg.Core.Review.Workloads;
using NetCfg.Core.Rules;
using NetCfg.Core.Translation;
using NetCfg.Core.Workloads;
using NetCfg.Oracle;
using Xunit;
using static NetCfg.Properties.Tests.Workloads.WorkloadTopology;
using OraclePort = NetCfg.Oracle.ContainerPort;

namespace NetCfg.Properties.Tests.Workloads;

/// <summary>
/// Workloads derived to fit random topologies give no report; one injected fault at a time is reported exactly where it
/// lies, once. The oracle and the flow evaluator that network.md uses agree: every dependency the check passes is allowed
/// between real pods on a port they declare, and none it flags is; network.md's workload sections say what NETCFG031/032 say.
/// </summary>
public class WorkloadProperties
{
    private static readonly string File = "deploy/all.yaml";

    private static List<Problem> Check(WorkloadTopology topology) =>
        DeclarationCheck.Run(topology.Input(), new[] { WorkloadParser.Parse(File, topology.Yaml()) }).Problems
            .Where(p => string.CompareOrdinal(p.Id, RuleIds.MalformedWorkload) >= 0).ToList();

    private static string Show(IEnumerable<Problem> problems) => string.Join("\n", problems.Select(p => $"{p.Id} {p.Site.Describe()}: {p.Message}"));

    [Fact]
    public void Fitting_workloads_give_nothing_and_each_fault_is_reported_once_where_it_lies()
    {
        for (var seed = 0; seed < PropertyRuns.Scaled(0.5); seed++)
        {
            var random = new Random(seed);
            var fits = new WorkloadTopology(new Random(seed));
            Assert.True(Check(fits).Count == 0, $"seed {seed}: {Show(Check(fits))}");
            CoverageAgrees(fits, new List<Problem>(), seed, "none");
            OracleAgrees(fits, seed);
            var target = random.Next(fits.Count);

            // A port the dependencies name: renamed, or its number changed.
            foreach (var (source, index, dependency) in Dependents(fits, target))
            {
                var faulty = new WorkloadTopology(new Random(seed));
                var port = faulty.Ports[target].First(p => Serves(p, dependency));
                if (dependency.PortName is not null) port.Name = "renamed";
                else port.ContainerPort = 7000;
                var expected = Dependents(faulty, target).Where(d => !faulty.Ports[target].Any(p => Serves(p, d.Dependency)))
                    .Select(d => (d.Dependency.PortName is null ? RuleIds.UndeclaredPort : RuleIds.UndeclaredPortName, ProblemSite.On(Type(d.Source), AttributeKind.DependsOn, d.Index, d.Dependency.PortName is null ? Arguments.Port : Arguments.PortName)));
                Expect(faulty, expected, seed, "port of " + Type(target));
                OracleAgrees(faulty, seed);
                break;
            }

            // A label dropped: the component selects nothing, and its workload is left to default-deny.
            var dropped = new WorkloadTopology(new Random(seed));
            dropped.Labels[target].Remove("app");
            Expect(dropped, new[] { (RuleIds.SelectsNoWorkload, ProblemSite.On(Type(target), AttributeKind.Component, 0)), (RuleIds.UncoveredWorkload, ProblemSite.OnConfig(0)) }, seed, "label");

            // A workload no component selects.
            var stray = new WorkloadTopology(new Random(seed));
            stray.Strays.Add(("stray", new Dictionary<string, string> { ["app"] = "stray" }));
            Expect(stray, new[] { (RuleIds.UncoveredWorkload, ProblemSite.OnConfig(0)) }, seed, "stray");

            // Two components select one workload.
            var twice = new WorkloadTopology(new Random(seed));
            twice.Labels[target]["shared"] = "yes-really";
            twice.Extra.Add(("extra", new Dictionary<string, string> { ["shared"] = "yes-really" }));
            Expect(twice, new[] { (RuleIds.WorkloadSelectedTwice, ProblemSite.OnConfig(0)) }, seed, "twice");
        }
    }

    private static IEnumerable<(int Source, int Index, DependencyDeclaration Dependency)> Dependents(WorkloadTopology topology, int target) =>
        Enumerable.Range(0, topology.Count).SelectMany(s => topology.Dependencies[s].Select((d, i) => (Source: s, Index: i, Dependency: d)))
            .Where(d => d.Dependency.Target.Type == Type(target));

    // The container port a dependency can reach: the same protocol, and its name or a number in its range.
    private static bool Serves(V1ContainerPort port, DependencyDeclaration dependency) =>
        (port.Protocol ?? "TCP") == (dependency.Protocol == (int)Protocol.Udp ? "UDP" : "TCP")
        && (dependency.PortName is { } name ? port.Name == name : port.ContainerPort >= dependency.Port && port.ContainerPort <= (dependency.EndPort ?? dependency.Port));

    private static void Expect(WorkloadTopology topology, IEnumerable<(string Id, ProblemSite Site)> expected, int seed, string fault)
    {
        var problems = Check(topology);
        CoverageAgrees(topology, problems, seed, fault);
        var want = expected.OrderBy(e => e.Id, StringComparer.Ordinal).ThenBy(e => e.Site.Describe(), StringComparer.Ordinal).ToList();
        var got = problems.Select(p => (p.Id, p.Site)).OrderBy(e => e.Id, StringComparer.Ordinal).ThenBy(e => e.Site.Describe(), StringComparer.Ordinal).ToList();
        Assert.True(want.SequenceEqual(got), $"seed {seed}, fault {fault}: expected {string.Join(", ", want)}\nreported {Show(problems)}");
    }

    // Every dependency: allowed between some real pod pair on a port the destination declares, exactly when the check passes it.
    private static void OracleAgrees(WorkloadTopology topology, int seed)
    {
        var input = topology.Input();
        var result = NetworkConfigTranslator.Translate(input, TranslationOptions.Default with { Dns = DnsMode.None });
        Assert.True(result.Files.Count > 0, $"seed {seed}: {Show(result.Check.Problems)}");
        var policies = result.Files.Where(f => f.Path.StartsWith("networkpolicy/", StringComparison.Ordinal) && !f.Path.EndsWith("kustomization.yaml", StringComparison.Ordinal))
            .Select(f => KubernetesYaml.Deserialize<V1NetworkPolicy>(f.Content, strict: true)).ToList();
        var cluster = new Cluster(new[] { Namespace }, policies, Namespace);
        var read = ManifestReader.Read(result.Files);
        Assert.True(read.Succeeded, $"seed {seed}: {string.Join("; ", read.Errors)}");
        var flows = FlowEvaluator.Evaluate(read.View!).Flows;
        var pods = Enumerable.Range(0, topology.Count).Select(i => new Pod(Namespace, topology.Labels[i], "10.1.0." + (i + 1), topology.Ports[i].Select(p => new OraclePort(p.Name, p.ContainerPort, p.Protocol ?? "TCP")).ToList())).ToList();
        var flagged = Check(topology).Where(p => p.Site.Kind == SiteKind.Attribute && p.Site.Attribute == AttributeKind.DependsOn).Select(p => (p.Site.Owner, p.Site.Index)).ToHashSet();
        for (var s = 0; s < topology.Count; s++)
        {
            for (var i = 0; i < topology.Dependencies[s].Count; i++)
            {
                var dependency = topology.Dependencies[s][i];
                var protocol = dependency.Protocol == (int)Protocol.Udp ? "UDP" : "TCP";
                var made = pods.Where(p => Selected(topology, dependency.Target.Type!, p)).Any(destination =>
                    pods.Where(p => Selected(topology, Type(s), p)).Any(source =>
                        destination.Ports!.Where(p => p.Protocol == protocol && (dependency.PortName is { } n ? p.Name == n : p.Port >= dependency.Port && p.Port <= (dependency.EndPort ?? dependency.Port)))
                            .Any(p => cluster.Allowed(new PodEndpoint(source), new PodEndpoint(destination), protocol, p.Port))));
                Assert.True(made == !flagged.Contains((Type(s), i)), $"seed {seed}: {Type(s)} [DependsOn #{i + 1}] made={made}, flagged={!made}");

                // network.md's evaluator: the component flow allows a port that a real destination pod declares, exactly when the oracle's pods make it.
                var target = int.Parse(dependency.Target.Type!.Substring(1), System.Globalization.CultureInfo.InvariantCulture);
                var allowed = flows.FirstOrDefault(f => f.From.Kind == EndpointKind.Component && f.From.Key == "c" + Id(s) && f.To.Kind == EndpointKind.Component && f.To.Key == "c" + Id(target))?.Ports ?? PortSet.None;
                var kind = dependency.Protocol == (int)Protocol.Udp ? Protocol.Udp : Protocol.Tcp;
                var evaluated = topology.Ports[target].Any(p => Serves(p, dependency)
                    && (dependency.PortName is { } name ? allowed.For(kind).AllowsName(name) : allowed.Allows(kind, p.ContainerPort)));
                Assert.True(evaluated == made, $"seed {seed}: {Type(s)} [DependsOn #{i + 1}] evaluator={evaluated}, oracle={made}");
            }
        }
    }

    // network.md's sections: a component lists no workload exactly when NETCFG031 names it, and as many workloads are uncovered as NETCFG032 reports.
    private static void CoverageAgrees(WorkloadTopology topology, List<Problem> problems, int seed, string fault)
    {
        var coverage = WorkloadCoverage.Of(topology.Input(), new[] { WorkloadParser.Parse(File, topology.Yaml()) })!;
        var empty = coverage.Components.Where(c => c.Workloads.IsEmpty).Select(c => c.Component).OrderBy(c => c, StringComparer.Ordinal);
        var reported = problems.Where(p => p.Id == RuleIds.SelectsNoWorkload).Select(p => p.Message.Split('\'')[1]).OrderBy(c => c, StringComparer.Ordinal);
        Assert.True(empty.SequenceEqual(reported), $"seed {seed}, fault {fault}: network.md lists no workload for {string.Join(", ", empty)}; NETCFG031 for {string.Join(", ", reported)}");
        Assert.True(coverage.Uncovered.Count == problems.Count(p => p.Id == RuleIds.UncoveredWorkload), $"seed {seed}, fault {fault}: network.md lists {coverage.Uncovered.Count} uncovered workloads");
    }

    private static bool Selected(WorkloadTopology topology, string type, Pod pod) =>
        pod.Labels.TryGetValue("app", out var app) && "C" + app.Substring(1) == type;
}
