using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Profiles;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Core.Tests;

public sealed class ProfileParserTests
{
    [Fact]
    public void ReadsTheGuideProfile()
    {
        var file = ProfileParser.Parse("p.yaml", Fixtures.Guide("allow-egress-to-cloudflare-dns.yaml"));
        Assert.Empty(file.Errors);
        var profile = Assert.Single(file.Profiles);
        Assert.Equal("allow-egress-to-cloudflare-dns", profile.Name);
        var rule = Assert.Single(profile.Egress);
        Assert.Equal("1.1.1.1/32", Assert.Single(rule.Peers).IpBlock!.Cidr);
        Assert.Equal(new[] { new PortSpec(Protocol.Tcp, 53, null), new PortSpec(Protocol.Udp, 53, null) }, rule.Ports);
    }

    [Fact]
    public void ReadsEveryDocumentOfAFile()
    {
        var text = ProfileYaml.ToIpBlock("one", "10.0.0.0/8", port: 443) + "\n---\n" + ProfileYaml.ToIpBlock("two", "2001:db8::/32", port: 443);
        var file = ProfileParser.Parse("p.yaml", text);
        Assert.Empty(file.Errors);
        Assert.Equal(new[] { "one", "two" }, file.Profiles.Select(p => p.Name));
    }

    [Fact]
    public void Other_kinds_in_a_profile_file_are_skipped_and_a_misspelled_kind_is_simply_not_found()
    {
        var other = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {template: {spec: {containers: []}}}\n";
        var misspelled = "apiVersion: networking.tcs.trifork.com/v1alpha1\nkind: NetworkProfil\nmetadata: {name: typo}\nspec: {egress: []}\n";
        var file = ProfileParser.Parse("p.yaml", other + "---\n" + ProfileYaml.ToIpBlock("one", "10.0.0.0/8", port: 443) + "\n---\n" + misspelled);
        Assert.Empty(file.Errors);
        Assert.Equal("one", Assert.Single(file.Profiles).Name);
    }

