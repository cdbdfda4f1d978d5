using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using NetCfg.Properties.Tests.Harness;
using NetCfg.Properties.Tests.Topologies;
using NetCfg.TestKit;

namespace NetCfg.Properties.Tests.Fuzz;

/// <summary>A valid topology whose first profile file is replaced by hostile text.</summary>
internal sealed record FuzzedProfile(Topology Topology, FuzzedProfile.Kinds Kind, int A, int B, byte[] Bytes)
{
    public const string FuzzedPath = "profiles/platform-0.yaml";

    public enum Kinds
    {
        RandomBytes,
        DeepNesting,
        OddUnicode,
        Truncated,
        DeletedCharacters,
        OddYaml,
    }

    /// <summary>Characters that trip up readers: BOM, line and paragraph separators, NEL, NUL, lone surrogates, bidi overrides, zero width, full-width digits and slash.</summary>
    public static readonly string[] OddCharacters =
    {
        "\uFEFF", "\u2028", "\u2029", "\u0085", "\0", "\uD800", "\uDC00", "\u202E", "\u200B", "\u00A0", "\t", "\r", "\u3000", "\uFF11", "\uFF0F", "\uFF1A", "\u210C", "\u0301", "\U0001F600", "\x1B[31m",
    };

    /// <summary>YAML features a profile must not use, or that are easy to misread.</summary>
    public static readonly string[] OddYaml =
    {
        "a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nd: [*c, *c, *c, *c]\n",
        "%YAML 1.1\n---\napiVersion: networking.tcs.trifork.com/v1alpha1\nkind: NetworkProfile\nmetadata: {name: a}\nspec: {egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8}}]}]}\n",
        "%TAG !e! tag:example.com,2000:\n---\napiVersion: !e!x networking.tcs.trifork.com/v1alpha1\n",
        "apiVersion: !!binary aGVsbG8=\nkind: NetworkProfile\n",
        "<<: {apiVersion: networking.tcs.trifork.com/v1alpha1}\nkind: NetworkProfile\n",
        "apiVersion: networking.tcs.trifork.com/v1alpha1\napiVersion: networking.tcs.trifork.com/v1alpha1\nkind: NetworkProfile\n",
        "? [complex, key]\n: value\n",
        "---\n---\n...\n---\n",
        "\"unterminated\n",
        "key: |\n  literal\n  block\nother: >-\n  folded\n",
        ProfileYaml.Head("tabs") + "\tegress: []\n",
        ProfileYaml.Head("p") + "  egress:\n    - to: [{ipBlock: {cidr: 10.0.0.0/8}}]\n      ports: [{port: 0x50}]\n",
        ProfileYaml.Head("p") + "  egress:\n    - to: [{ipBlock: {cidr: 10.0.0.0/8}}]\n      ports: [{port: 1_000}]\n",
        ProfileYaml.Head("p") + "  egress:\n    - to: [{ipBlock: {cidr: 10.0.0.0/8}}]\n      ports: [{port: 99999999999999999999}]\n",
        ProfileYaml.Head("p") + "  egress:\n    - to: [{ipBlock: {cidr: 10.0.0.0/8, except: null}}]\n",
        ProfileYaml.Head("p") + "  egress:\n    - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: [a]}}}]\n",
        ProfileYaml.Head("p") + "  egress:\n    - to: [{namespaceSelector: {matchLabels: {? [a] : b}}}]\n",
        ProfileYaml.Head("p") + "  egress:\n    - to: [{podSelector: {matchLabels: {app: ~}}}]\n",
        ProfileYaml.Head("p") + "  egress:\n    - to: [{podSelector: {matchExpressions: [{key: a, operator: Exists}]}}]\n",
        "apiVersion: networking.tcs.trifork.com/v1alpha1\nkind: NetworkProfile\nmetadata:\n  name: [p]\nspec:\n  egress: {}\n",
        ProfileYaml.Head("p") + "  egress:\n    - to: [{ipBlock: {cidr: \"10.0.0.0/8 \"}}]\n",
        ProfileYaml.Head("p") + "  egress:\n    - to: [{ipBlock: {cidr: 2001:db8::%eth0/32}}]\n",
    };

