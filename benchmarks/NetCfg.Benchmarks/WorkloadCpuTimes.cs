using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace NetCfg.Benchmarks;

/// <summary>
/// <see cref="WorkloadBenchmarks"/>'s three cases as process CPU time (`-- --workload-cpu N`), alternating, medians:
/// on a shared machine CPU time moves less with the load than wall time does.
/// </summary>
public static class WorkloadCpuTimes
{
    public static void Print(int components, int rounds = 15)
    {
        var bench = new WorkloadBenchmarks { Components = components };
        bench.Setup();
        var cases = new (string Name, Func<int> Run)[]
        {
            ("no workloads", bench.WithoutWorkloads),
            ("workloads, parse cached", bench.WithWorkloadsCached),
            ("workloads, parsed anew", bench.WithWorkloadsCold),
        };
        var times = cases.ToDictionary(c => c.Name, _ => new List<double>());
        for (var round = 0; round < rounds + 3; round++)
        {
            foreach (var (name, run) in cases)
            {
                GC.Collect();
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                run();
                var ms = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds;
                if (round >= 3) times[name].Add(ms); // 3 warm-up rounds
            }
        }

        var baseline = Median(times[cases[0].Name]);
        foreach (var (name, _) in cases)
        {
            var median = Median(times[name]);
            Console.WriteLine($"{components} components, analyzers, {name}: {median:F1} ms CPU (median of {rounds}), {median / baseline:F3}x");
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
