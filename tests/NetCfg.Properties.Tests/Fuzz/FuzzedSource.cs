using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using NetCfg.Properties.Tests.Harness;
using NetCfg.Properties.Tests.Topologies;

using NetCfg.TestKit;

namespace NetCfg.Properties.Tests.Fuzz;

/// <summary>A valid topology whose C# (one file of it) went through one to three mutations.</summary>
internal sealed record FuzzedSource(Topology Topology, int File, IReadOnlyList<SourceMutation> Mutations)
{
    public static readonly Gen<FuzzedSource> Gen =
        from topology in TopologyGen.Full
        from file in CsCheck.Gen.Int[0, topology.Layout.SourceFiles - 1]
        from mutations in SourceMutation.Gen.Array[1, 3]
        select new FuzzedSource(topology, file, mutations);

    public IReadOnlyList<(string Path, string Text)> Sources =>
        SourceWriter.CSharp(Topology).Select((s, i) => i == File ? (s.Path, Mutations.Aggregate(s.Text, (text, m) => m.Apply(text))) : s).ToList();

    public GenerationRun Run() => SourceWriter.Run(Sources, SourceWriter.AdditionalFiles(Topology), SourceWriter.GlobalOptions(Topology));

    public static string Describe(FuzzedSource? fuzzed)
    {
        if (fuzzed is null) return "(none)";
        var text = new StringBuilder($"// mutations of Declarations{fuzzed.File}.cs: {string.Join(", ", fuzzed.Mutations)}\n");
        foreach (var (path, source) in fuzzed.Sources) text.Append("// ---- ").Append(path).Append(" (as compiled)\n").Append(source).Append('\n');
        foreach (var (path, yaml) in SourceWriter.ProfileYaml(fuzzed.Topology)) text.Append("# ---- ").Append(path).Append('\n').Append(yaml);
        return text.ToString();
    }
}
