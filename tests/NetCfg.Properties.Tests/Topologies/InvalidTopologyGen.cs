using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NetCfg.TestKit;

namespace NetCfg.Properties.Tests.Topologies;

/// <summary>A valid topology broken in one named way that the README says must block all output.</summary>
internal sealed record BrokenTopology(string Breakage, Topology Topology);

/// <summary>Generators of invalid topologies: one breakage applied to a random valid topology.</summary>
internal static class InvalidTopologyGen
{
    public static readonly string[] BadComponentNames = { "Frontend", "front_end", "-a", "a-", string.Empty, "a.b", new string('a', 64), "a b", "caf\u00e9", "a\n" };

    public static readonly string[] BadLabelKeys = { string.Empty, "a/b/c", "/a", "Example.com/a", "_a", "a_", new string('k', 64), "a b", "kubernetes.io/", "a\n" };

    public static readonly string[] BadLabelValues = { "-a", "a-", "a b", new string('v', 64), "a\nb", "\u00fc", "a:b", "#" };

    public static readonly string[] BadConfigNames = { string.Empty, "My-App", "a_b", "-a", new string('a', 254), "a..b", "a.", "a\n" };

    public static readonly string[] BadNamespaces = { string.Empty, "Shop", "a.b", new string('n', 64), "-x", "x\n" };

    public static readonly int[] BadPorts = { 0, -1, 65536, int.MaxValue, int.MinValue };

    /// <summary>Profile files with one problem each (the README's strict reading rules).</summary>
    public static readonly string[] BadProfileFiles =
    {
        Profile("cidr: 10.0.0.1/8"),
        Profile("cidr: 10.0.0.0/8\n            except: [10.0.0.0/8]"),
        Profile("cidr: 10.0.0.0/16\n            except: [10.1.0.0/24]"),
        Profile("cidr: 010.0.0.0/8"),
        Profile("cidr: 10.0.0.0/33"),
        Profile("cidr: ::ffff:10.0.0.0/104"),
        Profile("cidr: 2001:DB8::/32"),
        Profile("cidr: 10.0.0.0/8", ports: "- port: 0"),
        Profile("cidr: 10.0.0.0/8", ports: "- protocol: ICMP"),
        Profile("cidr: 10.0.0.0/8", ports: "- port: http"),
        Profile("cidr: 10.0.0.0/8", ports: "- port: \"80\""),
        Profile("cidr: 10.0.0.0/8", ports: "- endPort: 90"),
        Profile("cidr: 10.0.0.0/8", ports: "- port: 90\n          endPort: 80"),
        Profile("cidr: 10.0.0.0/8\n            color: red"),
        ProfileYaml.Head("broken") + "  egress:\n    - to: []\n",
        ProfileYaml.Head("broken") + "  egress:\n    - ports: [{port: 53}]\n",
        ProfileYaml.Head("broken") + "  egress:\n    - to: [{podSelector: {}}]\n",
        ProfileYaml.Head("broken") + "  egress:\n    - to: [{}]\n",
        ProfileYaml.Head("broken") + "  egress:\n    - to: [{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {matchLabels: {a: b}}}]\n",
        "apiVersion: networking.tcs.trifork.com/v1alpha1\nkind: NetworkProfile\nmetadata:\n  name: Broken_Name\nspec:\n  egress:\n    - to: [{ipBlock: {cidr: 10.0.0.0/8}}]\n",
        "apiVersion: networking.tcs.trifork.com/v1alpha1\nkind: NetworkProfile\nmetadata:\n  name: &a broken\nspec:\n  egress:\n    - to: [{ipBlock: {cidr: 10.0.0.0/8}}]\n",
        "apiVersion: networking.tcs.trifork.com/v1\nkind: NetworkProfile\nmetadata:\n  name: broken\nspec:\n  egress:\n    - to: [{ipBlock: {cidr: 10.0.0.0/8}}]\n",
        "apiVersion: networking.tcs.trifork.com/v1alpha1\nkind: NetworkProfile\nmetadata: {name: broken\n",
        "- just\n- a list\n",
    };

    public static readonly Gen<BrokenTopology> Broken =
        from topology in TopologyGen.Full
        from kind in Gen.Int[0, 14 + FeatureBreakages.Kinds]
        from i in Gen.Int[0, topology.Components.Count - 1]
        from j in Gen.Int[0, topology.Components.Count - 1]
        from pick in Gen.Int[0, 1000]
        select Break(topology, kind, i, j, pick);

