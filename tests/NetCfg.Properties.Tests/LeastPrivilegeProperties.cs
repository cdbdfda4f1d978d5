using System.Collections.Generic;
using System.Linq;
using CsCheck;
using k8s.Models;
using NetCfg.Properties.Tests.Harness;
using NetCfg.Properties.Tests.Probes;
using NetCfg.Properties.Tests.Topologies;
using Xunit;

namespace NetCfg.Properties.Tests;

/// <summary>
/// Issue 4, part 2: for random topologies, the NetworkPolicies the real generator emits allow exactly the declared flows
/// (checked by the independent oracle against an independent model of the declarations), nothing more and nothing less.
/// </summary>
public sealed class LeastPrivilegeProperties
{
    [Fact]
    public void EmittedPoliciesAllowExactlyTheDeclaredFlows() =>
        TopologyGen.Full.Sample(
            topology =>
            {
                var result = ProbeRunner.Run(topology, Emit(topology));
                if (result.Mismatches.Count > 0) throw new PropertyFailure(ProbeRunner.Describe(result));
            },
            iter: PropertyRuns.Base,
            print: SourceWriter.Describe);

    /// <summary>Runs the generator and returns the emitted policies; a valid topology must give status "ok".</summary>
    internal static IReadOnlyList<V1NetworkPolicy> Emit(Topology topology)
    {
        var run = SourceWriter.Run(topology);
        if (run.GeneratorException is not null) throw new PropertyFailure("the generator threw: " + run.GeneratorException);
        if (run.Carrier is not { } carrier) throw new PropertyFailure("no carrier: " + run.ReadBack?.Problem);
        if (carrier.Status != "ok") throw new PropertyFailure($"a valid topology gave status '{carrier.Status}':\n{carrier.Errors}");
        return Manifests.From(carrier, topology).Policies().Select(p => p.Policy).ToList();
    }
}
