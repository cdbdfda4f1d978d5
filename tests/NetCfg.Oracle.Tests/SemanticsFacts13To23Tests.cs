using System.Collections.Generic;
using System.Linq;
using k8s.Models;
using Xunit;
using static NetCfg.Oracle.Tests.E2E;
using static NetCfg.Oracle.Tests.Np;

namespace NetCfg.Oracle.Tests;

/// <summary>netpol-semantics.md facts 13–23.</summary>
public sealed class SemanticsFacts13To23Tests
{
    [Fact]
    public void Fact13_PortsAndPeersAreAndedWithinARuleAndRulesAreOred()
    {
        var cluster = ClusterOf(Policy("y-81", "x", PodLabel("a")).WithIngress(In([NsPeer(NsLabel("y"))], [Port(81, Tcp)])));
        new Reachability().Expect("*", "x/a", false).Expect("y/*", "x/a", true).Check(cluster, Tcp, 81);
        new Reachability().Expect("*", "x/a", false).Check(cluster, Tcp, 80);

        var twoRules = ClusterOf(Policy("two-rules", "x", PodLabel("a")).WithIngress(
            In([NsPeer(NsLabel("y"))], [Port(81)]),
            In([NsPeer(NsLabel("z"))], [Port(80)])));
        new Reachability().Expect("*", "x/a", false).Expect("y/*", "x/a", true).Check(twoRules, Tcp, 81);
        new Reachability().Expect("*", "x/a", false).Expect("z/*", "x/a", true).Check(twoRules, Tcp, 80);
    }

    [Fact]
    public void Fact14_ProtocolOnlyEntryAllowsAllPortsOfThatProtocolAndProtocolDefaultsToTcp()
    {
        var tcpOnly = ClusterOf(Policy("tcp-any", "x", PodLabel("a")).WithIngress(In(ports: [Proto(Tcp)])));
        new Reachability().Check(tcpOnly, Tcp, 80);
        new Reachability().Check(tcpOnly, Tcp, 81);
        Assert.True(tcpOnly.Allowed(E("x/b"), E("x/a"), Tcp, 12345));
        new Reachability().Expect("*", "x/a", false).Check(tcpOnly, Udp, 80);

        var defaulted = ClusterOf(Policy("port-80", "x", PodLabel("a")).WithIngress(In(ports: [Port(80)])));
        new Reachability().Check(defaulted, Tcp, 80);
        new Reachability().Expect("*", "x/a", false).Check(defaulted, Udp, 80);

        var sctp = ClusterOf(Policy("sctp-any", "x", PodLabel("a")).WithIngress(In(ports: [Proto(Sctp)])));
        Assert.True(sctp.Allowed(E("y/a"), E("x/a"), Sctp, 80));
        Assert.True(sctp.Allowed(External, E("x/a"), Sctp, 80));
        Assert.False(sctp.Allowed(E("y/a"), E("x/a"), Tcp, 80));
        Assert.False(sctp.Allowed(External, E("x/a"), Tcp, 80));
    }

    [Fact]
    public void Fact15_SctpOrUdpOnlyPolicyDoesNotLetTcpThrough()
    {
        var denyThenSctp = ClusterOf(
            Policy("deny-ingress", "x", Sel()).WithIngress(),
            Policy("allow-81-sctp", "x", Sel()).WithIngress(In(ports: [Port(81, Sctp)])));
        new Reachability().Expect("*", "x/*", false).Check(denyThenSctp, Tcp, 81);
        new Reachability().Check(denyThenSctp, Sctp, 81);

        var sctp80 = ClusterOf(Policy("allow-80-sctp", "x", PodLabel("a")).WithIngress(In(ports: [Port(80, Sctp)])));
        new Reachability().Expect("*", "x/a", false).Check(sctp80, Tcp, 81);
        new Reachability().Expect("*", "x/a", false).Check(sctp80, Tcp, 80);
        new Reachability().Check(sctp80, Sctp, 80);

        var udp81 = ClusterOf(Policy("allow-81-udp", "x", PodLabel("a")).WithIngress(In(ports: [Port(81, Udp)])));
        new Reachability().Expect("*", "x/a", false).Check(udp81, Tcp, 81);
        new Reachability().Check(udp81, Udp, 81);
    }

