using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NetCfg.Oracle;
using NetCfg.Properties.Tests.Topologies;

namespace NetCfg.Properties.Tests.Fuzz;

/// <summary>
/// A valid topology with one name, namespace, label key, label value, profile name, expression key, expression value or
/// port name replaced by a hostile string.
/// </summary>
internal sealed record HostileString(Topology Original, HostileString.Targets Target, int Index, string Value)
{
    public enum Targets
    {
        ConfigName,
        Namespace,
        ComponentName,
        LabelKey,
        LabelValue,
        ProfileName,
        ExpressionKey,
        ExpressionValue,
        PortName,
    }

    /// <summary>Strings that break naive YAML writing: structure, comments, quotes, keywords, numbers, odd lengths and characters.</summary>
    public static readonly string[] Pool =
    {
        "\n", "a\nb", "a\n", "a: b", "a:b", ":", "#", "a #b", "a#b", "'", "\"", "'a'", "\"a\"", "a'b", "a\"b", "\\", "a\\nb",
        "true", "false", "True", "FALSE", "null", "Null", "~", "yes", "no", "on", "off", "y", "n", "Y", "N",
        "0123", "0x1F", "0o17", "0b101", "1e3", "1E3", "123", "1.0", ".5", ".inf", "-.inf", ".nan", "1_000", "12:30", "12:30:45", "2001-12-14", "+1", "-1",
        "- a", "-", "[a]", "{a: b}", "{}", "[]", "&a", "*a", "!tag", "!!str", "%YAML 1.2", "---", "...", "a\n---\nkind: Secret", "a\r\nb", "a\tb", "\t",
        " a", "a ", " ", string.Empty, "@a", "`a`", "|", ">", "?", "%", "a,b", "a=b", "<<", "=", "${HOME}", "{{x}}", "<x>",
        "a/b", "a.b", "a-b", "a_b", "A", "A.b-C_d", "a..b", "a.", ".a", "-a", "a-", "_a", "a_", "example.com/a", "Example.com/a", "a/", "/a", "a/b/c",
        "default-deny", "kube-system", "default", "other",
        "caf\u00e9", "\u00e9", "\u2028", "\u0085", "\uFEFF", "\0", "\u202Eevil", "\u200B", "\U0001F600", "\u00A0",
        new string('a', 63), new string('a', 64), new string('a', 62) + "-", "a" + new string('-', 61) + "b",
        string.Join(".", Enumerable.Repeat(new string('a', 63), 4))[..253], new string('a', 254), new string('b', 10_000),
        "example.com/" + new string('k', 63), "example.com/" + new string('k', 64), new string('p', 254) + "/k",
    };

    private static readonly Gen<string> Random = CsCheck.Gen.String[CsCheck.Gen.Char["ab09.-_/:#'\" \n\t~!&*|>%@`{}[],?=A"], 0, 12];

    public static readonly Gen<HostileString> Gen =
        from topology in TopologyGen.Full
        from target in CsCheck.Gen.OneOfConst(System.Enum.GetValues<Targets>())
        from index in CsCheck.Gen.Int[0, 1000]
        from value in CsCheck.Gen.Frequency((4, CsCheck.Gen.OneOfConst(Pool)), (1, Random))
        select new HostileString(topology, target, index, value);

