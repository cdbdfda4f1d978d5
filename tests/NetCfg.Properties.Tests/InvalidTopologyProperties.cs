using CsCheck;
using NetCfg.Properties.Tests.Topologies;
using Xunit;
using NetCfg.Core.Carrier;

namespace NetCfg.Properties.Tests;

/// <summary>Issue 4, part 2 (the separate invalid-input test): a topology broken in any one way emits nothing.</summary>
public sealed class InvalidTopologyProperties
{
    [Fact]
    public void InvalidTopologiesGiveStatusErrorAndNoFiles() =>
        InvalidTopologyGen.Broken.Sample(
            broken =>
            {
                var run = SourceWriter.Run(broken.Topology);
                if (run.GeneratorException is not null) throw new PropertyFailure("the generator threw: " + run.GeneratorException);
                if (run.Carrier is not { } carrier) throw new PropertyFailure("no carrier: " + run.ReadBack?.Problem);
                if (carrier.Status != CheckedInputCarrier.Status.Error || carrier.Files.Count != 0)
                {
                    throw new PropertyFailure($"status '{carrier.Status}' with {carrier.Files.Count} file(s); expected status 'error' and no files");
                }

                if (string.IsNullOrWhiteSpace(carrier.Errors)) throw new PropertyFailure("status 'error' but the carrier names no error");
            },
            iter: PropertyRuns.Scaled(0.5),
            print: Describe);

    internal static string Describe(BrokenTopology? broken) =>
        broken is null ? "(no topology)" : $"// broken on purpose: {broken.Breakage}\n{SourceWriter.Describe(broken.Topology)}";
}