    [Fact]
    public void Fact16_NamedPortMatchesDestinationContainerPortByNameAndProtocol()
    {
        var named81 = ClusterOf(Policy("named-81", "x", Sel()).WithIngress(In(ports: [Named("serve-81-tcp")])));
        new Reachability().Check(named81, Tcp, 81);
        new Reachability().Expect("*", "x/*", false).Check(named81, Tcp, 80);
        new Reachability().Expect("*", "x/*", false).Check(named81, Udp, 81);

        var fromY = ClusterOf(Policy("y-named-80", "x", PodLabel("a"))
            .WithIngress(In([NsPeer(NsLabel("y"))], [Named("serve-80-tcp", Tcp)])));
        new Reachability().Expect("*", "x/a", false).Expect("y/*", "x/a", true).Check(fromY, Tcp, 80);
        new Reachability().Expect("*", "x/a", false).Check(fromY, Tcp, 81);

        // Entry protocol (default TCP) must equal the container port's protocol.
        var udpNameTcpEntry = ClusterOf(Policy("udp-name", "x", PodLabel("a")).WithIngress(In(ports: [Named("serve-81-udp")])));
        Assert.False(udpNameTcpEntry.Allowed(E("x/b"), E("x/a"), Tcp, 81));
        Assert.False(udpNameTcpEntry.Allowed(E("x/b"), E("x/a"), Udp, 81));
        var udpNameUdpEntry = ClusterOf(Policy("udp-name", "x", PodLabel("a")).WithIngress(In(ports: [Named("serve-81-udp", Udp)])));
        Assert.True(udpNameUdpEntry.Allowed(E("x/b"), E("x/a"), Udp, 81));
        Assert.False(udpNameUdpEntry.Allowed(E("x/b"), E("x/a"), Udp, 80));

        // Resolution happens on the destination: x/d maps serve-80-tcp to 8080; x/e has no container ports.
        var d = new PodEndpoint(new Pod("x", new Dictionary<string, string> { ["pod"] = "d" }, "10.1.0.4", [new ContainerPort("serve-80-tcp", 8080)]));
        var e = new PodEndpoint(new Pod("x", new Dictionary<string, string> { ["pod"] = "e" }, "10.1.0.5"));
        var egress = ClusterOf(Policy("egress-named", "x", PodLabel("a")).WithEgress(Out(ports: [Named("serve-80-tcp")])));
        Assert.True(egress.Allowed(E("x/a"), d, Tcp, 8080));
        Assert.False(egress.Allowed(E("x/a"), d, Tcp, 80));
        Assert.True(egress.Allowed(E("x/a"), E("x/b"), Tcp, 80));
        Assert.False(egress.Allowed(E("x/a"), e, Tcp, 80));
    }

    [Theory]
    [InlineData(Tcp, 79, false)]
    [InlineData(Tcp, 80, true)]
    [InlineData(Tcp, 81, true)]
    [InlineData(Tcp, 82, true)]
    [InlineData(Tcp, 83, false)]
    [InlineData(Udp, 81, false)]
    public void Fact17_EndPortIsAnInclusiveRangeOnTheGivenProtocol(string protocol, int port, bool allowed)
    {
        var cluster = ClusterOf(Policy("range", "x", PodLabel("a")).WithIngress(In(ports: [Port(80, endPort: 82)])));
        Assert.Equal(allowed, cluster.Allowed(E("x/b"), E("x/a"), protocol, port));

        var udpRange = ClusterOf(Policy("udp-range", "x", PodLabel("a")).WithIngress(In(ports: [Port(80, Udp, 82)])));
        Assert.Equal(allowed && protocol == Tcp, udpRange.Allowed(E("x/b"), E("x/a"), protocol == Tcp ? Udp : Tcp, port));

        var single = ClusterOf(Policy("single", "x", PodLabel("a")).WithIngress(In(ports: [Port(81, endPort: 81)])));
        Assert.Equal(protocol == Tcp && port == 81, single.Allowed(E("x/b"), E("x/a"), protocol, port));
    }