    /// <summary>The topology with the hostile string in place.</summary>
    public Topology Topology
    {
        get
        {
            var t = Original;
            var i = Index % t.Components.Count;
            var c = t.Components[i];
            switch (Target)
            {
                case Targets.ConfigName:
                    return t with { ConfigName = Value };
                case Targets.Namespace:
                    return t with { Namespace = Value };
                case Targets.ComponentName:
                    return With(t, i, c with { Name = Value });
                case Targets.LabelKey when c.Labels.Count > 0:
                    return With(t, i, c with { Labels = c.Labels.Select((l, k) => k == 0 ? l with { Key = Value } : l).ToList() });
                case Targets.LabelKey:
                    return With(t, i, c with { Labels = new[] { new LabelSpec(Value, "v") } });
                case Targets.ProfileName when t.Profiles.Count > 0:
                    var old = t.Profiles[Index % t.Profiles.Count].Name;
                    return t with
                    {
                        Profiles = t.Profiles.Select(p => p.Name == old ? p with { Name = Value } : p).ToList(),
                        Components = t.Components.Select((x, k) => k == i ? x with { Profiles = x.Profiles.Append(old).ToList() } : x)
                            .Select(x => x with { Profiles = x.Profiles.Select(p => p == old ? Value : p).ToList() }).ToList(),
                    };
                case Targets.ExpressionKey when c.MatchExpressions.Count > 0:
                    return With(t, i, c with { Expressions = c.MatchExpressions.Select((e, k) => k == 0 ? e with { Key = Value } : e).ToList() });
                case Targets.ExpressionKey:
                    return With(t, i, c with { Expressions = new[] { new ExpressionSpec(Value, Op.Exists, new List<string>()) } });
                case Targets.ExpressionValue:
                    var hostile = new ExpressionSpec("hostile", Op.In, new[] { "ok", Value });
                    return With(t, i, c with { Expressions = c.MatchExpressions.Where(e => e.Key != "hostile").Append(hostile).ToList() });
                case Targets.PortName:
                    var j = (Index / 7) % t.Components.Count;
                    return With(t, i, c with { Dependencies = c.Dependencies.Append(new DependencySpec(j, Proto.Tcp, null, null, Index % 2 == 0, false, Value)).ToList() });
                default:
                    return With(t, i, c with { Labels = c.Labels.Where(l => l.Key != "hostile").Append(new LabelSpec("hostile", Value)).ToList() });
            }
        }
    }

    /// <summary>Whether Kubernetes (and the README) accept the topology: decided with the oracle's validator, not src/.</summary>
    public bool ExpectedValid
    {
        get
        {
            var t = Topology;
            return ApiValidator.IsDns1123Subdomain(t.ConfigName)
                && (t.Namespace is null || ApiValidator.IsDns1123Label(t.Namespace))
                && t.Components.All(c => ApiValidator.IsDns1123Label(c.Name) && c.Name != "default-deny")
                && t.Components.Select(c => c.Name).Distinct().Count() == t.Components.Count
                && t.Components.All(c => c.Labels.All(l => ApiValidator.IsLabelKey(l.Key) && ApiValidator.IsLabelValue(l.Value)))
                && t.Components.All(c => c.Labels.Select(l => l.Key).Distinct().Count() == c.Labels.Count)
                && t.Components.All(c => c.MatchExpressions.All(e => ApiValidator.IsLabelKey(e.Key) && e.Values.All(ApiValidator.IsLabelValue)))
                && t.Components.All(c => c.MatchExpressions.Select(e => e.Key + " " + e.Operator + " " + string.Join(",", e.Values.Distinct().OrderBy(v => v, System.StringComparer.Ordinal))).Distinct().Count() == c.MatchExpressions.Count)
                && t.Components.All(c => c.Dependencies.All(d => d.PortName is null || ApiValidator.IsPortName(d.PortName)))
                && t.Profiles.All(p => ApiValidator.IsDns1123Subdomain(p.Name))
                && t.Profiles.Select(p => p.Name).Distinct().Count() == t.Profiles.Count;
        }
    }

    private static Topology With(Topology t, int index, ComponentSpec component) =>
        t with { Components = t.Components.Select((c, k) => k == index ? component : c).ToList() };

    public static string Describe(HostileString? hostile) =>
        hostile is null
            ? "(none)"
            : $"// {hostile.Target} #{hostile.Index} set to {SourceWriter.Literal(hostile.Value.Length > 300 ? hostile.Value[..300] + "..." : hostile.Value)} "
              + $"({hostile.Value.Length} chars); Kubernetes would {(hostile.ExpectedValid ? "accept" : "reject")} it\n{SourceWriter.Describe(hostile.Topology)}";
}
