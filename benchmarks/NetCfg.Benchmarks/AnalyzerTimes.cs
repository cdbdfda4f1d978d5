using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NetCfg.Benchmarks;

/// <summary>Each analyzer's share of the analyzers' time at one size, after warm-up runs (`-- --analyzers`).</summary>
public static class AnalyzerTimes
{
    /// <summary>One analyzer alone: mean wall time over 20 runs after 5 warm-ups, on a bound compilation.</summary>
    public static void PrintOne(int components, string name)
    {
        var analyzer = name == nameof(NetCfg.Floor.FloorAnalyzer) ? new NetCfg.Floor.FloorAnalyzer() : Workspace.Analyzers.Single(a => a.GetType().Name == name);
        var tree = Workspace.Parse(SyntheticTopology.Source(components), "C.cs");
        double total = 0;
        for (var round = 0; round < 25; round++)
        {
            var compilation = Workspace.Compilation(new[] { tree });
            compilation.GetDiagnostics();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            compilation.WithAnalyzers(System.Collections.Immutable.ImmutableArray.Create(analyzer), Workspace.AnalyzerOptions()).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            if (round >= 5) total += watch.Elapsed.TotalMilliseconds;
        }

        Console.WriteLine($"{name} alone, {components} components: {total / 20:F2} ms");
    }

    public static void Print(int components)
    {
        var tree = Workspace.Parse(SyntheticTopology.Source(components), "C.cs");
        for (var round = 1; round <= 5; round++)
        {
            var compilation = Workspace.Compilation(new[] { tree });
            compilation.GetDiagnostics(); // bind first, as the compiler has by the time analyzers run
            var options = new CompilationWithAnalyzersOptions(Workspace.AnalyzerOptions(), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
            var analyzers = compilation.WithAnalyzers(Workspace.Analyzers, options);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            analyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            var elapsed = watch.Elapsed.TotalMilliseconds;
            if (round < 5) continue;
            Console.WriteLine($"analyzers on a bound compilation, {components} components: {elapsed:F1} ms");
            foreach (var (analyzer, ms) in Workspace.Analyzers
                .Select(a => (a.GetType().Name, analyzers.GetAnalyzerTelemetryInfoAsync(a, default).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds))
                .OrderByDescending(a => a.Item2))
            {
                Console.WriteLine($"  {analyzer,-36} {ms,8:F1} ms");
            }
        }
    }
}
