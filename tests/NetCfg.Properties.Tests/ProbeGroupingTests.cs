using System.Linq;
using CsCheck;
using NetCfg.Properties.Tests.Probes;
using NetCfg.Properties.Tests.Topologies;

namespace NetCfg.Properties.Tests;

/// <summary>
/// The least-privilege property asks the oracle once per group of probes it cannot tell apart (<see cref="OracleClasses"/>).
/// This checks that shortcut against asking the oracle for every probe, so it can never hide a mismatch.
/// </summary>
public sealed class ProbeGroupingTests
{
    [Xunit.Fact]
    public void GroupingProbesNeverChangesAnOracleVerdict() =>
        TopologyGen.Valid.Where(t => t.Components.Count <= 8).Sample(
            topology =>
            {
                var setup = ProbeRunner.Prepare(topology, LeastPrivilegeProperties.Emit(topology));
                var queries = 0;
                for (var s = 0; s < setup.Endpoints.Count; s++)
                {
                    for (var d = 0; d < setup.Endpoints.Count; d++)
                    {
                        if (!setup.InScope(s, d)) continue;
                        var grouped = ProbeRunner.GroupedVerdicts(setup, setup.Classes.EndpointClass[s], setup.Classes.EndpointClass[d], ref queries);
                        var direct = ProbeRunner.DirectVerdicts(setup, s, d);
                        if (!grouped.Cast<bool>().SequenceEqual(direct.Cast<bool>()))
                        {
                            throw new PropertyFailure($"grouping changed a verdict for {setup.Endpoints[s]} -> {setup.Endpoints[d]}: "
                                + $"grouped [{string.Concat(grouped.Cast<bool>().Select(b => b ? '1' : '0'))}], direct [{string.Concat(direct.Cast<bool>().Select(b => b ? '1' : '0'))}]");
                        }
                    }
                }
            },
            iter: PropertyRuns.Scaled(0.1),
            print: SourceWriter.Describe);
}
