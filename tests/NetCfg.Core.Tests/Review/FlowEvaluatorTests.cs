using System;
using Xunit;
using static NetCfg.Core.Tests.Review.ReviewFixtures;

namespace NetCfg.Core.Tests.Review;

/// <summary>The evaluator on hand-made policies; each expectation worked out from the upstream semantics by hand.</summary>
public sealed class FlowEvaluatorTests
{
    internal const string AB = "a:\n  podSelector: {matchLabels: {app: a}}\nb:\n  podSelector: {matchLabels: {app: b}}\n";
    internal const string DenyAll = "podSelector: {}\npolicyTypes: [Ingress, Egress]\n";

    [Fact]
    public void IsolationIsPerDirection() => Assert.Equal(
        new[] { "a -> a: all ports", "a -> anywhere: all ports", "a -> b: TCP 80", "anywhere -> a: all ports", "b -> a: all ports", "b -> anywhere: all ports" },
        Rows(AB, "podSelector: {matchLabels: {app: b}}\npolicyTypes: [Ingress]\ningress: [{from: [{podSelector: {matchLabels: {app: a}}}], ports: [{port: 80}]}]\n"));

    [Fact]
    public void EgressOnlyIsolationLeavesIngressOpen() => Assert.Equal(
        new[] { "a -> b: TCP 443", "anywhere -> a: all ports", "anywhere -> b: all ports", "b -> a: all ports", "b -> anywhere: all ports", "b -> b: all ports" },
        Rows(AB, "podSelector: {matchLabels: {app: a}}\npolicyTypes: [Egress]\negress: [{to: [{podSelector: {matchLabels: {app: b}}}], ports: [{port: 443}]}]\n"));

    [Fact]
    public void PoliciesSelectingAPodAddUp() => Assert.Equal(
        new[] { "a -> b: UDP 53; TCP 80-81" },
        Rows(
            AB,
            DenyAll,
            "podSelector: {matchLabels: {app: a}}\npolicyTypes: [Egress]\negress: [{to: [{podSelector: {matchLabels: {app: b}}}]}]\n",
            "podSelector: {matchLabels: {app: b}}\ningress: [{from: [{podSelector: {matchLabels: {app: a}}}], ports: [{port: 80}]}]\n",
            "podSelector: {matchLabels: {app: b}}\ningress: [{from: [{podSelector: {matchLabels: {app: a}}}], ports: [{port: 81}, {protocol: UDP, port: 53}]}]\n"));

    [Fact]
    public void BothEndsMustAllow() => Assert.Empty(Rows(
        AB,
        DenyAll,
        "podSelector: {matchLabels: {app: b}}\ningress: [{from: [{podSelector: {matchLabels: {app: a}}}]}]\n"));

    [Fact]
    public void WithoutPolicyTypesAPolicyWithoutEgressRulesIsolatesIngressOnly()
    {
        var rows = Rows(AB, "podSelector: {matchLabels: {app: a}}\ningress: []\n");
        Assert.Contains("a -> b: all ports", rows);
        Assert.Contains("a -> anywhere: all ports", rows);
        Assert.DoesNotContain(rows, r => r.EndsWith("-> a: all ports", System.StringComparison.Ordinal) || r.Contains("-> a:"));
    }

    [Fact]
    public void SelectorsInOnePeerAreAndedSeparatePeersOred()
    {
        var and = Rows(
            "a:\n  podSelector: {matchLabels: {app: a}}\n",
            "podSelector: {matchLabels: {app: a}}\npolicyTypes: [Egress]\negress:\n- to: [{namespaceSelector: {matchLabels: {team: x}}, podSelector: {matchLabels: {role: db}}}]\n  ports: [{port: 5432}]\n- to: [{namespaceSelector: {matchLabels: {team: x}}}]\n  ports: [{port: 443}]\n");
        Assert.Contains("a -> namespaces team=x / role=db: TCP 443, 5432", and);
        Assert.Contains("a -> namespaces team=x / all pods: TCP 443", and);

        var or = Rows(
            "a:\n  podSelector: {matchLabels: {app: a}}\n",
            "podSelector: {matchLabels: {app: a}}\npolicyTypes: [Egress]\negress:\n- to: [{namespaceSelector: {matchLabels: {team: x}}}, {podSelector: {matchLabels: {role: db}}}]\n  ports: [{port: 5432}]\n");
        Assert.Contains("a -> namespaces team=x / all pods: TCP 5432", or);
        Assert.Contains("a -> ns default / role=db: TCP 5432", or);
    }

    [Fact]
    public void APeerInThePoliciesNamespaceIsGovernedByThem()
    {
        var rows = Rows(
            "a:\n  podSelector: {matchLabels: {app: a}}\n",
            DenyAll,
            "podSelector: {matchLabels: {app: a}}\negress:\n- to: [{podSelector: {matchLabels: {role: db}}}, {namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: other}}, podSelector: {matchLabels: {role: db}}}]\n  ports: [{port: 5432}]\n");
        Assert.Equal(new[] { "a -> ns other / role=db: TCP 5432" }, rows); // the default-deny keeps "ns default / role=db" closed
    }