    [Fact]
    public void Fact18_IpBlockMatchesInsideCidrButOutsideExcept()
    {
        var toYb = ClusterOf(Policy("to-y-b", "x", PodLabel("a")).WithEgress(Out([Block(Ip("y/b") + "/32")])));
        new Reachability().Expect("x/a", "*", false).Expect("x/a", "y/b", true).Check(toYb, Tcp, 80);

        var except = ClusterOf(Policy("except-x-b", "x", PodLabel("a")).WithEgress(Out([Block("10.1.0.0/16", Ip("x/b") + "/32")])));
        new Reachability().Expect("x/a", "*", false).Expect("x/a", "x/c", true).Check(except, Tcp, 80);
        Assert.False(except.Allowed(E("x/a"), E("x/b"), Tcp, 80));

        var external = ClusterOf(Policy("from-net", "x", PodLabel("a")).WithIngress(In([Block("198.51.100.0/24", "198.51.100.128/25")])));
        Assert.True(external.Allowed(new ExternalEndpoint("198.51.100.7"), E("x/a"), Tcp, 80));
        Assert.False(external.Allowed(new ExternalEndpoint("198.51.100.200"), E("x/a"), Tcp, 80));
        Assert.False(external.Allowed(new ExternalEndpoint("203.0.113.1"), E("x/a"), Tcp, 80));

        var v6 = ClusterOf(Policy("v6", "x", PodLabel("a")).WithEgress(Out([Block("2001:db8::/32", "2001:db8:1::/48")])));
        Assert.True(v6.Allowed(E("x/a"), new ExternalEndpoint("2001:db8::5"), Tcp, 443));
        Assert.True(v6.Allowed(E("x/a"), new ExternalEndpoint("2001:db8:2::5"), Tcp, 443));
        Assert.False(v6.Allowed(E("x/a"), new ExternalEndpoint("2001:db8:1::5"), Tcp, 443));
        Assert.False(v6.Allowed(E("x/a"), new ExternalEndpoint("2001:db9::1"), Tcp, 443));
        Assert.False(v6.Allowed(E("x/a"), new ExternalEndpoint("10.9.9.9"), Tcp, 443));
    }

    [Fact]
    public void Fact19_ExceptOnlyCarvesOutOfItsOwnIpBlock()
    {
        var policy = Policy("egress-cidr", "x", PodLabel("a")).WithEgress(Out([Block("10.1.0.0/16", Ip("x/b") + "/32")]));
        Assert.False(ClusterOf(policy).Allowed(E("x/a"), E("x/b"), Tcp, 80));

        policy.Spec.Egress = [Out([Block(Ip("x/b") + "/32")])]; // the policy is updated
        var updated = ClusterOf(policy);
        new Reachability().Expect("x/a", "*", false).Expect("x/a", "x/b", true).Check(updated, Tcp, 80);

        var otherPeer = ClusterOf(Policy("two-peers", "x", PodLabel("a"))
            .WithEgress(Out([Block("10.1.0.0/16", Ip("x/b") + "/32"), PodPeer(PodLabel("b"))])));
        new Reachability().Expect("x/a", "*", false).Expect("x/a", "x/b", true).Expect("x/a", "x/c", true).Check(otherPeer, Tcp, 80);

        var otherPolicy = ClusterOf(
            Policy("except", "x", PodLabel("a")).WithEgress(Out([Block("10.1.0.0/16", Ip("x/b") + "/32")])),
            Policy("exact", "x", PodLabel("a")).WithEgress(Out([Block(Ip("x/b") + "/32")])));
        Assert.True(otherPolicy.Allowed(E("x/a"), E("x/b"), Tcp, 80));
        Assert.False(otherPolicy.Allowed(E("x/a"), E("y/b"), Tcp, 80));
    }

    [Fact]
    public void Fact20_SourceEgressAndDestinationIngressMustBothAllow()
    {
        var cluster = ClusterOf(
            Policy("client", "x", PodLabel("a")).WithEgress(Out([Peer(NsLabel("y"), PodLabel("a"))])),
            Policy("server", "y", Expr("pod", "In", "a", "b")).WithIngress(In([Peer(NsLabel("x"), PodLabel("a"))])));
        new Reachability().Expect("x/a", "*", false).Expect("*", "y/a", false).Expect("*", "y/b", false)
            .Expect("x/a", "y/a", true).Check(cluster, Tcp, 80);
        Assert.True(cluster.IngressAllowed(E("x/a"), E("y/b"), Tcp, 80));
        Assert.False(cluster.EgressAllowed(E("x/a"), E("y/b"), Tcp, 80));
        Assert.False(cluster.Allowed(E("x/a"), E("y/b"), Tcp, 80));
        Assert.True(cluster.Allowed(E("x/a"), E("y/a"), Tcp, 80));
    }

