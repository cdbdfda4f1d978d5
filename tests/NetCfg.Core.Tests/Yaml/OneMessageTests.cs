using System;
using System.Linq;
using NetCfg.Core.Profiles;
using NetCfg.Core.Review.Reading;
using NetCfg.TestKit;
using Xunit;
using static NetCfg.Core.Tests.Review.ReviewFixtures;

namespace NetCfg.Core.Tests.Yaml;

/// <summary>A mistake in a peer, selector or port reads the same in a profile (NETCFG009) and in a manifest the review reads.</summary>
public sealed class OneMessageTests
{
    [Theory]
    [InlineData("{podSelector: {matchExpressions: [{key: a, operator: Like}]}}", "{port: 80}", "operator 'Like' must be In, NotIn, Exists or DoesNotExist")]
    [InlineData("{podSelector: {matchExpressions: [{key: a, operator: In}]}}", "{port: 80}", "operator In needs at least one value")]
    [InlineData("{podSelector: {matchExpressions: [{key: a, operator: Exists, values: [b]}]}}", "{port: 80}", "operator Exists takes no values")]
    [InlineData("{podSelector: {matchExpressions: [{operator: Exists}]}}", "{port: 80}", "'key' is required")]
    [InlineData("{podSelector: {matchLabels: {\"bad key!\": b}}}", "{port: 80}", "label key 'bad key!': the name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character")]
    [InlineData("{podSelector: {matchLabels: {a: b}}, team: x}", "{port: 80}", "unknown key 'team' (expected ipBlock, namespaceSelector, podSelector)")]
    [InlineData("{ipBlock: {cidr: 10.0.0.0/8, except: [11.0.0.0/16]}}", "{port: 80}", "except '11.0.0.0/16' must be strictly inside cidr '10.0.0.0/8'")]
    [InlineData("{ipBlock: {except: []}}", "{port: 80}", "'cidr' is required")]
    [InlineData("{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {matchLabels: {a: b}}}", "{port: 80}", "ipBlock may not be combined with a selector in one peer")]
    [InlineData("{}", "{port: 80}", "a peer must set ipBlock, namespaceSelector or podSelector")]
    [InlineData("{podSelector: {matchLabels: {a: b}}}", "{protocol: ICMP, port: 80}", "protocol 'ICMP' must be TCP, UDP or SCTP")]
    [InlineData("{podSelector: {matchLabels: {a: b}}}", "{port: \"8080\"}", "port must be a number from 1 to 65535 or a port name")]
    [InlineData("{podSelector: {matchLabels: {a: b}}}", "{port: http, endPort: 90}", "endPort cannot be used with a named port")]
    [InlineData("{podSelector: {matchLabels: {a: b}}}", "{port: Http}", "port name 'Http' is not valid (1-15 lowercase letters, digits and '-', at least one letter, no leading, trailing or double '-')")]
    [InlineData("{podSelector: {matchLabels: {a: b}}}", "{port: 80, endPort: \"90\"}", "endPort must be a number from 1 to 65535")]
    [InlineData("{podSelector: {matchLabels: {a: b}}}", "{port: 70000}", "port 70000 is outside 1-65535")]
    public void TheSameMistakeGivesTheSameMessage(string peer, string port, string message)
    {
        var profile = ProfileParser.Parse("p.yaml", ProfileYaml.Egress("p", peer, port));
        Assert.Contains(message, profile.Errors.Select(e => e.Message));

        var review = ManifestReader.Read(Folder("a:\n  podSelector: {}", $"podSelector: {{}}\negress:\n  - to: [{peer}]\n    ports: [{port}]\n"));
        Assert.Contains(message, review.Errors.Select(e => e.Substring(e.IndexOf("): ", StringComparison.Ordinal) + 3)));
    }
}
