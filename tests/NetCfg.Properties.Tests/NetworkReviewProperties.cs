using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using CsCheck;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Reading;
using NetCfg.Core.Review.Evaluation;
using NetCfg.Properties.Tests.Harness;
using NetCfg.Properties.Tests.Review;
using NetCfg.Properties.Tests.Topologies;
using Xunit;
using Xunit.Abstractions;
using NetCfg.Core.Carrier;

namespace NetCfg.Properties.Tests;

/// <summary>
/// Issue 12: the review's flow table, computed from the files the real generator emits, says exactly what the independent
/// oracle says of the same NetworkPolicies, for every pair of components, profile peers and the cluster DNS, on every
/// probe port of every protocol. Nothing missing, nothing extra.
/// </summary>
public sealed class NetworkReviewProperties
{
    private readonly ITestOutputHelper output;

    public NetworkReviewProperties(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void TheFlowTableAgreesWithTheOracle()
    {
        var (checkedTopologies, probes, skipped) = (0, 0L, 0);
        var clock = Stopwatch.StartNew();
        TopologyGen.Valid.Sample(
            topology =>
            {
                var run = SourceWriter.Run(topology);
                if (run.Carrier is not { Status: CheckedInputCarrier.Status.Ok } carrier) throw new PropertyFailure($"a valid topology gave no manifests: {run.Status} {run.GeneratorException}");
                var read = ManifestReader.Read(carrier.FilesWith(SourceWriter.RenderOptions(topology)).Select(f => new ManifestFile(f.Key, f.Value)).ToList());
                if (!read.Succeeded) throw new PropertyFailure("the reader refused the generator's files:\n" + string.Join("\n", read.Errors));
                var flows = FlowEvaluator.Evaluate(read.View!);
                if (ReviewEndpoints.For(topology) is not { } ends)
                {
                    System.Threading.Interlocked.Increment(ref skipped);
                    return;
                }

                var result = ReviewProbe.Run(topology, ends, flows, Manifests.From(carrier, topology).Policies().Select(p => p.Policy).ToList());
                if (result.Mismatches.Count > 0) throw new PropertyFailure(ReviewProbe.Describe(result, flows));
                System.Threading.Interlocked.Increment(ref checkedTopologies);
                System.Threading.Interlocked.Add(ref probes, result.Probes);
            },
            iter: PropertyRuns.Scaled(0.5),
            print: SourceWriter.Describe);
        output.WriteLine($"{checkedTopologies} topologies, {probes:N0} probes, {skipped} skipped (no address free of every ipBlock), {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(skipped * 10 <= checkedTopologies + skipped, $"{skipped} topologies skipped");
    }
}
