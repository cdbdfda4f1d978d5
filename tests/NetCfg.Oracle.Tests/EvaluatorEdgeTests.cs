using System;
using System.Collections.Generic;
using k8s.Models;
using Xunit;
using static NetCfg.Oracle.Tests.E2E;
using static NetCfg.Oracle.Tests.Np;

namespace NetCfg.Oracle.Tests;

/// <summary>Evaluator behaviour outside the numbered facts: defaults, loopback, argument and policy errors.</summary>
public sealed class EvaluatorEdgeTests
{
    [Fact]
    public void PolicyWithoutNamespaceLivesInTheConstructorDefault()
    {
        var policy = Policy("deny", "x", Sel()).WithIngress();
        policy.Metadata.NamespaceProperty = null;
        var inY = new Cluster(Namespaces, [policy], defaultNamespace: "y");
        Assert.False(inY.Allowed(E("x/a"), E("y/a"), Tcp, 80));
        Assert.True(inY.Allowed(E("y/a"), E("x/a"), Tcp, 80));
        Assert.Equal("y", inY.PolicyNamespace(policy));
    }

    [Fact]
    public void LoopbackIsEvaluatedLikeAnyOtherPair()
    {
        Assert.True(ClusterOf().Allowed(E("x/a"), E("x/a"), Tcp, 80));
        Assert.False(ClusterOf(Policy("deny", "x", PodLabel("a")).WithIngress()).Allowed(E("x/a"), E("x/a"), Tcp, 80));
        Assert.True(ClusterOf(Policy("self", "x", PodLabel("a")).WithIngress(In([PodPeer(PodLabel("a"))]))).Allowed(E("x/a"), E("x/a"), Tcp, 80));
    }

    [Fact]
    public void ExternalToExternalIsNeverRestricted()
    {
        var cluster = ClusterOf(Policy("deny-all", "x", Sel()).WithIngress().WithEgress());
        Assert.True(cluster.Allowed(External, new ExternalEndpoint("2001:db8::1"), Udp, 53));
    }

    [Fact]
    public void PolicyInAnotherNamespaceDoesNotSelectThePod()
    {
        var cluster = ClusterOf(Policy("deny", "y", PodLabel("a")).WithIngress());
        Assert.True(cluster.Allowed(E("z/b"), E("x/a"), Tcp, 80));
        Assert.False(cluster.Allowed(E("z/b"), E("y/a"), Tcp, 80));
    }

    [Fact]
    public void HostBitsInCidrAreMaskedLikeTheLenientParser()
    {
        var cluster = ClusterOf(Policy("sloppy", "x", PodLabel("a")).WithEgress(Out([Block("10.2.0.77/16")])));
        Assert.True(cluster.Allowed(E("x/a"), E("y/c"), Tcp, 80));
        Assert.False(cluster.Allowed(E("x/a"), E("z/c"), Tcp, 80));
    }

    [Theory]
    [InlineData("In", "b", true)]
    [InlineData("In", "c", false)]
    [InlineData("NotIn", "b", false)]
    [InlineData("NotIn", "c", true)]
    public void MatchExpressionsAreAndedWithMatchLabels(string op, string value, bool allowed)
    {
        var selector = Expr("pod", op, value);
        selector.MatchLabels = new Dictionary<string, string> { ["extra"] = "yes" };
        var cluster = ClusterOf(Policy("expr", "x", PodLabel("a")).WithIngress(In([PodPeer(selector)])));
        Assert.Equal(allowed, cluster.Allowed(new PodEndpoint(MakePod("x", "b", ("extra", "yes"))), E("x/a"), Tcp, 80));
        Assert.False(cluster.Allowed(E("x/b"), E("x/a"), Tcp, 80)); // lacks extra=yes
    }

    [Theory]
    [InlineData("Exists", "extra", true)]
    [InlineData("Exists", "missing", false)]
    [InlineData("DoesNotExist", "missing", true)]
    [InlineData("DoesNotExist", "extra", false)]
    [InlineData("NotIn", "missing", true)]
    public void ExistenceOperators(string op, string key, bool allowed)
    {
        var selector = op == "NotIn" ? Expr(key, op, "v") : Expr(key, op);
        var cluster = ClusterOf(Policy("expr", "x", PodLabel("a")).WithIngress(In([PodPeer(selector)])));
        Assert.Equal(allowed, cluster.Allowed(new PodEndpoint(MakePod("x", "b", ("extra", "yes"))), E("x/a"), Tcp, 80));
    }

    public static TheoryData<string, V1NetworkPolicyIngressRule> UninterpretableRules => new()
    {
        { "bad operator", In([PodPeer(Expr("pod", "in", "b"))]) },
        { "empty peer", In([new V1NetworkPolicyPeer()]) },
        { "ipBlock with selector", In([new V1NetworkPolicyPeer { IpBlock = new V1IPBlock { Cidr = "10.0.0.0/8" }, PodSelector = Sel() }]) },
        { "bad cidr", In([Block("10.0.0.0/33")]) },
        { "lowercase protocol", In(ports: [Port(80, "tcp")]) },
        { "endPort below port", In(ports: [Port(80, endPort: 79)]) },
        { "endPort with named port", In(ports: [new V1NetworkPolicyPort { Port = "http", EndPort = 90 }]) },
        { "endPort without port", In(ports: [new V1NetworkPolicyPort { EndPort = 90 }]) },
    };

    [Theory]
    [MemberData(nameof(UninterpretableRules))]
    public void InvalidPoliciesAreRefusedNotGuessed(string why, V1NetworkPolicyIngressRule rule)
    {
        var cluster = ClusterOf(Policy("broken", "x", PodLabel("a")).WithIngress(rule));
        var error = Assert.Throws<InvalidOperationException>(() => cluster.Allowed(E("x/b"), E("x/a"), Tcp, 80));
        Assert.Contains("x/broken", error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(why));
    }

    [Fact]
    public void TrafficArgumentsAreChecked()
    {
        var cluster = ClusterOf();
        Assert.Throws<ArgumentException>(() => cluster.Allowed(E("x/a"), E("x/b"), "tcp", 80));
        Assert.Throws<ArgumentOutOfRangeException>(() => cluster.Allowed(E("x/a"), E("x/b"), Tcp, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => cluster.Allowed(E("x/a"), E("x/b"), Tcp, 65536));
        var blockCluster = ClusterOf(Policy("b", "x", PodLabel("a")).WithEgress(Out([Block("10.0.0.0/8")])));
        Assert.Throws<ArgumentException>(() => blockCluster.Allowed(E("x/a"), new ExternalEndpoint("010.1.2.3x"), Tcp, 80));
    }
}
