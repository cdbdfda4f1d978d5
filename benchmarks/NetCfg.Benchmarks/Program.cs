using System.Linq;
using BenchmarkDotNet.Running;
using NetCfg.Benchmarks;

// `--sizes` prints the emitted object and rule counts; anything else goes to BenchmarkDotNet.
if (args.Contains("--sizes"))
{
    OutputSize.Print(10, 100, 1000, 5000);
    return;
}

// `--profiles DIR` writes the synthetic topology's NetworkProfile files (used by e2e-build.sh).
var profiles = System.Array.IndexOf(args, "--profiles");
if (profiles >= 0)
{
    System.IO.Directory.CreateDirectory(args[profiles + 1]);
    foreach (var (path, text) in SyntheticTopology.ProfileFiles())
    {
        System.IO.File.WriteAllText(System.IO.Path.Combine(args[profiles + 1], System.IO.Path.GetFileName(path)), text);
    }

    return;
}

// `--analyzers [NAME...]`: each analyzer's share, or the named analyzers alone.
if (args.Contains("--analyzers"))
{
    var names = args.SkipWhile(a => a != "--analyzers").Skip(1).ToArray();
    if (names.Length == 0) AnalyzerTimes.Print(1000);
    foreach (var name in names) AnalyzerTimes.PrintOne(1000, name);
    return;
}

if (args.Contains("--steps"))
{
    StepTimes.Print(1000, floor: args.Contains("--floor"));
    return;
}

// `--workload-cpu N...`: the workload benchmarks as process CPU time, alternating.
if (args.Contains("--workload-cpu"))
{
    foreach (var size in args.SkipWhile(a => a != "--workload-cpu").Skip(1)) WorkloadCpuTimes.Print(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

// `--source N [PORT-OFFSET]` prints the synthetic topology's C# (used by e2e-build.sh).
var source = System.Array.IndexOf(args, "--source");
if (source >= 0)
{
    var offset = args.Length > source + 2 ? int.Parse(args[source + 2], System.Globalization.CultureInfo.InvariantCulture) : 0;
    System.Console.Write(SyntheticTopology.Source(int.Parse(args[source + 1], System.Globalization.CultureInfo.InvariantCulture), offset));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);
