using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NetCfg.Core.Model;

namespace NetCfg.Core.Import;

/// <summary>One C# source file the import writes.</summary>
public sealed record SourceFile(string Path, string Text);

/// <summary>
/// Writes imported declarations as C#: LocalNetworkConfig.cs with the [assembly: LocalNetworkConfig], and one file per
/// component class (&lt;Class&gt;.cs), partial, in a block namespace so any C# version builds it. '\n' line ends.
/// </summary>
public static class CSharpWriter
{
    public const string ConfigFile = "LocalNetworkConfig.cs";

    public static IReadOnlyList<SourceFile> Write(ImportedConfig config, string origin)
    {
        var files = new List<SourceFile> { new(ConfigFile, Header(origin) + "using NetCfg;\n\n" + $"[assembly: LocalNetworkConfig({Arguments(config.Config)})]\n") };
        foreach (var component in config.Components)
        {
            var name = component.Type.Substring(config.Namespace.Length + 1);
            var text = new StringBuilder(Header(origin)).Append("using NetCfg;\n\nnamespace ").Append(config.Namespace).Append("\n{\n");
            text.Append("    [Component(").Append(Literal(component.Name!)).Append(")]\n");
            foreach (var label in component.Labels) text.Append($"    [MatchLabel({Literal(label.Key!)}, {Literal(label.Value!)})]\n");
            foreach (var expression in component.Expressions)
            {
                var values = string.Concat(expression.Values.Select(v => ", " + Literal(v)));
                text.Append($"    [MatchExpression({Literal(expression.Key!)}, LabelOperator.{(LabelOperator)expression.Operator}{values})]\n");
            }

            foreach (var dependency in component.Dependencies) text.Append("    [DependsOn(").Append(Dependency(dependency, config.Namespace)).Append(")]\n");
            foreach (var profile in component.Profiles) text.Append("    [DependsOnProfile(").Append(Literal(profile.Name!)).Append(")]\n");
            text.Append("    public partial class ").Append(name).Append("\n    {\n    }\n}\n");
            files.Add(new SourceFile(name + ".cs", text.ToString()));
        }

        return files;
    }

    private static string Header(string origin) => "// Imported by netcfg from " + origin.Replace('\n', ' ').Replace('\r', ' ') + ". Edit freely: this file is yours now.\n";

    private static string Arguments(ConfigDeclaration config) =>
        Literal(config.Name!) + (config.Namespace is { } ns ? ", Namespace = " + Literal(ns) : string.Empty);

    private static string Dependency(DependencyDeclaration dependency, string ns)
    {
        var text = new StringBuilder("typeof(").Append(dependency.Target.Type!.Substring(ns.Length + 1)).Append(')');
        if (dependency.Port is { } port) text.Append(", Port = ").Append(port.ToString(CultureInfo.InvariantCulture));
        if (dependency.EndPort is { } end) text.Append(", EndPort = ").Append(end.ToString(CultureInfo.InvariantCulture));
        if (dependency.PortName is { } name) text.Append(", PortName = ").Append(Literal(name));
        if (dependency.Protocol != (int)Protocol.Tcp) text.Append(", Protocol = NetworkProtocol.").Append((Protocol)dependency.Protocol);
        return text.ToString();
    }

    // A C# regular string literal: quotes, backslashes and control characters escaped.
    private static string Literal(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            if (c is '"' or '\\') text.Append('\\').Append(c);
            else if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085') text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else text.Append(c);
        }

        return text.Append('"').ToString();
    }
}
