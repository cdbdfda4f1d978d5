using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NetCfg.TestKit;
using YamlDotNet.RepresentationModel;
using NetCfg.Core.Carrier;

namespace NetCfg.Benchmarks;

/// <summary>Object and rule counts of the emitted manifests per topology size (printed next to the timings).</summary>
public static class OutputSize
{
    public static void Print(params int[] sizes)
    {
        Console.WriteLine("| components | files | NetworkPolicies | ingress rules | egress rules | YAML bytes | carried input (chars) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var n in sizes)
        {
            var driver = Workspace.Driver().RunGenerators(Workspace.Compilation(new[] { Workspace.Parse(SyntheticTopology.Source(n), "C.cs") }));
            var read = GeneratedCarrier.Read(driver.GetRunResult().GeneratedTrees, Workspace.References);
            var carrier = read.Carrier ?? throw new InvalidOperationException(read.Problem);
            if (carrier.Status != CheckedInputCarrier.Status.Ok) throw new InvalidOperationException(carrier.Errors);
            int policies = 0, ingress = 0, egress = 0;
            foreach (var file in carrier.Files.Where(f => f.Key.StartsWith("networkpolicy/", StringComparison.Ordinal) && !f.Key.EndsWith("kustomization.yaml", StringComparison.Ordinal)))
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(file.Value));
                var spec = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["spec"];
                policies++;
                ingress += spec.Children.TryGetValue("ingress", out var i) ? ((YamlSequenceNode)i).Children.Count : 0;
                egress += spec.Children.TryGetValue("egress", out var e) ? ((YamlSequenceNode)e).Children.Count : 0;
            }

            Console.WriteLine($"| {n} | {carrier.Files.Count} | {policies} | {ingress} | {egress} | {carrier.Files.Sum(f => f.Value.Length)} | {carrier.Input.Length} |");
        }
    }
}
