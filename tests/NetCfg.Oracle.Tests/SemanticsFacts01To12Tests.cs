using k8s.Models;
using Xunit;
using static NetCfg.Oracle.Tests.E2E;
using static NetCfg.Oracle.Tests.Np;

namespace NetCfg.Oracle.Tests;

/// <summary>netpol-semantics.md facts 1–12.</summary>
public sealed class SemanticsFacts01To12Tests
{
    [Fact]
    public void Fact01_UnselectedPodsAreNonIsolatedAndDeletingPoliciesRestoresConnectivity()
    {
        var denyAll = Policy("deny-all", "x", Sel()).WithIngress().WithEgress();
        var enforced = ClusterOf(denyAll);
        new Reachability().Expect("*", "x/*", false).Expect("x/*", "*", false).Check(enforced, Tcp, 80);
        Assert.False(enforced.Allowed(External, E("x/a"), Tcp, 80));
        Assert.True(enforced.Allowed(External, E("y/a"), Tcp, 80));

        var deleted = ClusterOf();
        new Reachability().Check(deleted, Tcp, 80);
        new Reachability().Check(deleted, Udp, 81);
        Assert.True(deleted.Allowed(External, E("x/a"), Tcp, 80));
        Assert.True(deleted.Allowed(E("x/a"), External, Sctp, 9000));
    }

    [Fact]
    public void Fact02_DefaultDenyIngressBlocksAllIngressOfTheNamespaceOnly()
    {
        var cluster = ClusterOf(Policy("deny-ingress", "x", Sel()).WithIngress());
        new Reachability().Expect("*", "x/*", false).Check(cluster, Tcp, 80);
        Assert.False(cluster.Allowed(External, E("x/b"), Tcp, 80));
        Assert.True(cluster.Allowed(E("x/b"), External, Tcp, 80));
        Assert.True(cluster.IsIsolatedForIngress(P("x/c")));
        Assert.False(cluster.IsIsolatedForEgress(P("x/c")));
    }

    [Fact]
    public void Fact03_EgressTypeWithoutRulesDeniesAllEgressOfSelectedPods()
    {
        var podA = ClusterOf(Policy("deny-egress-pod-a", "x", PodLabel("a")).WithEgress());
        new Reachability().Expect("x/a", "*", false).Check(podA, Tcp, 80);
        Assert.False(podA.Allowed(E("x/a"), External, Tcp, 80));
        Assert.True(podA.Allowed(External, E("x/a"), Tcp, 80));

        var wholeNamespace = ClusterOf(Policy("deny-egress-ns", "x", Sel()).WithEgress());
        new Reachability().Expect("x/*", "*", false).Check(wholeNamespace, Tcp, 80);
    }

    [Fact]
    public void Fact04_IngressAndEgressTypesWithEmptyListsDenyAll()
    {
        var cluster = ClusterOf(Policy("default-deny-all", "x", Sel()).WithIngress().WithEgress());
        new Reachability().Expect("*", "x/*", false).Expect("x/*", "*", false).Check(cluster, Tcp, 81);
        Assert.True(cluster.Allowed(E("y/a"), E("y/b"), Tcp, 81));
        Assert.False(cluster.Allowed(E("x/a"), External, Udp, 53));
    }

    [Fact]
    public void Fact05_OmittedPolicyTypesDefaultToIngressPlusEgressOnlyIfEgressNonEmpty()
    {
        var emptyEgress = Policy("no-types", "x", Sel());
        emptyEgress.Spec.Egress = [];
        Assert.Equal(["Ingress"], Cluster.EffectivePolicyTypes(emptyEgress.Spec));
        var cluster = ClusterOf(emptyEgress);
        new Reachability().Expect("*", "x/*", false).Check(cluster, Tcp, 80);
        Assert.True(cluster.Allowed(E("x/a"), External, Tcp, 80));

        Assert.Equal(["Ingress"], Cluster.EffectivePolicyTypes(Policy("bare", "x", Sel()).Spec));

        var withEgress = Policy("egress-rules", "x", PodLabel("a"));
        withEgress.Spec.Egress = [Out(to: [PodPeer(PodLabel("b"))])];
        Assert.Equal(["Ingress", "Egress"], Cluster.EffectivePolicyTypes(withEgress.Spec));
        new Reachability().Expect("*", "x/a", false).Expect("x/a", "*", false).Expect("x/a", "x/b", true)
            .Check(ClusterOf(withEgress), Tcp, 80);

        // Explicit Egress with no rules is what it takes to deny egress.
        new Reachability().Expect("x/*", "*", false).Check(ClusterOf(Policy("explicit", "x", Sel()).WithEgress()), Tcp, 80);
    }

