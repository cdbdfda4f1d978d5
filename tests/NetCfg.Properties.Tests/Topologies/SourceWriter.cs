using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NetCfg.Properties.Tests.Harness;

using NetCfg.Core.Model;
using NetCfg.Core.Rules;
using NetCfg.TestKit;

namespace NetCfg.Properties.Tests.Topologies;

/// <summary>Writes a topology as user C# source, NetworkProfile YAML files and the global build options.</summary>
internal static class SourceWriter
{
    public const string AllowDnsOption = "build_property.NetCfgAllowDns";

    public static IReadOnlyList<(string Path, string Text)> CSharp(Topology topology)
    {
        var files = Enumerable.Range(0, topology.Layout.SourceFiles).Select(_ => new StringBuilder("using NetCfg;\n\n")).ToArray();
        files[0].Append("[assembly: LocalNetworkConfig(").Append(Literal(topology.ConfigName));
        if (topology.Namespace is not null) files[0].Append(", Namespace = ").Append(Literal(topology.Namespace));
        files[0].Append(")]\n\n");
        foreach (var component in topology.Components)
        {
            Class(files[component.File], topology, component);
        }

        if (topology.ExtraSource is not null) files[0].Append(topology.ExtraSource).Append('\n');

        return files.Select((f, i) => ($"Declarations{i}.cs", f.ToString())).ToList();
    }

    public static IReadOnlyList<(string Path, string Text)> ProfileYaml(Topology topology) =>
        Enumerable.Range(0, topology.Layout.ProfileFiles)
            .Select(i => ($"profiles/platform-{i}.yaml", ProfileWriter.File(topology.Profiles.Where(p => p.File == i))))
            .Concat((topology.ExtraProfileFiles ?? new List<string>()).Select((text, i) => ($"profiles/extra-{i}.yaml", text)))
            .ToList();

