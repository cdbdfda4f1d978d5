using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NetCfg.Benchmarks;

/// <summary>Where an unrelated edit's generator time goes, step by step (`-- --steps`).</summary>
public static class StepTimes
{
    public static void Print(int components, bool floor = false)
    {
        var source = Workspace.Parse(SyntheticTopology.Source(components), "C.cs");
        var driver = Workspace.Driver(generator: floor ? new NetCfg.Floor.FloorGenerator() : null, trackSteps: true);
        var cold = System.Diagnostics.Stopwatch.StartNew();
        driver = driver.RunGenerators(Workspace.Compilation(new[] { source, Workspace.Parse("class U { int V() => 0; }", "U.cs") }));
        Console.WriteLine($"first run in this process {cold.Elapsed.TotalMilliseconds:F1} ms; " + Steps(driver.GetRunResult().Results[0]));
        for (var round = 1; round <= 5; round++)
        {
            var compilation = Workspace.Compilation(new[] { source, Workspace.Parse("class U { int V() => " + round + "; }", "U.cs") });
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var result = driver.RunGenerators(compilation).GetRunResult().Results[0];
            Console.WriteLine($"total {watch.Elapsed.TotalMilliseconds:F1} ms; " + Steps(result));
        }
    }

    private static string Steps(GeneratorRunResult result) => string.Join("; ", result.TrackedSteps
        .Select(s => (s.Key, Ms: s.Value.Sum(r => r.ElapsedTime.TotalMilliseconds), Runs: s.Value.Length))
        .OrderByDescending(s => s.Ms)
        .Take(6)
        .Select(s => $"{s.Key} {s.Ms:F1} ms x{s.Runs}"));
}