    [Fact]
    public void Fact06_SingleEmptyRuleAllowsEverythingButEmptyRuleListAllowsNothing()
    {
        var allowAll = ClusterOf(Policy("allow-all", "x", Sel()).WithIngress(In()));
        new Reachability().Check(allowAll, Tcp, 80);
        new Reachability().Check(allowAll, Tcp, 81);
        new Reachability().Check(allowAll, Udp, 80);
        Assert.True(allowAll.Allowed(External, E("x/a"), Sctp, 4000));
        Assert.True(allowAll.IsIsolatedForIngress(P("x/a")));

        var allowAllEgress = ClusterOf(Policy("allow-all-egress", "x", Sel()).WithEgress(Out()));
        new Reachability().Check(allowAllEgress, Tcp, 81);
        Assert.True(allowAllEgress.Allowed(E("x/a"), External, Udp, 53));

        var emptyList = ClusterOf(Policy("none", "x", Sel()).WithIngress());
        new Reachability().Expect("*", "x/*", false).Check(emptyList, Tcp, 80);
        Assert.False(emptyList.Allowed(External, E("x/a"), Sctp, 4000));
    }

    [Fact]
    public void Fact07_PoliciesAreAdditive()
    {
        var only80 = Policy("allow-80", "x", Sel()).WithIngress(In(ports: [Port(80)]));
        new Reachability().Expect("*", "x/*", false).Check(ClusterOf(only80), Tcp, 81);
        new Reachability().Check(ClusterOf(only80), Tcp, 80);
        new Reachability().Check(ClusterOf(only80, Policy("allow-all", "x", Sel()).WithIngress(In())), Tcp, 81);

        var egress80 = Policy("egress-80", "x", Sel()).WithEgress(Out(ports: [Port(80)]));
        new Reachability().Expect("x/*", "*", false).Check(ClusterOf(egress80), Tcp, 81);
        new Reachability().Check(ClusterOf(egress80, Policy("allow-all-egress", "x", Sel()).WithEgress(Out())), Tcp, 81);

        // Stacked policies with overlapping podSelectors.
        var via81 = Policy("from-y-81", "x", PodLabel("a")).WithIngress(In([NsPeer(NsLabel("y"))], [Port(81)]));
        new Reachability().Expect("*", "x/a", false).Check(ClusterOf(via81), Tcp, 80);
        new Reachability().Expect("*", "x/a", false).Expect("y/*", "x/a", true).Check(ClusterOf(via81), Tcp, 81);
        var via80 = Policy("from-y-80", "x", PodLabel("a")).WithIngress(In([NsPeer(NsLabel("y"))], [Port(80)]));
        new Reachability().Expect("*", "x/a", false).Expect("y/*", "x/a", true).Check(ClusterOf(via81, via80), Tcp, 80);
    }

    [Fact]
    public void Fact08_NamespaceAndPodSelectorInOnePeerAreAnded()
    {
        var notX = Policy("ns-and-pod", "x", PodLabel("a"))
            .WithIngress(In([Peer(Expr(NsName, "NotIn", "x"), PodLabel("b"))]));
        var cluster = ClusterOf(notX);
        new Reachability().Expect("*", "x/a", false).Expect("y/b", "x/a", true).Expect("z/b", "x/a", true).Check(cluster, Tcp, 80);
        Assert.False(cluster.Allowed(E("x/b"), E("x/a"), Tcp, 80)); // namespace fails
        Assert.False(cluster.Allowed(E("y/a"), E("x/a"), Tcp, 80)); // pod fails

        var onlyYa = Policy("y-a-only", "x", PodLabel("a")).WithIngress(In([Peer(NsLabel("y"), PodLabel("a"))]));
        new Reachability().Expect("*", "x/a", false).Expect("y/a", "x/a", true).Check(ClusterOf(onlyYa), Tcp, 80);
    }

    [Fact]
    public void Fact09_SeparatePeerItemsAreOred()
    {
        var either = Policy("ns-or-pod", "x", PodLabel("a"))
            .WithIngress(In([NsPeer(Expr(NsName, "NotIn", "x")), PodPeer(PodLabel("b"))]));
        var cluster = ClusterOf(either);
        new Reachability().Expect("*", "x/a", false).Expect("y/*", "x/a", true).Expect("z/*", "x/a", true)
            .Expect("x/b", "x/a", true).Check(cluster, Tcp, 80);
        Assert.False(cluster.Allowed(E("x/c"), E("x/a"), Tcp, 80));
        Assert.False(cluster.Allowed(E("x/a"), E("x/a"), Tcp, 80)); // loopback evaluated normally

        var anyPod = Policy("b-or-c", "x", PodLabel("a")).WithIngress(In([PodPeer(PodLabel("b")), PodPeer(PodLabel("c"))]));
        new Reachability().Expect("*", "x/a", false).Expect("x/b", "x/a", true).Expect("x/c", "x/a", true)
            .Check(ClusterOf(anyPod), Tcp, 80);
    }

