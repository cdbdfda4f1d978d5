using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;

namespace NetCfg.Properties.Tests.Fuzz;

/// <summary>
/// One edit to valid generated C#: a cut, deleted or inserted characters, an argument of the wrong type, a duplicated
/// line, or the whole file replaced by a soup of attribute tokens. Positions are fractions of the text (per million),
/// so a mutation means the same thing whatever the text's length.
/// </summary>
internal sealed record SourceMutation(SourceMutation.Kinds Kind, int Where, int Pick)
{
    public enum Kinds
    {
        Truncate,
        DeleteCharacters,
        InsertToken,
        SwapArgument,
        DuplicateLine,
        TokenSoup,
    }

    public static readonly string[] Tokens =
    {
        "[", "]", "(", ")", "<", ">", "{", "}", ",", ";", "=", "\"", "@\"", "\"\"\"", "'", "/*", "//", "#if X", "#endif", "\\", "$\"{", "\n", " ",
        "Component", "DependsOn", "DependsOnProfile", "MatchLabel", "LocalNetworkConfig", "assembly:", "typeof", "nameof", "default", "null",
        "Port", "EndPort", "Protocol", "Namespace", "NetworkProtocol.Udp", "(NetworkProtocol)9", "80", "-1", "65536", "1.5", "\"a\"", "\"x y\"",
        "class", "partial", "struct", "record", "interface", "enum", "namespace", "public", "static", "A", "B", "global::", "NetCfg.", "int",
        "MatchExpression", "LabelOperator.In", "LabelOperator.Exists", "(LabelOperator)9", "PortName", "PortName = \"http\"", "new[] {", "params",
    };

    /// <summary>Regex and its replacements: each swaps an argument for one of the wrong type or shape.</summary>
    public static readonly (string Pattern, string[] Replacements)[] Swaps =
    {
        (@"Port = (\d+)", new[] { "Port = \"$1\"", "Port = $1L", "Port = 1.5", "Port = null", "Port = Undefined", "Port = default", "Port = -$1", "Port = int.MaxValue", "Port = (int)NetworkProtocol.Udp" }),
        (@"typeof\(([^)]*)\)", new[] { "\"$1\"", "typeof(int)", "typeof(string[])", "null", "typeof(System.Collections.Generic.List<>)", "typeof($1[])", "typeof(Missing)", "typeof()" }),
        (@"Component\(""([^""]*)""\)", new[] { "Component($1)", "Component(42)", "Component(null)", "Component(\"$1\", \"b\")", "Component(\"$1\" + \"-x\")", "Component()", "Component(Name)", "Component(default)" }),
        (@"MatchLabel\(""([^""]*)"", ""([^""]*)""\)", new[] { "MatchLabel(\"$2\")", "MatchLabel($1, $2)", "MatchLabel(null, \"$2\")", "MatchLabel(\"$1\", null)", "MatchLabel(\"$2\", \"$1\")", "MatchLabel(\"$1\", 3)" }),
        (@"Protocol = NetworkProtocol\.(\w+)", new[] { "Protocol = (NetworkProtocol)7", "Protocol = (NetworkProtocol)(-1)", "Protocol = 1", "Protocol = \"UDP\"", "Protocol = NetworkProtocol.Icmp", "Protocol = default" }),
        (@"DependsOn<([^>]*)>", new[] { "DependsOn<int>", "DependsOn<>", "DependsOn<$1, $1>", "DependsOn<$1[]>", "DependsOn<T>", "DependsOn<dynamic>" }),
        (@"DependsOnProfile\(""([^""]*)""\)", new[] { "DependsOnProfile($1)", "DependsOnProfile(null)", "DependsOnProfile(\"\")", "DependsOnProfile(\"$1\", \"$1\")", "DependsOnProfile(typeof(int))" }),
        (@"LocalNetworkConfig\(""([^""]*)""", new[] { "LocalNetworkConfig(null", "LocalNetworkConfig(1", "LocalNetworkConfig(\"$1\", Namespace = 3", "LocalNetworkConfig(\"$1\", Namespace = null", "LocalNetworkConfig(\"$1\")] [assembly: LocalNetworkConfig(\"$1\"" }),
        (@"public partial class (\w+)", new[] { "public partial struct $1", "public partial record $1", "public partial interface $1", "public static partial class $1", "public partial class $1<T>", "public abstract partial class $1", "public partial class $1 : System.Exception" }),
        (@"MatchExpression\(""([^""]*)"", LabelOperator\.(\w+)", new[] { "MatchExpression(\"$1\"", "MatchExpression(\"$1\", (LabelOperator)9", "MatchExpression(null, LabelOperator.$2", "MatchExpression(\"$1\", LabelOperator.$2, null", "MatchExpression(\"$1\", LabelOperator.$2, new[] { \"a\", null }", "MatchExpression(\"$1\", 2", "MatchExpression(\"$1\", LabelOperator.$2, \"-bad\"", "MatchExpression(\"$1\", LabelOperator.$2, 1" }),
        (@"PortName = ""([^""]*)""", new[] { "PortName = null", "PortName = 80", "PortName = \"HTTP\"", "PortName = \"$1\", Port = 80", "PortName = ", "PortName = nameof(PortName)", "PortName = \"$1\", EndPort = 90", "PortName = \"\"" }),
        (@"\[(Component|MatchLabel|MatchExpression|DependsOn|DependsOnProfile)", new[] { "[$1, $1", "[assembly: $1", "[return: $1", "[NetCfg.$1", "[global::NetCfg.$1Attribute", "[System.Obsolete, $1" }),
    };