    [Fact]
    public void AnExceptCarvesOutOfItsOwnBlockOnly() => Assert.Equal(
        new[] { "a -> 0.0.0.0/0: UDP 53", "a -> 10.0.0.0/8 except 10.1.0.0/16: UDP 53; TCP 80", "a -> 10.1.2.0/24: UDP 53; TCP 443", "a -> 2001:db8::/32: TCP 22" },
        System.Array.FindAll(
            Rows(
                "a:\n  podSelector: {matchLabels: {app: a}}\n",
                "podSelector: {matchLabels: {app: a}}\npolicyTypes: [Egress]\negress:\n"
                + "- {to: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}], ports: [{port: 80}]}\n"
                + "- {to: [{ipBlock: {cidr: 10.1.2.0/24}}], ports: [{port: 443}]}\n"
                + "- {to: [{ipBlock: {cidr: 0.0.0.0/0}}], ports: [{protocol: UDP, port: 53}]}\n"
                + "- {to: [{ipBlock: {cidr: 2001:db8::/32}}], ports: [{port: 22}]}\n"),
            r => r.StartsWith("a -> ", System.StringComparison.Ordinal)));

    [Fact]
    public void RangesIntersectAcrossTheTwoEnds() => Assert.Equal(
        new[] { "a -> b: TCP 8050-8100" },
        Rows(
            AB,
            DenyAll,
            "podSelector: {matchLabels: {app: a}}\negress: [{to: [{podSelector: {matchLabels: {app: b}}}], ports: [{port: 8000, endPort: 8100}]}]\n",
            "podSelector: {matchLabels: {app: b}}\ningress: [{from: [{podSelector: {matchLabels: {app: a}}}], ports: [{port: 8050, endPort: 9000}]}]\n"));

    [Theory]
    [InlineData("[]", "[{port: http}]", "TCP http")]
    [InlineData("[{port: http}]", "[{protocol: TCP}]", "TCP http")]
    [InlineData("[{port: http}]", "[{port: http}, {port: 80}]", "TCP http")]
    [InlineData("[{port: http}, {protocol: UDP, port: 53}]", "[{protocol: UDP}]", "UDP 53")]
    [InlineData("[{port: 8080}]", "[{port: http}]", null)]
    [InlineData("[{port: http}]", "[{port: https}]", null)]
    [InlineData("[{port: http}]", "[{protocol: UDP, port: http}]", null)]
    public void NamedPortsAreOpaqueAtoms(string egressPorts, string ingressPorts, string? expected)
    {
        var rows = Rows(
            AB,
            DenyAll,
            $"podSelector: {{matchLabels: {{app: a}}}}\negress: [{{to: [{{podSelector: {{matchLabels: {{app: b}}}}}}], ports: {egressPorts}}}]\n",
            $"podSelector: {{matchLabels: {{app: b}}}}\ningress: [{{from: [{{podSelector: {{matchLabels: {{app: a}}}}}}], ports: {ingressPorts}}}]\n");
        Assert.Equal(expected is null ? System.Array.Empty<string>() : new[] { "a -> b: " + expected }, rows);
    }

    [Fact]
    public void ANamedPortNeverReachesAnAddress() => Assert.Equal(
        new[] { "a -> 1.1.1.1/32: TCP 80" },
        Rows("a:\n  podSelector: {matchLabels: {app: a}}\n", DenyAll, "podSelector: {matchLabels: {app: a}}\negress: [{to: [{ipBlock: {cidr: 1.1.1.1/32}}], ports: [{port: dns}, {port: 80}]}]\n"));

    [Fact]
    public void ARuleWithoutPortsAllowsEveryPortOfEveryProtocol() => Assert.Equal(
        new[] { "a -> b: all ports" },
        Rows(
            AB,
            DenyAll,
            "podSelector: {matchLabels: {app: a}}\negress: [{to: [{podSelector: {matchLabels: {app: b}}}]}]\n",
            "podSelector: {matchLabels: {app: b}}\ningress: [{from: [{podSelector: {matchLabels: {app: a}}}]}]\n"));

    [Fact]
    public void IngressFromAnAddressIsAFlowFromThatPeer() => Assert.Equal(
        new[] { "192.168.0.0/16 -> b: TCP 443" },
        Rows(AB, DenyAll, "podSelector: {matchLabels: {app: b}}\ningress: [{from: [{ipBlock: {cidr: 192.168.0.0/16}}], ports: [{port: 443}]}]\n"));

    [Fact]
    public void ARuleWithoutPeersReachesAnywhere() => Assert.Equal(
        new[] { "a -> anywhere: TCP 443" },
        Rows(AB, DenyAll, "podSelector: {matchLabels: {app: a}}\negress: [{ports: [{port: 443}]}]\n"));

    [Fact]
    public void SelfFlowsAndExpressionSelectors() => Assert.Equal(
        new[] { "a -> a: SCTP 7000" },
        Rows(
            "a:\n  podSelector: {matchExpressions: [{key: app, operator: In, values: [x, a]}, {key: app, operator: NotIn, values: [a]}, {key: zone, operator: Exists}, {key: debug, operator: DoesNotExist}]}\n",
            DenyAll,
            "podSelector: {matchExpressions: [{key: zone, operator: Exists}]}\negress: [{to: [{podSelector: {matchLabels: {app: x}}}], ports: [{protocol: SCTP, port: 7000}]}]\n"
            + "ingress: [{from: [{podSelector: {matchExpressions: [{key: debug, operator: DoesNotExist}]}}], ports: [{protocol: SCTP}]}]\n"));

    [Fact]
    public void AComponentNoPodCanMatchHasNoFlows() => Assert.Empty(Rows(
        "a:\n  podSelector: {matchLabels: {app: a}, matchExpressions: [{key: app, operator: DoesNotExist}]}\n",
        "podSelector: {}\ningress: [{}]\negress: [{}]\n"));
}