    [Fact]
    public void Fact10_BarePodSelectorPeerMeansPolicyNamespaceOnly()
    {
        var fromB = ClusterOf(Policy("from-b", "x", PodLabel("a")).WithIngress(In([PodPeer(PodLabel("b"))])));
        new Reachability().Expect("*", "x/a", false).Expect("x/b", "x/a", true).Check(fromB, Tcp, 80);
        Assert.False(fromB.Allowed(E("y/b"), E("x/a"), Tcp, 80)); // same label, other namespace

        var sameNs = ClusterOf(Policy("same-ns", "x", Sel()).WithIngress(In([PodPeer(Sel())])));
        new Reachability().Expect("y/*", "x/*", false).Expect("z/*", "x/*", false).Check(sameNs, Tcp, 80);
        Assert.False(sameNs.Allowed(External, E("x/a"), Tcp, 80));
    }

    [Fact]
    public void Fact11_NamespaceSelectorPeerSelectsWholeNamespacesAndNeverExternalIps()
    {
        var allNs = ClusterOf(Policy("all-ns", "x", PodLabel("a")).WithIngress(In([NsPeer(Sel())])));
        new Reachability().Check(allNs, Tcp, 80);
        Assert.False(allNs.Allowed(External, E("x/a"), Tcp, 80));

        var fromY = ClusterOf(Policy("from-y", "x", PodLabel("a")).WithIngress(In([NsPeer(NsLabel("y"))])));
        new Reachability().Expect("*", "x/a", false).Expect("y/*", "x/a", true).Check(fromY, Tcp, 80);

        // Own namespace counts only when it matches the selector.
        var xOrY = ClusterOf(Policy("x-or-y", "x", PodLabel("a")).WithIngress(In([NsPeer(Expr(NsName, "In", "x", "y"))])));
        new Reachability().Expect("z/*", "x/a", false).Check(xOrY, Tcp, 80);

        var egressAllNs = ClusterOf(Policy("to-all-ns", "x", PodLabel("a")).WithEgress(Out([NsPeer(Sel())])));
        new Reachability().Check(egressAllNs, Tcp, 80);
        Assert.False(egressAllNs.Allowed(E("x/a"), External, Tcp, 80));
    }

    [Fact]
    public void Fact12_EmptyPortsMeanAllPortsAndProtocolsAndMissingPeersMeanEveryPeer()
    {
        var noPorts = ClusterOf(Policy("from-b", "x", PodLabel("a")).WithIngress(In([PodPeer(PodLabel("b"))])));
        var emptyPorts = ClusterOf(Policy("from-b", "x", PodLabel("a")).WithIngress(In([PodPeer(PodLabel("b"))], [])));
        foreach (var cluster in new[] { noPorts, emptyPorts })
        {
            Assert.True(cluster.Allowed(E("x/b"), E("x/a"), Tcp, 80));
            Assert.True(cluster.Allowed(E("x/b"), E("x/a"), Udp, 81));
            Assert.True(cluster.Allowed(E("x/b"), E("x/a"), Sctp, 5000));
            Assert.True(cluster.Allowed(E("x/b"), E("x/a"), Tcp, 65535));
            Assert.False(cluster.Allowed(E("x/c"), E("x/a"), Udp, 81));
        }

        var portOnly = ClusterOf(Policy("port-80", "x", PodLabel("a")).WithIngress(In(ports: [Port(80)])));
        Assert.True(portOnly.Allowed(External, E("x/a"), Tcp, 80));
        Assert.False(portOnly.Allowed(External, E("x/a"), Tcp, 81));
        new Reachability().Check(portOnly, Tcp, 80);
        new Reachability().Expect("*", "x/a", false).Check(portOnly, Tcp, 81);

        var namedEgress = ClusterOf(Policy("egress-named", "x", Sel()).WithEgress(Out(ports: [Named("serve-80-tcp")])));
        new Reachability().Check(namedEgress, Tcp, 80);
        new Reachability().Expect("x/*", "*", false).Check(namedEgress, Tcp, 81);
        Assert.False(namedEgress.Allowed(E("x/a"), External, Tcp, 80)); // named ports never resolve on external IPs
    }
}