    public static readonly Gen<FuzzedProfile> Gen =
        from topology in TopologyGen.Full
        from kind in CsCheck.Gen.FrequencyConst((2, Kinds.RandomBytes), (2, Kinds.DeepNesting), (3, Kinds.OddUnicode), (3, Kinds.Truncated), (3, Kinds.DeletedCharacters), (2, Kinds.OddYaml))
        from a in CsCheck.Gen.Int[0, 1_000_000]
        from b in CsCheck.Gen.Int[0, 1_000_000]
        from bytes in kind == Kinds.RandomBytes ? CsCheck.Gen.Byte.Array[0, 2048] : CsCheck.Gen.Const(Array.Empty<byte>())
        select new FuzzedProfile(topology, kind, a, b, bytes);

    /// <summary>Input that can only be wrong: more nesting than the reader allows, or anchors and aliases.</summary>
    public bool CertainlyMalformed => Kind == Kinds.DeepNesting || (Kind == Kinds.OddYaml && A % OddYaml.Length == 0);

    public string Text
    {
        get
        {
            var valid = SourceWriter.ProfileYaml(Topology)[0].Text;
            if (valid.StartsWith('#')) valid = ValidProfile;
            switch (Kind)
            {
                case Kinds.RandomBytes:
                    return A % 2 == 0 ? Encoding.UTF8.GetString(Bytes) : Encoding.Latin1.GetString(Bytes);
                case Kinds.DeepNesting:
                    var depth = 33 + (A % 3000);
                    return (B % 5) switch
                    {
                        0 => new string('[', depth) + new string(']', depth),
                        1 => string.Concat(Enumerable.Repeat("{a: ", depth)) + new string('}', depth),
                        2 => string.Concat(Enumerable.Range(0, Math.Min(depth, 400)).Select(i => new string(' ', i) + "a:\n")) + new string(' ', Math.Min(depth, 400)) + "b",
                        3 => string.Concat(Enumerable.Range(0, Math.Min(depth, 400)).Select(i => new string(' ', 2 * i) + "-\n")) + "x",
                        _ => ProfileYaml.Head("deep") + "  egress:\n    - to: "
                            + new string('[', depth) + new string(']', depth) + "\n",
                    };
                case Kinds.OddUnicode:
                    var random = new Random(A);
                    var text = valid;
                    for (var i = 0; i < 1 + (B % 4); i++) text = text.Insert(random.Next(text.Length + 1), OddCharacters[random.Next(OddCharacters.Length)]);
                    return text;
                case Kinds.Truncated:
                    return valid[..(int)((long)valid.Length * A / 1_000_001)];
                case Kinds.DeletedCharacters:
                    var chars = valid.ToList();
                    var deleter = new Random(A);
                    for (var i = 0; i < 1 + (B % 6) && chars.Count > 0; i++) chars.RemoveAt(deleter.Next(chars.Count));
                    return new string(chars.ToArray());
                default:
                    return OddYaml[A % OddYaml.Length];
            }
        }
    }

    public static readonly string ValidProfile = ProfileYaml.Dns("spare");

    public IEnumerable<InMemoryText> AdditionalFiles =>
        SourceWriter.ProfileYaml(Topology).Select(f => new InMemoryText(f.Path, f.Path == FuzzedPath ? Text : f.Text));

    public GenerationRun Run() => SourceWriter.Run(SourceWriter.CSharp(Topology), AdditionalFiles, SourceWriter.GlobalOptions(Topology));

    public static string Describe(FuzzedProfile? fuzzed)
    {
        if (fuzzed is null) return "(none)";
        var text = fuzzed.Text;
        var shown = text.Length > 1500 ? text[..1500] + $"... ({text.Length} characters)" : text;
        return $"# {FuzzedPath} replaced by {fuzzed.Kind} (a={fuzzed.A}, b={fuzzed.B}), as a C# literal:\n{SourceWriter.Literal(shown)}\n"
            + SourceWriter.Describe(fuzzed.Topology);
    }
}
