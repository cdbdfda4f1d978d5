using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using NetCfg.Core.Carrier;
using NetCfg.Core.Import;
using NetCfg.Core.Model;
using NetCfg.Core.Profiles;
using NetCfg.Core.Review.Reading;
using NetCfg.Properties.Tests.Topologies;
using NetCfg.TestKit;
using NetCfg.TestKit.Builds;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Properties.Tests;

/// <summary>
/// Issue 20: `netcfg import` round-trips. The C# it writes, run through the real generator and rendered, gives back a
/// LocalNetworkConfig equal by value to the input: name, namespace, components, selectors and dependsOn sets.
/// </summary>
public sealed class ImportRoundTripTests
{
    [Theory]
    [InlineData("my-app-network-config.yaml")]
    [InlineData("my-worker-network-config.yaml")]
    public void TheGuidesExamplesComeBackEqual(string file)
    {
        var profile = ("profiles/cloudflare.yaml", File.ReadAllText(Repo.Path("samples", "profiles", "allow-egress-to-cloudflare-dns.yaml")));
        var failure = RoundTrip(File.ReadAllText(Repo.Path("tests", "NetCfg.Core.Tests", "Guide", file)), new[] { profile });
        Assert.True(failure is null, failure);
    }

    [Fact]
    public void RandomConfigsComeBackEqual()
    {
        Configs.Sample(
            yaml =>
            {
                if (RoundTrip(yaml, System.Array.Empty<(string, string)>()) is { } failure) throw new PropertyFailure(failure);
            },
            iter: PropertyRuns.Scaled(0.25),
            print: yaml => yaml);
    }

    /// <summary>Null when the round trip holds, else what differs.</summary>
    private static string? RoundTrip(string yaml, IReadOnlyList<(string Path, string Text)> profiles)
    {
        var profileFiles = profiles.Select(p => ProfileParser.Parse(p.Path, p.Text)).ToList();
        var imported = ConfigImport.Run(yaml, "input.yaml", profileFiles);
        if (!imported.Succeeded) return "the import failed: " + string.Join("; ", imported.Problems.Select(p => $"{p.Line}:{p.Column} {p.Message}"));
        var run = SourceWriter.Run(imported.Files.Select(f => (f.Path, f.Text)), profiles.Select(p => (AdditionalText)new InMemoryText(p.Path, p.Text)), new Dictionary<string, string>());
        if (run.Carrier is not { Status: CheckedInputCarrier.Status.Ok } carrier) return $"the imported code did not build: {run.Status}\n" + string.Join("\n", imported.Files.Select(f => f.Text));
        var rendered = carrier.FilesWith(TranslationOptions.Default).Single(f => f.Key == ManifestReader.ConfigPath).Value;
        var problems = new List<ImportProblem>();
        var before = ConfigImport.Read(yaml, problems)!;
        var after = ConfigImport.Read(rendered, problems);
        if (after is null) return "the rendered config did not read back: " + string.Join("; ", problems.Select(p => p.Message));
        var (expected, actual) = (Text(before), Text(after));
        return expected == actual ? null : $"expected:\n{expected}\nactual:\n{actual}\nrendered:\n{rendered}";
    }

    // The config by value: dependsOn as a set, positions left out.
    private static string Text(ConfigDocument config) =>
        $"{config.Name} ns={config.Namespace}\n" + string.Concat(config.Components.Select(c =>
            $"  {c.Name}: {string.Join(",", c.Selector.MatchLabels.Select(l => l.Key + "=" + l.Value))} | "
            + string.Join(",", c.Selector.MatchExpressions.Select(r => $"{r.Key} {r.Operator} ({string.Join(",", r.Values)})"))
            + " | " + string.Join(", ", c.DependsOn.Select(d => d.Profile ?? $"{d.Component} {d.Port}").Distinct().OrderBy(d => d, System.StringComparer.Ordinal)) + "\n"));

    // Names that collide in PascalCase, start with a digit, or clash with the attributes' names.
    private static readonly string[] Names = { "web", "api", "my-app", "my--app", "myapp", "1api", "component", "netcfg", "db", "a.b" };

    private static readonly Gen<string> Configs =
        from count in Gen.Int[1, 7]
        from names in Gen.Shuffle(Names.Where(n => !n.Contains('.')).ToArray(), count)
        from ns in Gen.OneOfConst<string?>(null, "shop")
        from labels in Gen.Int[0, 2].Array[count]
        from expressions in Gen.Int[0, 3].Array[count]
        from deps in Gen.Select(Gen.Int[0, 9], Gen.Int[0, 6], Gen.Int[0, 2]).Array[0, 3].Array[count]
        select Yaml(names, ns, labels, expressions, deps);

    private static string Yaml(string[] names, string? ns, int[] labels, int[] expressions, (int Target, int Port, int Protocol)[][] deps)
    {
        var components = new YamlMappingNode();
        for (var i = 0; i < names.Length; i++)
        {
            var matchLabels = new YamlMappingNode { { "app", names[i].Replace("--", "-x-") } };
            if (labels[i] > 0) matchLabels.Add("tier", labels[i] == 1 ? "web" : "backend");
            var selector = new YamlMappingNode { { "matchLabels", matchLabels } };
            if (expressions[i] > 0)
            {
                var expression = expressions[i] switch
                {
                    1 => new YamlMappingNode { { "key", "track" }, { "operator", "In" }, { "values", new YamlSequenceNode(new YamlScalarNode("stable"), new YamlScalarNode("canary")) } },
                    2 => new YamlMappingNode { { "key", "legacy" }, { "operator", "DoesNotExist" } },
                    _ => new YamlMappingNode { { "key", "zone" }, { "operator", "NotIn" }, { "values", new YamlSequenceNode(new YamlScalarNode("eu")) } },
                };
                selector.Add("matchExpressions", new YamlSequenceNode(expression));
            }

            var component = new YamlMappingNode { { "podSelector", selector } };
            // Only to components before it, or itself: no cycle.
            var dependsOn = new YamlSequenceNode(deps[i].Select(d => (YamlNode)Dependency(names[d.Target % (i + 1)], d.Port, d.Protocol)));
            if (dependsOn.Children.Count > 0) component.Add("dependsOn", dependsOn);
            components.Add(names[i], component);
        }

        var metadata = new YamlMappingNode { { "name", "imported-config" } };
        if (ns is not null) metadata.Add("namespace", ns);
        var root = new YamlMappingNode
        {
            { "apiVersion", Conventions.ApiVersion },
            { "kind", "LocalNetworkConfig" },
            { "metadata", metadata },
            { "spec", new YamlMappingNode { { "components", components } } },
        };
        using var text = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(text, assignAnchors: false);
        return text.ToString();
    }

    private static YamlMappingNode Dependency(string target, int port, int protocol)
    {
        var entry = new YamlMappingNode { { "component", target } };
        switch (port)
        {
            case 1: entry.Add("port", "8080"); break;
            case 2: entry.Add("port", "8000"); entry.Add("endPort", "8100"); break;
            case 3: entry.Add("port", "http"); break;
            case 4: entry.Add("port", "65535"); break;
            case 5: entry.Add("port", "1"); break;
            default: break;
        }

        if (protocol > 0) entry.Add("protocol", protocol == 1 ? "UDP" : "SCTP");
        return entry;
    }
}
