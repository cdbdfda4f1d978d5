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
            .Select(i => ($"profiles/platform-{i}.yaml", ProfileFile(topology.Profiles.Where(p => p.File == i))))
            .Concat((topology.ExtraProfileFiles ?? new List<string>()).Select((text, i) => ($"profiles/extra-{i}.yaml", text)))
            .ToList();

    public static IEnumerable<AdditionalText> AdditionalFiles(Topology topology) =>
        ProfileYaml(topology).Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text));

    public static IReadOnlyDictionary<string, string> GlobalOptions(Topology topology) =>
        topology.Layout.AllowDnsOption is { } value
            ? new Dictionary<string, string> { [AllowDnsOption] = value }
            : new Dictionary<string, string>();

    public static GenerationRun Run(Topology topology) => Run(CSharp(topology), AdditionalFiles(topology), GlobalOptions(topology));

    /// <summary>The framework assemblies user code and the carrier need, plus NetCfg.Attributes: small, fast compilations.</summary>
    public static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() => RoslynReferences.Only(
        "System.Private.CoreLib", "System.Runtime", "netstandard", "System.Collections", "System.Linq", "System.ComponentModel.Primitives"));

    /// <summary>Runs the generator once through the TestKit's harness. Never asserts: the caller decides what a failure is.</summary>
    public static GenerationRun Run(IEnumerable<(string Path, string Text)> sources, IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string> options) =>
        Generation.Run(Generation.Compile(sources, References.Value), files, options);

    /// <summary>The options the task renders with, from the topology's MSBuild property.</summary>
    public static TranslationOptions RenderOptions(Topology topology)
    {
        var errors = new List<string>();
        var options = OptionRules.Read(name => name == OptionRules.AllowDns ? topology.Layout.AllowDnsOption : null, errors);
        return errors.Count == 0 ? options : throw new InvalidOperationException(string.Join("; ", errors));
    }

    /// <summary>Everything needed to reproduce a run by hand: options, C# files and profile files.</summary>
    public static string Describe(Topology? topology)
    {
        if (topology is null) return "(no topology: generating it failed)";
        var text = new StringBuilder();
        text.Append("// build options: ").Append(topology.Layout.AllowDnsOption is { } o ? $"NetCfgAllowDns={Literal(o)}" : "(none)").Append('\n');
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
        if (dependency.Protocol != Proto.Tcp || dependency.ExplicitProtocol) named.Add("Protocol = NetworkProtocol." + dependency.Protocol);
        return dependency.Generic
            ? $"DependsOn<{target}>" + (named.Count == 0 ? string.Empty : "(" + string.Join(", ", named) + ")")
            : $"DependsOn(typeof({target})" + string.Concat(named.Select(n => ", " + n)) + ")";
    }

    private static string ProfileFile(IEnumerable<ProfileSpec> profiles)
    {
        var documents = profiles.Select(Profile).ToList();
        return documents.Count == 0 ? "# no profiles in this file\n" : string.Join("---\n", documents);
    }

    private static string Profile(ProfileSpec profile)
    {
        var text = new StringBuilder();
        text.Append("apiVersion: networking.tcs.trifork.com/v1alpha1\nkind: NetworkProfile\nmetadata:\n  name: ").Append(YamlQuoted(profile.Name)).Append("\nspec:\n  egress:\n");
        foreach (var rule in profile.Rules)
        {
            text.Append("    - to:\n");
            foreach (var peer in rule.Peers) Peer(text, peer);
            if (rule.Ports.Count > 0)
            {
                text.Append("      ports:\n");
                foreach (var port in rule.Ports)
                {
                    var lines = new List<string>();
                    if (port.Protocol is { } protocol) lines.Add("protocol: " + protocol.ToString().ToUpperInvariant());
                    if (port.Port is { } p) lines.Add("port: " + p.ToString(CultureInfo.InvariantCulture));
                    if (port.EndPort is { } e) lines.Add("endPort: " + e.ToString(CultureInfo.InvariantCulture));
                    text.Append("        - ").Append(lines.Count == 0 ? "{}" : string.Join("\n          ", lines)).Append('\n');
                }
            }
        }

        return text.ToString();
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

    private static void Peer(StringBuilder text, PeerSpec peer)
    {
        switch (peer)
        {
            case IpBlockPeer block:
                text.Append("        - ipBlock:\n            cidr: ").Append(block.Cidr).Append('\n');
                if (block.Except.Count > 0)
                {
                    text.Append("            except:\n");
                    foreach (var except in block.Except) text.Append("              - ").Append(except).Append('\n');
                }

                break;
            case SelectorPeer selector:
                var first = true;
                foreach (var (key, labels) in new[] { ("namespaceSelector", selector.NamespaceLabels), ("podSelector", selector.PodLabels) })
                {
                    if (labels is null) continue;
                    text.Append(first ? "        - " : "          ").Append(key).Append(":\n            matchLabels:\n");
                    foreach (var label in labels) text.Append("              ").Append(label.Key).Append(": \"").Append(label.Value).Append("\"\n");
                    first = false;
                }

                break;
        }
    }
}