    public static IEnumerable<AdditionalText> AdditionalFiles(Topology topology) =>
        ProfileYaml(topology).Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text));

    /// <summary>The build properties the topology sets, by MSBuild name.</summary>
    public static IReadOnlyDictionary<string, string> Properties(Topology topology)
    {
        var (layout, dns) = (topology.Layout, topology.Layout.Dns);
        var properties = new Dictionary<string, string>();
        foreach (var (name, value) in new[] { (OptionRules.AllowDns, layout.AllowDnsOption), (OptionRules.Dns, dns?.Mode), (OptionRules.DnsNamespace, dns?.Namespace), (OptionRules.DnsPodLabel, dns?.PodLabel), (OptionRules.DnsPort, dns?.Port) })
        {
            if (value is not null) properties[name] = value;
        }

        return properties;
    }

    /// <summary>The build properties as the compiler would see them (the generator reads none of the DNS ones; the task does).</summary>
    public static IReadOnlyDictionary<string, string> GlobalOptions(Topology topology) =>
        Properties(topology).ToDictionary(p => "build_property." + p.Key, p => p.Value);

    public static GenerationRun Run(Topology topology) => Run(CSharp(topology), AdditionalFiles(topology), GlobalOptions(topology));

    /// <summary>The framework assemblies user code and the carrier need, plus NetCfg.Attributes: small, fast compilations.</summary>
    public static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() => RoslynReferences.Only(
        "System.Private.CoreLib", "System.Runtime", "netstandard", "System.Collections", "System.Linq", "System.ComponentModel.Primitives"));

    /// <summary>Runs the generator once through the TestKit's harness. Never asserts: the caller decides what a failure is.</summary>
    public static GenerationRun Run(IEnumerable<(string Path, string Text)> sources, IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string> options) =>
        Generation.Run(Generation.Compile(sources, References.Value), files, options);

    /// <summary>The options the task renders with, read from the topology's MSBuild properties as the task reads them.</summary>
    public static TranslationOptions RenderOptions(Topology topology)
    {
        var errors = new List<string>();
        var properties = Properties(topology);
        var options = OptionRules.Read(name => properties.TryGetValue(name, out var value) ? value : null, errors);
        return errors.Count == 0 ? options : throw new InvalidOperationException(string.Join("; ", errors));
    }

    /// <summary>Everything needed to reproduce a run by hand: options, C# files and profile files.</summary>
    public static string Describe(Topology? topology)
    {
        if (topology is null) return "(no topology: generating it failed)";
        var text = new StringBuilder();
        var properties = Properties(topology);
        text.Append("// build options: ").Append(properties.Count == 0 ? "(none)" : string.Join(" ", properties.Select(p => $"-p:{p.Key}={Literal(p.Value)}"))).Append('\n');
        if (topology.NamedPorts.Count > 0) text.Append("// pods' named ports: ").Append(string.Join(", ", topology.NamedPorts.Select(p => $"{p.Name}={p.Protocol.ToString().ToUpperInvariant()}/{p.Number}"))).Append('\n');
        foreach (var (path, source) in CSharp(topology)) text.Append("// ---- ").Append(path).Append('\n').Append(source);
        foreach (var (path, yaml) in ProfileYaml(topology)) text.Append("# ---- ").Append(path).Append('\n').Append(yaml);
        return text.ToString();
    }

    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    private static void Class(StringBuilder file, Topology topology, ComponentSpec component)
    {
        var indent = component.ClassNamespace is null ? string.Empty : "    ";
        if (component.ClassNamespace is not null) file.Append("namespace ").Append(component.ClassNamespace).Append("\n{\n");
        var head = new List<string> { $"Component({Literal(component.Name)})" };
        head.AddRange(component.Labels.Select(l => $"MatchLabel({Literal(l.Key)}, {Literal(l.Value)})"));
        head.AddRange(component.MatchExpressions.Select(Expression));
        var tail = component.Dependencies.Select(d => Dependency(topology, d))
            .Concat(component.Profiles.Select(p => $"DependsOnProfile({Literal(p)})"))
            .ToList();
        if (component.SplitPartial)
        {
            Declaration(file, indent, head, component.ClassName);
            Declaration(file, indent, tail, component.ClassName);
        }
        else
        {
            Declaration(file, indent, head.Concat(tail), component.ClassName);
        }

        if (component.ClassNamespace is not null) file.Append("}\n");
        file.Append('\n');
    }

    private static void Declaration(StringBuilder file, string indent, IEnumerable<string> attributes, string className)
    {
        foreach (var attribute in attributes) file.Append(indent).Append('[').Append(attribute).Append("]\n");
        file.Append(indent).Append("public partial class ").Append(className).Append(" { }\n");
    }

    private static string Dependency(Topology topology, DependencySpec dependency)
    {
        var target = dependency.Target == Topology.NotAComponent ? "global::" + Topology.NotAComponentClass : topology.Components[dependency.Target].QualifiedClassName;
        var named = new List<string>();
        if (dependency.Port is { } port) named.Add("Port = " + port.ToString(CultureInfo.InvariantCulture));
        if (dependency.EndPort is { } end) named.Add("EndPort = " + end.ToString(CultureInfo.InvariantCulture));
        if (dependency.PortName is { } name) named.Add("PortName = " + Literal(name));
        if (dependency.Protocol != Proto.Tcp || dependency.ExplicitProtocol) named.Add("Protocol = NetworkProtocol." + dependency.Protocol);
        return dependency.Generic
            ? $"DependsOn<{target}>" + (named.Count == 0 ? string.Empty : "(" + string.Join(", ", named) + ")")
            : $"DependsOn(typeof({target})" + string.Concat(named.Select(n => ", " + n)) + ")";
    }

    // [MatchExpression("key", LabelOperator.X, values...)]: params values, or an array when there are several (both forms are C#'s).
    private static string Expression(ExpressionSpec expression)
    {
        var values = expression.Values.Select(Literal).ToList();
        var op = System.Enum.IsDefined(expression.Operator) ? "LabelOperator." + expression.Operator : $"(LabelOperator){(int)expression.Operator}";
        var head = $"MatchExpression({Literal(expression.Key)}, {op}";
        return values.Count == 0 ? head + ")"
            : values.Count > 1 && expression.Key.Length % 2 == 0 ? head + ", new[] { " + string.Join(", ", values) + " })"
            : head + ", " + string.Join(", ", values) + ")";
    }

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="value"/> (every unusual character escaped).</summary>
    public static string YamlQuoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            if (c is '"' or '\\') text.Append('\\').Append(c);
            else if (c < 0x20 || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c)) text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else text.Append(c);
        }

        return text.Append('"').ToString();
    }
}
