using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using NetCfg.TestKit;

namespace NetCfg.Properties.Tests.Topologies;

/// <summary>
/// A valid topology with its components spread over the config assembly (0) and up to two component libraries (1, 2).
/// Library 2 references library 1 and the config references both, so a dependency is typed where its target's assembly
/// is this one or one it references, and by name otherwise: typed dependencies only point "down" the reference order.
/// </summary>
internal sealed record AssemblySplit(Topology Topology, int Assemblies, IReadOnlyList<int> AssemblyOf, bool LibrariesSeeProfiles)
{
    public const string ConfigAssembly = "UserApp";

    public static readonly Gen<AssemblySplit> Gen =
        from topology in TopologyGen.Valid
        from assemblies in CsCheck.Gen.FrequencyConst((1, 1), (2, 2), (5, 3))
        from owners in CsCheck.Gen.Int[0, assemblies - 1].Array[topology.Components.Count]
        from profiles in CsCheck.Gen.Bool
        select new AssemblySplit(topology, assemblies, owners, profiles);

    public static string Name(int assembly) => assembly == 0 ? ConfigAssembly : "Lib" + assembly.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether code in assembly <paramref name="from"/> can name the types of assembly <paramref name="to"/>.</summary>
    public static bool Sees(int from, int to) => from == to || from == 0 || (to != 0 && to < from);

    /// <summary>The libraries, built in order (each referencing those before it), then the config assembly referencing them all.</summary>
    public (GenerationRun Config, IReadOnlyList<GenerationRun> Libraries) Run()
    {
        var references = SourceWriter.References.Value;
        var libraries = new List<GenerationRun>();
        for (var library = 1; library < Assemblies; library++)
        {
            var run = Generation.Run(Generation.Compile(CSharp(library), references, Name(library)), LibrariesSeeProfiles ? SourceWriter.AdditionalFiles(Topology) : null);
            libraries.Add(run);
            if (run.GeneratorException is not null) return (run, libraries);
            references = references.Add(run.EmitReference());
        }

        var config = Generation.Run(Generation.Compile(CSharp(0), references, ConfigAssembly), SourceWriter.AdditionalFiles(Topology), SourceWriter.GlobalOptions(Topology));
        return (config, libraries);
    }

    /// <summary>The C# files of one assembly: its components, in the files the topology puts them in.</summary>
    public IReadOnlyList<(string Path, string Text)> CSharp(int assembly)
    {
        var files = Enumerable.Range(0, Topology.Layout.SourceFiles).Select(_ => new StringBuilder("using NetCfg;\n\n")).ToArray();
        if (assembly == 0)
        {
            files[0].Append("[assembly: LocalNetworkConfig(").Append(SourceWriter.Literal(Topology.ConfigName));
            if (Topology.Namespace is not null) files[0].Append(", Namespace = ").Append(SourceWriter.Literal(Topology.Namespace));
            files[0].Append(")]\n\n");
        }

        for (var i = 0; i < Topology.Components.Count; i++)
        {
            if (AssemblyOf[i] == assembly) Class(files[Topology.Components[i].File], i);
        }

        return files.Select((f, i) => ($"{Name(assembly)}/Declarations{i.ToString(CultureInfo.InvariantCulture)}.cs", f.ToString())).ToList();
    }

    public static string Describe(AssemblySplit? split)
    {
        if (split is null) return "(no split)";
        var text = new StringBuilder(SourceWriter.Describe(split.Topology)).Append("// ==== split over ").Append(split.Assemblies).Append(" assemblies")
            .Append(split.LibrariesSeeProfiles ? " (libraries see the profile files)" : string.Empty).Append('\n');
        for (var assembly = 0; assembly < split.Assemblies; assembly++)
        {
            foreach (var (path, source) in split.CSharp(assembly)) text.Append("// ---- ").Append(path).Append('\n').Append(source);
        }

        return text.ToString();
    }

    private void Class(StringBuilder file, int index)
    {
        var component = Topology.Components[index];
        var indent = component.ClassNamespace is null ? string.Empty : "    ";
        if (component.ClassNamespace is not null) file.Append("namespace ").Append(component.ClassNamespace).Append("\n{\n");
        var head = new List<string> { $"Component({SourceWriter.Literal(component.Name)})" };
        head.AddRange(component.Labels.Select(l => $"MatchLabel({SourceWriter.Literal(l.Key)}, {SourceWriter.Literal(l.Value)})"));
        var tail = component.Dependencies.Select(d => Dependency(AssemblyOf[index], d))
            .Concat(component.Profiles.Select(p => $"DependsOnProfile({SourceWriter.Literal(p)})"))
            .ToList();
        foreach (var part in component.SplitPartial ? new[] { head, tail } : new[] { head.Concat(tail).ToList() })
        {
            foreach (var attribute in part) file.Append(indent).Append('[').Append(attribute).Append("]\n");
            file.Append(indent).Append("public partial class ").Append(component.ClassName).Append(" { }\n");
        }

        if (component.ClassNamespace is not null) file.Append("}\n");
        file.Append('\n');
    }

    private string Dependency(int from, DependencySpec dependency)
    {
        var named = new List<string>();
        if (dependency.Port is { } port) named.Add("Port = " + port.ToString(CultureInfo.InvariantCulture));
        if (dependency.EndPort is { } end) named.Add("EndPort = " + end.ToString(CultureInfo.InvariantCulture));
        if (dependency.Protocol != Proto.Tcp || dependency.ExplicitProtocol) named.Add("Protocol = NetworkProtocol." + dependency.Protocol);
        var target = Topology.Components[dependency.Target];
        if (!Sees(from, AssemblyOf[dependency.Target])) return $"DependsOn({SourceWriter.Literal(target.Name)}" + string.Concat(named.Select(n => ", " + n)) + ")";
        return dependency.Generic
            ? $"DependsOn<{target.QualifiedClassName}>" + (named.Count == 0 ? string.Empty : "(" + string.Join(", ", named) + ")")
            : $"DependsOn(typeof({target.QualifiedClassName})" + string.Concat(named.Select(n => ", " + n)) + ")";
    }
}
