using System.Collections.Generic;
using System.Linq;
using CsCheck;
using k8s.Models;
using NetCfg.Properties.Tests.Harness;
using NetCfg.Properties.Tests.Probes;
using NetCfg.Properties.Tests.Topologies;
using Xunit;
using Xunit.Abstractions;
using NetCfg.Core.Carrier;

namespace NetCfg.Properties.Tests;

/// <summary>
/// Issue 4, part 2, with issue 11's features: for random topologies (<see cref="TopologyGen.Full"/>), the NetworkPolicies
/// the real generator emits allow exactly the declared flows (checked by the independent oracle against an independent
/// model of the declarations), nothing more and nothing less; and every feature decides some of the probes.
/// </summary>
public sealed class LeastPrivilegeProperties
{
    private readonly ITestOutputHelper output;

    public LeastPrivilegeProperties(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void EmittedPoliciesAllowExactlyTheDeclaredFlows()
    {
        var tally = new FeatureTally();
        long generating = 0, probing = 0, probes = 0, queries = 0;
        TopologyGen.Full.Sample(
            topology =>
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var policies = Emit(topology);
                System.Threading.Interlocked.Add(ref generating, clock.ElapsedTicks);
                clock.Restart();
                var result = ProbeRunner.Run(topology, policies, tally: tally);
                System.Threading.Interlocked.Add(ref probing, clock.ElapsedTicks);
                System.Threading.Interlocked.Add(ref probes, result.Probes);
                System.Threading.Interlocked.Add(ref queries, result.OracleQueries);
                if (result.Mismatches.Count > 0) throw new PropertyFailure(ProbeRunner.Describe(result));
            },
            iter: PropertyRuns.Base,
            print: SourceWriter.Describe);
        var ms = System.Diagnostics.Stopwatch.Frequency / 1000;
        output.WriteLine($"{probes:N0} probes ({queries:N0} oracle queries); generator {generating / ms:N0} ms, probes {probing / ms:N0} ms (summed over threads)");
        output.WriteLine(tally.ToString());
        Assert.True(tally.Missing().Count == 0, "no probe exercised: " + string.Join("; ", tally.Missing()));
    }

    /// <summary>The probe shortcut (<see cref="OracleClasses"/>) never changes an oracle verdict, named ports and all.</summary>
    [Fact]
    public void GroupingProbesNeverChangesAVerdictWithEveryFeature() =>
        TopologyGen.Full.Where(t => t.Components.Count <= 8).Sample(
            topology =>
            {
                if (ProbeRunner.GroupingProblem(ProbeRunner.Prepare(topology, Emit(topology))) is { } problem) throw new PropertyFailure(problem);
            },
            iter: PropertyRuns.Scaled(0.1),
            print: SourceWriter.Describe);

    /// <summary>Runs the generator and returns the emitted policies, rendered with the topology's options; a valid topology must give status Ok.</summary>
    internal static IReadOnlyList<V1NetworkPolicy> Emit(Topology topology)
    {
        var run = SourceWriter.Run(topology);
        if (run.GeneratorException is not null) throw new PropertyFailure("the generator threw: " + run.GeneratorException);
        if (run.Carrier is not { } carrier) throw new PropertyFailure("no carrier: " + run.ReadBack?.Problem);
        if (carrier.Status != CheckedInputCarrier.Status.Ok) throw new PropertyFailure($"a valid topology gave status '{carrier.Status}':\n{carrier.Errors}");
        return Manifests.From(carrier, topology).Policies().Select(p => p.Policy).ToList();
    }
}