    [Fact]
    public void Fact21_IngressAndEgressIsolationAreIndependent()
    {
        var allowEgress = Policy("allow-all-egress", "x", PodLabel("a")).WithEgress(Out());
        new Reachability().Check(ClusterOf(allowEgress), Tcp, 80);
        var both = ClusterOf(allowEgress, Policy("deny-ingress", "x", PodLabel("a")).WithIngress());
        new Reachability().Expect("*", "x/a", false).Check(both, Tcp, 80);
        Assert.True(both.Allowed(E("x/a"), E("x/b"), Tcp, 80));

        var together = ClusterOf(Policy("in-and-out", "x", PodLabel("a"))
            .WithIngress(In([PodPeer(PodLabel("b"))]))
            .WithEgress(Out(ports: [Port(80)])));
        new Reachability().Expect("*", "x/a", false).Expect("x/b", "x/a", true).Check(together, Tcp, 80);
        new Reachability().Expect("*", "x/a", false).Expect("x/b", "x/a", true).Expect("x/a", "*", false).Check(together, Tcp, 81);
    }

    [Fact]
    public void Fact22_SelectorsUseCurrentLabels()
    {
        var fromUpdatedNs = Policy("from-updated-ns", "x", PodLabel("a")).WithIngress(In([NsPeer(Sel(("ns2", "updated")))]));
        new Reachability().Expect("*", "x/a", false).Check(ClusterOf(fromUpdatedNs), Tcp, 80);
        var relabelled = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["x"] = new Dictionary<string, string>(),
            ["y"] = new Dictionary<string, string> { ["ns2"] = "updated" },
            ["z"] = new Dictionary<string, string>(),
        };
        new Reachability().Expect("*", "x/a", false).Expect("y/*", "x/a", true).Check(ClusterOf(relabelled, fromUpdatedNs), Tcp, 80);

        var fromUpdatedPod = ClusterOf(Policy("from-updated-pod", "x", PodLabel("a")).WithIngress(In([PodPeer(Sel(("pod2", "updated")))])));
        new Reachability().Expect("*", "x/a", false).Check(fromUpdatedPod, Tcp, 80);
        var podsWithUpdatedB = Pods.Select(p => Key(p) == "x/b" ? MakePod("x", "b", ("pod2", "updated")) : p);
        new Reachability(podsWithUpdatedB).Expect("*", "x/a", false).Expect("x/b", "x/a", true).Check(fromUpdatedPod, Tcp, 80);

        var isolateTarget = ClusterOf(Policy("deny-target", "x", Sel(("target", "isolated"))).WithIngress());
        new Reachability().Check(isolateTarget, Tcp, 80);
        var podsWithTarget = Pods.Select(p => Key(p) == "x/a" ? MakePod("x", "a", ("target", "isolated")) : p);
        new Reachability(podsWithTarget).Expect("*", "x/a", false).Check(isolateTarget, Tcp, 80);

        // Policy objects are not copied either: editing one is seen by the same Cluster.
        var live = Policy("live", "x", PodLabel("a")).WithIngress();
        var cluster = ClusterOf(live);
        Assert.False(cluster.Allowed(E("y/a"), E("x/a"), Tcp, 80));
        live.Spec.Ingress.Add(In([NsPeer(NsLabel("y"))]));
        Assert.True(cluster.Allowed(E("y/a"), E("x/a"), Tcp, 80));
    }

    [Fact]
    public void Fact23_DefaultNamespaceNameLabelSelectsNamespacesByName()
    {
        var matchLabels = ClusterOf(Policy("from-y", "x", PodLabel("a")).WithIngress(In([NsPeer(NsLabel("y"))])));
        new Reachability().Expect("*", "x/a", false).Expect("y/*", "x/a", true).Check(matchLabels, Tcp, 80);

        var notInY = ClusterOf(Policy("not-to-y", "x", PodLabel("a")).WithEgress(Out([NsPeer(Expr(NsName, "NotIn", "y"))])));
        new Reachability().Expect("x/a", "y/*", false).Check(notInY, Tcp, 80);

        // The label is added automatically and cannot be overridden by caller-supplied labels.
        var spoofed = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["x"] = new Dictionary<string, string>(),
            ["y"] = new Dictionary<string, string> { [NsName] = "bogus" },
            ["z"] = new Dictionary<string, string>(),
        };
        var cluster = ClusterOf(spoofed, Policy("from-y", "x", PodLabel("a")).WithIngress(In([NsPeer(NsLabel("y"))])));
        Assert.Equal("y", cluster.NamespaceLabels("y")[NsName]);
        Assert.True(cluster.Allowed(E("y/c"), E("x/a"), Tcp, 80));
        Assert.False(cluster.Allowed(E("z/c"), E("x/a"), Tcp, 80));
    }
}
