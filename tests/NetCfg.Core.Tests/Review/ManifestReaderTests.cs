using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using Xunit;
using static NetCfg.Core.Tests.Review.ReviewFixtures;

namespace NetCfg.Core.Tests.Review;

/// <summary>The reader on the translator's own output and on every general NetworkPolicy feature.</summary>
public sealed class ManifestReaderTests
{
    [Fact]
    public void ReadsTheSampleComponentsAndPolicies()
    {
        var view = View(Files(Fixtures.MyApp()));
        Assert.Null(view.Namespace);
        Assert.Equal(new[] { "backend", "frontend" }, view.Components.Select(c => c.Name));
        Assert.Equal(new Label("app.kubernetes.io/name", "backend"), Assert.Single(view.Components[0].Selector.MatchLabels));
        Assert.Equal(
            new[] { "networkpolicy/component-backend.yaml", "networkpolicy/component-frontend.yaml", "networkpolicy/default-deny.yaml" },
            view.Policies.Select(p => p.Path));
        var deny = view.Policies[2];
        Assert.Equal(("my-app-network-config.default-deny", true, true, true), (deny.Name, deny.PodSelector.IsEmpty, deny.IsolatesIngress, deny.IsolatesEgress));
        Assert.Empty(deny.Ingress);
        var backend = view.Policies[0];
        var fromFrontend = Assert.Single(backend.Ingress);
        Assert.Equal(new PortSpec(Protocol.Tcp, 8080, null, null), Assert.Single(fromFrontend.Ports));
        Assert.Null(Assert.Single(fromFrontend.Peers).NamespaceSelector);
    }

    [Fact]
    public void ReadsTheNamespace()
    {
        var input = Fixtures.MyApp() with { Configs = new[] { new ConfigDeclaration("my-app-network-config", "shop") }.ToEquatableArray() };
        var view = View(Files(input));
        Assert.Equal("shop", view.Namespace);
        Assert.All(view.Policies, p => Assert.Equal("shop", p.Namespace));
    }

    [Fact]
    public void ReadsEveryGeneralPolicyFeature()
    {
        var spec = """
            podSelector:
              matchLabels: {app: web}
              matchExpressions:
                - {key: tier, operator: NotIn, values: [b, a, a]}
                - {key: debug, operator: DoesNotExist}
                - {key: zone, operator: Exists}
                - {key: role, operator: In, values: [api]}
            ingress:
              - from:
                  - ipBlock: {cidr: 10.0.0.0/8, except: [10.2.0.0/16, 10.1.0.0/16]}
                  - namespaceSelector: {matchLabels: {team: x}}
                    podSelector: {}
                ports:
                  - {port: http}
                  - {port: 1http}
                  - {protocol: UDP, port: 8000, endPort: 8100}
                  - {protocol: SCTP}
              - {}
            egress:
              - ports: [{port: 443}]
            """;
        var policy = Assert.Single(View(Folder("a:\n  podSelector: {}", spec)).Policies);
        Assert.Equal(new[] { "debug", "role", "tier", "zone" }, policy.PodSelector.MatchExpressions.Select(e => e.Key));
        Assert.Equal(new[] { "a", "b" }, policy.PodSelector.MatchExpressions[2].Values);
        Assert.True(policy.IsolatesIngress);
        Assert.True(policy.IsolatesEgress); // no policyTypes, egress rules: both
        var rule = policy.Ingress[0];
        Assert.Equal(new IpBlock("10.0.0.0/8", new[] { "10.1.0.0/16", "10.2.0.0/16" }.ToEquatableArray()), rule.Peers[0].IpBlock);
        Assert.True(rule.Peers[1].PodSelector!.IsEmpty);
        Assert.Equal(
            new[] { new PortSpec(Protocol.Tcp, null, null, "http"), new PortSpec(Protocol.Tcp, null, null, "1http"), new PortSpec(Protocol.Udp, 8000, 8100, null), new PortSpec(Protocol.Sctp, null, null, null) },
            rule.Ports);
        Assert.Equal((0, 0), (policy.Ingress[1].Peers.Count, policy.Ingress[1].Ports.Count));
        Assert.Empty(policy.Egress[0].Peers);
    }

    [Theory]
    [InlineData("podSelector: {}\n", true, false)]
    [InlineData("podSelector: {}\negress: []\n", true, false)]
    [InlineData("podSelector: {}\negress: [{}]\n", true, true)]
    [InlineData("podSelector: {}\npolicyTypes: [Egress]\n", false, true)]
    [InlineData("podSelector: {}\npolicyTypes: [Ingress]\negress: [{}]\n", true, false)]
    public void DefaultsPolicyTypesLikeTheApiServer(string spec, bool ingress, bool egress)
    {
        var policy = Assert.Single(View(Folder("a:\n  podSelector: {}", spec)).Policies);
        Assert.Equal((ingress, egress), (policy.IsolatesIngress, policy.IsolatesEgress));
    }

    [Fact]
    public void AcceptsBackslashPathsAndIgnoresOtherFolders()
    {
        var files = Files(Fixtures.MyApp()).Select(f => f with { Path = f.Path.Replace('/', '\\') }).ToList();
        files.Add(new ManifestFile("network.md", "# not yaml: | ]"));
        files.Add(new ManifestFile(".netcfg-files", "\0\u0001"));
        files.Add(new ManifestFile("other/thing.yaml", "kind: Deployment"));
        Assert.Equal(3, View(files).Policies.Count);
    }
}
