using System.Globalization;
using System.Linq;
using System.Threading;
using NetCfg.Core.Model;
using NetCfg.TestKit;
using Xunit;
using static NetCfg.Core.Tests.Fixtures;

namespace NetCfg.Core.Tests;

public sealed class DeterminismTests
{
    private static TranslationInput Topology(bool reversed)
    {
        var components = new[]
        {
            Component("A", "alpha", new[] { L("app", "alpha"), L("tier", "web") }, new[] { Dep("B", 8080), Dep("C", 53, protocol: Protocol.Udp), Dep("B", 9000, 9010) }),
            Component("B", "bravo", new[] { L("app", "bravo") }, new[] { Dep("C", 5432) }, new[] { "z-profile", "a-profile" }),
            Component("C", "charlie", null, new[] { Dep("C", 7000) }),
        };
        if (reversed)
        {
            components = components.Reverse()
                .Select(c => c with { Labels = c.Labels.Reverse().ToEquatableArray(), Dependencies = c.Dependencies.Reverse().ToEquatableArray(), Profiles = c.Profiles.Reverse().ToEquatableArray() })
                .ToArray();
        }

        var profiles = new[]
        {
            Profiles.ProfileParser.Parse("a.yaml", ProfileYaml.ToIpBlock("a-profile", "10.0.0.0/8", port: 443)),
            Profiles.ProfileParser.Parse("z.yaml", ProfileYaml.ToIpBlock("z-profile", "192.168.0.0/16", port: 443)),
        };
        return Input(new ConfigDeclaration("cfg", "ns"), components, reversed ? profiles.Reverse().ToArray() : profiles);
    }

    [Fact]
    public void DeclarationOrderDoesNotChangeABitOfTheOutput()
    {
        var a = Translate(Topology(reversed: false));
        var b = Translate(Topology(reversed: true));
        Assert.True(a.Succeeded, a.Errors());
        Assert.Equal(a.Files.Select(f => (f.Path, f.Content)), b.Files.Select(f => (f.Path, f.Content)));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("fi-FI")]
    [InlineData("ar-SA")]
    public void CultureDoesNotChangeTheOutput(string culture)
    {
        var invariant = Translate(Topology(false));
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var localized = Translate(Topology(false));
            Assert.Equal(invariant.Files.Select(f => f.Content), localized.Files.Select(f => f.Content));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void OutputUsesLfLineEndsOnly()
    {
        Assert.All(Translate(Topology(false)).Files, f => Assert.DoesNotContain("\r", f.Content));
    }

    [Fact]
    public void PeersWithTheSamePortsShareOneRuleAndPortsOfOnePeerAreMerged()
    {
        var policy = GuideExampleTests.Policy(Translate(Topology(false)).File("networkpolicy/component-alpha.yaml"));
        var toBravo = policy.Spec.Egress.Single(r => r.To.Any(p => p.PodSelector?.MatchLabels is { } m && m.TryGetValue("app", out var app) && app == "bravo"));
        Assert.Equal(new[] { ("8080", (int?)null), ("9000", 9010) }, toBravo.Ports.Select(p => (p.Port.Value, p.EndPort)));
    }
}