    public static readonly Gen<SourceMutation> Gen =
        from kind in CsCheck.Gen.FrequencyConst((3, Kinds.Truncate), (3, Kinds.DeleteCharacters), (3, Kinds.InsertToken), (5, Kinds.SwapArgument), (1, Kinds.DuplicateLine), (1, Kinds.TokenSoup))
        from position in CsCheck.Gen.Int[0, 999_999]
        from pick in CsCheck.Gen.Int[0, 1_000_000]
        select new SourceMutation(kind, position, pick);

    public string Apply(string text)
    {
        var at = (int)((long)text.Length * Where / 1_000_000);
        switch (Kind)
        {
            case Kinds.Truncate:
                return text[..at];
            case Kinds.DeleteCharacters:
                var chars = text.ToList();
                var random = new Random(Pick);
                for (var i = 0; i < 1 + (Pick % 8) && chars.Count > 0; i++) chars.RemoveAt(random.Next(chars.Count));
                return new string(chars.ToArray());
            case Kinds.InsertToken:
                return text.Insert(at, Tokens[Pick % Tokens.Length]);
            case Kinds.SwapArgument:
                var (pattern, replacements) = Swaps[Pick % Swaps.Length];
                var matches = Regex.Matches(text, pattern);
                if (matches.Count == 0) return text.Insert(at, Tokens[Pick % Tokens.Length]);
                var match = matches[Where % matches.Count];
                var replacement = match.Result(replacements[(Pick / Swaps.Length) % replacements.Length]);
                return text[..match.Index] + replacement + text[(match.Index + match.Length)..];
            case Kinds.DuplicateLine:
                var lines = text.Split('\n').ToList();
                var line = (int)((long)lines.Count * Where / 1_000_000);
                lines.Insert(line, lines[line]);
                return string.Join("\n", lines);
            default:
                var soup = new Random(Pick);
                return "using NetCfg;\n" + string.Concat(Enumerable.Range(0, 1 + (Where % 60)).Select(_ => Tokens[soup.Next(Tokens.Length)] + " "));
        }
    }

    public override string ToString() => $"{Kind} at {Where / 10_000.0:0.##}% (pick {Pick})";
}