    private static BrokenTopology Break(Topology t, int kind, int i, int j, int pick)
    {
        if (kind > 14) return FeatureBreakages.Break(t, kind - 15, i, j, pick);
        string Pick(string[] pool) => pool[pick % pool.Length];
        var c = t.Components[i];
        switch (kind)
        {
            case 0 when t.Components.Count >= 2:
                var other = i == j ? (i + 1) % t.Components.Count : j;
                return new($"component {other} takes the name of component {i}", With(t, other, t.Components[other] with { Name = c.Name }));
            case 0:
            case 1:
                return new("a component is named default-deny", With(t, i, c with { Name = "default-deny" }));
            case 2:
                var name = Pick(BadComponentNames);
                return new($"component name {Show(name)}", With(t, i, c with { Name = name }));
            case 3:
                var key = Pick(BadLabelKeys);
                return new($"label key {Show(key)}", With(t, i, c with { Labels = c.Labels.Append(new LabelSpec(key, "v")).ToList() }));
            case 4:
                var value = Pick(BadLabelValues);
                return new($"label value {Show(value)}", With(t, i, c with { Labels = c.Labels.Append(new LabelSpec("bad-value", value)).ToList() }));
            case 5 when c.Labels.Count > 0:
                return new("a label key is matched twice", With(t, i, c with { Labels = c.Labels.Append(c.Labels[0] with { Value = c.Labels[0].Value + "x" }).ToList() }));
            case 5:
                return new("a label key is matched twice", With(t, i, c with { Labels = new[] { new LabelSpec("a", "1"), new LabelSpec("a", "1") } }));
            case 6:
                var port = BadPorts[pick % BadPorts.Length];
                return new($"Port = {port}", With(t, i, c with { Dependencies = c.Dependencies.Append(new DependencySpec(j, Proto.Tcp, port, null, pick % 2 == 0, false)).ToList() }));
            case 7:
                var (start, end) = (pick % 4) switch { 0 => ((int?)90, (int?)80), 1 => (null, 80), 2 => (80, 65536), _ => (80, 0) };
                return new($"Port = {start}, EndPort = {end}", With(t, i, c with { Dependencies = c.Dependencies.Append(new DependencySpec(j, Proto.Udp, start, end, pick % 2 == 0, false)).ToList() }));
            case 8:
                return new("depends on an unknown profile", With(t, i, c with { Profiles = c.Profiles.Append("no-such-profile").ToList() }));
            case 9:
                return new("depends on a class that is not a [Component]", With(t, i, c with { Dependencies = c.Dependencies.Append(new DependencySpec(Topology.NotAComponent, Proto.Tcp, 80, null, pick % 2 == 0, false)).ToList() })
                    with { ExtraSource = $"public class {Topology.NotAComponentClass} {{ }}" });
            case 10:
                var config = Pick(BadConfigNames);
                return new($"config name {Show(config)}", t with { ConfigName = config });
            case 11:
                var ns = Pick(BadNamespaces);
                return new($"namespace {Show(ns)}", t with { Namespace = ns });
            case 12:
                var file = Pick(BadProfileFiles);
                return new($"a profile file with a problem:\n{file}", t with { ExtraProfileFiles = new[] { file } });
            case 13 when t.Profiles.Count > 0:
                return new("a profile is declared twice", t with { ExtraProfileFiles = new[] { $"apiVersion: networking.tcs.trifork.com/v1alpha1\nkind: NetworkProfile\nmetadata:\n  name: {t.Profiles[0].Name}\nspec:\n  egress:\n    - to: [{{ipBlock: {{cidr: 10.0.0.0/8}}}}]\n" } });
            case 13:
            default:
                return new($"a second class declares component {Show(c.Name)}", t with
                {
                    Components = t.Components.Append(c with { ClassName = c.ClassName + "Twin", Dependencies = new List<DependencySpec>() }).ToList(),
                });
        }
    }

    internal static Topology With(Topology t, int index, ComponentSpec component) =>
        t with { Components = t.Components.Select((c, k) => k == index ? component : c).ToList() };

    internal static string Show(string value) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);

    private static string Profile(string ipBlock, string? ports = null) =>
        ProfileYaml.Head("broken") + "  egress:\n    - to:\n        - ipBlock:\n            "
        + ipBlock + "\n" + (ports is null ? string.Empty : "      ports:\n        " + ports + "\n");
}
