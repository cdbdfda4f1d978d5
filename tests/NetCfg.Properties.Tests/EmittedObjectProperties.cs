using System.Linq;
using CsCheck;
using NetCfg.Properties.Tests.Checks;
using NetCfg.Properties.Tests.Harness;
using NetCfg.Properties.Tests.Topologies;
using Xunit;
using NetCfg.Core.Carrier;

namespace NetCfg.Properties.Tests;

/// <summary>Issue 4, part 3: every object emitted for a random valid topology is valid, round-trips and has the promised shape.</summary>
public sealed class EmittedObjectProperties
{
    [Fact]
    public void EveryEmittedObjectIsValidRoundTripsAndMatchesTheDeclarations() =>
        TopologyGen.Full.Sample(
            topology =>
            {
                var run = SourceWriter.Run(topology);
                if (run.GeneratorException is not null) throw new PropertyFailure("the generator threw: " + run.GeneratorException);
                if (run.Carrier is not { } carrier) throw new PropertyFailure("no carrier: " + run.ReadBack?.Problem);
                if (carrier.Status != CheckedInputCarrier.Status.Ok) throw new PropertyFailure($"a valid topology gave status '{carrier.Status}':\n{carrier.Errors}");
                var problems = EmittedObjectChecks.Check(topology, Manifests.From(carrier, topology));
                if (problems.Count > 0) throw new PropertyFailure(string.Join("\n", problems.Take(20)));
            },
            iter: PropertyRuns.Scaled(0.5),
            print: SourceWriter.Describe);
}