    [Theory]
    [InlineData("kind: NetworkProfile\napiVersion: networking.tcs.trifork.com/v1alpha1\nmetadata: {name: x}\nspec:\n  egress:\n    - to: [{ipBlock: {cidr: 10.0.0.0/8}}]\n      ports: [{port: 0}]\n", 7, "outside")]
    [InlineData("kind: NetworkProfile\napiVersion: networking.tcs.trifork.com/v1alpha1\nmetadata: {name: x}\nspec:\n  egress:\n    - to: [{ipBlock: {cidr: 10.0.0.1/8}}]\n", 6, "did you mean '10.0.0.0/8'")]
    [InlineData("kind: NetworkProfile\napiVersion: networking.tcs.trifork.com/v1alpha1\nmetadata: {name: x}\nspec:\n  egress:\n    - to:\n        - ipBlock:\n            cidr: 10.0.0.0/16\n            except: [10.1.0.0/24]\n", 9, "strictly inside")]
    [InlineData("kind: NetworkProfile\napiVersion: networking.tcs.trifork.com/v1alpha1\nmetadata: {name: x}\nspec:\n  egress:\n    - to:\n        - ipBlock:\n            cidr: 10.0.0.0/16\n            except: [10.0.0.0/16]\n", 9, "strictly inside")]
    [InlineData("kind: [NetworkProfile]\napiVersion: networking.tcs.trifork.com/v1alpha1\nmetadata: {name: x}\nspec: {egress: []}\n", 1, "kind must be a single value")]
    [InlineData("kind: NetworkProfile\napiVersion: v1\nmetadata: {name: x}\nspec: {egress: []}\n", 2, "apiVersion must be")]
    [InlineData("kind: NetworkProfile\napiVersion: networking.tcs.trifork.com/v1alpha1\nmetadata: {}\nspec: {egress: []}\n", 3, "'name' is required")]
    [InlineData("kind: NetworkProfile\napiVersion: networking.tcs.trifork.com/v1alpha1\nmetadata: {name: x}\nspec:\n  egress:\n    - to: [{ipBlock: {cidr: 10.0.0.0/8}}]\n      ports: [{protocol: tcp, port: 1}]\n", 7, "TCP, UDP or SCTP")]
    [InlineData("kind: NetworkProfile\napiVersion: networking.tcs.trifork.com/v1alpha1\nmetadata: {name: x}\nspec:\n  egress:\n    - ports: [{port: 443}]\n", 6, "non-empty 'to'")]
    [InlineData("kind: NetworkProfile\napiVersion: networking.tcs.trifork.com/v1alpha1\nmetadata: {name: x}\nspec:\n  egress:\n    - to: [{podSelector: {}}]\n", 6, "empty podSelector")]
    [InlineData("kind: NetworkProfile\napiVersion: networking.tcs.trifork.com/v1alpha1\nmetadata: {name: x}\nspec:\n  egress:\n    - to: [{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {matchLabels: {a: b}}}]\n", 6, "may not be combined")]
    [InlineData("kind: NetworkProfile\napiVersion: networking.tcs.trifork.com/v1alpha1\nmetadata: {name: x}\nspec:\n  egress:\n    - to: [{ipBlock: {cidr: 10.0.0.0/8}}]\n      ports: [{port: http}]\n", 7, "cannot match an ipBlock destination")]
    [InlineData("kind: NetworkProfile\napiVersion: networking.tcs.trifork.com/v1alpha1\nmetadata: {name: x}\nspec:\n  egres: []\n", 5, "unknown key 'egres'")]
    [InlineData("kind: NetworkProfile\napiVersion: [unclosed\n", 3, "invalid YAML")]
    [InlineData("a: &x [1]\nb: *x\n", 1, "anchors")]
    [InlineData("kind: NetworkProfile\napiVersion: networking.tcs.trifork.com/v1alpha1\nmetadata: {name: x}\nspec:\n  egress:\n    - to: [{podSelector: {matchLabels: {enabled: yes}}}]\n", 6, "label value 'yes' is a boolean or null to YAML 1.1 readers")]
    [InlineData("kind: NetworkProfile\napiVersion: networking.tcs.trifork.com/v1alpha1\nmetadata: {name: x}\nspec:\n  egress:\n    - to: [{podSelector: {matchExpressions: [{key: a, operator: In, values: [on]}]}}]\n", 6, "value 'on' is a boolean or null")]
    [InlineData("kind: NetworkProfile\napiVersion: networking.tcs.trifork.com/v1alpha1\nmetadata: {name: no}\nspec:\n  egress:\n    - to: [{ipBlock: {cidr: 10.0.0.0/8}}]\n", 3, "profile name 'no' is a boolean or null")]
    public void ReportsProblemsAtTheirLine(string text, int line, string message)
    {
        var file = ProfileParser.Parse("p.yaml", text);
        Assert.Empty(file.Profiles);
        Assert.Contains(file.Errors, e => e.Line == line && e.Message.Contains(message));
    }

    [Fact]
    public void AFileWithOneBadDocumentYieldsNoProfilesAtAll()
    {
        var text = ProfileYaml.ToIpBlock("good", "10.0.0.0/8", port: 443) + "\n---\n" + ProfileYaml.ToIpBlock("bad", "10.0.0.0/99", port: 443);
        var file = ProfileParser.Parse("p.yaml", text);
        Assert.Empty(file.Profiles);
        Assert.Single(file.Errors);
    }

    [Fact]
    public void DeepNestingIsRefusedWithoutOverflowingTheStack()
    {
        var file = ProfileParser.Parse("p.yaml", new string('[', 100_000));
        Assert.Empty(file.Profiles);
        Assert.NotEmpty(file.Errors);
    }

    [Theory]
    [InlineData("\0\u0001\u0002")]
    [InlineData("\"unterminated")]
    [InlineData("- just\n- a list")]
    [InlineData("scalar")]
    [InlineData("key: value\nkey: again")]
    public void GarbageGivesErrorsNotExceptions(string text)
    {
        var file = ProfileParser.Parse("p.yaml", text);
        Assert.Empty(file.Profiles);
        Assert.NotEmpty(file.Errors);
        Assert.All(file.Errors, e => Assert.True(e.Line >= 1 && e.Column >= 1));
    }

    [Fact]
    public void QuotedWordsThatYamlReadsAsBooleansAreText()
    {
        var file = ProfileParser.Parse("p.yaml", "kind: NetworkProfile\napiVersion: networking.tcs.trifork.com/v1alpha1\nmetadata: {name: \"no\"}\nspec:\n  egress:\n    - to: [{podSelector: {matchLabels: {enabled: \"yes\"}}}]\n");
        Assert.Empty(file.Errors);
        Assert.Equal("yes", file.Profiles[0].Egress[0].Peers[0].PodSelector!.MatchLabels[0].Value);
    }
}
