using System.Linq;
using k8s.Models;
using NetCfg.Core.Rules;
using Xunit;
using static NetCfg.Core.Tests.FeatureFixtures;
using static NetCfg.Core.Tests.Fixtures;

namespace NetCfg.Core.Tests;

/// <summary>What each DNS variant emits, read from the MSBuild properties as the task reads them.</summary>
public sealed class DnsVariantTests
{
    private static V1NetworkPolicy Backend(params (string Name, string Value)[] properties) =>
        GuideExampleTests.Policy(Translate(MyApp(), Options(properties)).File("networkpolicy/component-backend.yaml"));

    private static (string Protocol, string Port)[] Ports(V1NetworkPolicyEgressRule rule) => rule.Ports.Select(p => (p.Protocol, p.Port.Value)).ToArray();

    [Fact]
    public void KubeDnsIsTheDefault()
    {
        var rule = Assert.Single(Backend().Spec.Egress);
        var peer = Assert.Single(rule.To);
        Assert.Equal(("kube-system", "kube-dns"), (peer.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"], peer.PodSelector.MatchLabels["k8s-app"]));
        Assert.Equal(new[] { ("TCP", "53"), ("UDP", "53") }, Ports(rule));
        Assert.Equal(Backend().Spec.Egress.Select(Ports), Backend((OptionRules.Dns, "KubeDns")).Spec.Egress.Select(Ports));
    }

    [Fact]
    public void NodeLocalAddsTheLinkLocalAddressOnPort53()
    {
        var egress = Backend((OptionRules.Dns, "NodeLocal")).Spec.Egress;
        Assert.Equal(2, egress.Count);
        Assert.Equal("kube-dns", egress[0].To.Single().PodSelector.MatchLabels["k8s-app"]);
        var nodeLocal = Assert.Single(egress[1].To);
        Assert.Equal("169.254.20.10/32", nodeLocal.IpBlock.Cidr);
        Assert.Null(nodeLocal.IpBlock.Except);
        Assert.Null(nodeLocal.PodSelector);
        Assert.Equal(new[] { ("TCP", "53"), ("UDP", "53") }, Ports(egress[1]));
    }

    [Theory]
    [InlineData(OptionRules.Dns, "None")]
    [InlineData(OptionRules.Dns, " none ")]
    [InlineData(OptionRules.AllowDns, "false")]
    [InlineData(OptionRules.AllowDns, "FALSE")]
    public void NoneRemovesEveryDnsRule(string property, string value)
    {
        var policy = Backend((property, value));
        Assert.Null(policy.Spec.Egress);
        Assert.Equal(new[] { "Ingress", "Egress" }, policy.Spec.PolicyTypes); // still isolated for egress
    }

    [Fact]
    public void TheOpenShiftOverridesReplaceNamespaceLabelAndPort()
    {
        var rule = Assert.Single(Backend(
            (OptionRules.DnsNamespace, "openshift-dns"),
            (OptionRules.DnsPodLabel, "dns.operator.openshift.io/daemonset-dns=default"),
            (OptionRules.DnsPort, "5353")).Spec.Egress);
        var peer = Assert.Single(rule.To);
        Assert.Equal(new[] { ("kubernetes.io/metadata.name", "openshift-dns") }, peer.NamespaceSelector.MatchLabels.Select(l => (l.Key, l.Value)));
        Assert.Equal(new[] { ("dns.operator.openshift.io/daemonset-dns", "default") }, peer.PodSelector.MatchLabels.Select(l => (l.Key, l.Value)));
        Assert.Equal(new[] { ("TCP", "5353"), ("UDP", "5353") }, Ports(rule));
    }

    [Fact]
    public void NodeLocalKeepsPort53ForTheCacheWhenTheClusterDnsPortIsOverridden()
    {
        var egress = Backend((OptionRules.Dns, "NodeLocal"), (OptionRules.DnsPort, "5353")).Spec.Egress;
        Assert.Equal(new[] { ("TCP", "5353"), ("UDP", "5353") }, Ports(egress[0]));
        Assert.Equal(new[] { ("TCP", "53"), ("UDP", "53") }, Ports(egress[1]));
    }

    [Fact]
    public void NoneIgnoresTheOverrides()
    {
        Assert.Null(Backend((OptionRules.Dns, "None"), (OptionRules.DnsNamespace, "openshift-dns"), (OptionRules.DnsPort, "5353")).Spec.Egress);
    }
}
