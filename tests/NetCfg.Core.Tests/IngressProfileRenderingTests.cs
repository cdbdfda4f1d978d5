using System.Linq;
using NetCfg.Core.Model;
using NetCfg.TestKit;
using Xunit;
using static NetCfg.Core.Tests.FeatureFixtures;
using static NetCfg.Core.Tests.Fixtures;

namespace NetCfg.Core.Tests;

/// <summary>A profile's ingress rules go into the ingress of each component that depends on it; its egress rules stay egress.</summary>
public sealed class IngressProfileRenderingTests
{
    private static readonly string Monitoring = ProfileYaml.Head("allow-monitoring") + """
          ingress:
            - from:
                - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: monitoring}}
                  podSelector: {matchLabels: {app: prometheus}}
              ports: [{port: metrics}]
          egress:
            - to: [{ipBlock: {cidr: 10.20.0.0/16}}]
              ports: [{port: 443}]

        """;

    private static readonly string IngressOnly = ProfileYaml.Head("allow-lb") + "  ingress:\n    - from: [{ipBlock: {cidr: 192.168.0.0/16, except: [192.168.1.0/24]}}]\n";

    private static Translation.TranslationResult Result() => Translate(Input(
        Config,
        new[]
        {
            Component("Web", "web", deps: new[] { Dep("Api", 8080) }, profiles: new[] { "allow-monitoring", "allow-lb" }),
            Component("Api", "api", profiles: new[] { "allow-monitoring" }),
        },
        new[] { Parse(Monitoring + "---\n" + IngressOnly) }));

    [Fact]
    public void IngressRulesFollowTheComponentsOwnAndEgressRulesStayEgress()
    {
        var result = Result();
        Assert.True(result.Succeeded, result.Errors());
        var web = GuideExampleTests.Policy(result.File("networkpolicy/component-web.yaml"));
        var api = GuideExampleTests.Policy(result.File("networkpolicy/component-api.yaml"));

        // web: nobody depends on it, so only the two profiles' ingress rules, in profile-name order.
        Assert.Equal(2, web.Spec.Ingress.Count);
        Assert.Equal("192.168.0.0/16", web.Spec.Ingress[0].FromProperty.Single().IpBlock.Cidr);
        Assert.Equal(new[] { "192.168.1.0/24" }, web.Spec.Ingress[0].FromProperty.Single().IpBlock.Except);
        Assert.Null(web.Spec.Ingress[0].Ports);
        var monitor = web.Spec.Ingress[1].FromProperty.Single();
        Assert.Equal(("monitoring", "prometheus"), (monitor.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"], monitor.PodSelector.MatchLabels["app"]));
        Assert.Equal("metrics", web.Spec.Ingress[1].Ports.Single().Port.Value);

        // web's egress: api, the profile's egress rule, DNS. No profile ingress peer in it.
        Assert.Equal(3, web.Spec.Egress.Count);
        Assert.Equal("10.20.0.0/16", web.Spec.Egress[1].To.Single().IpBlock.Cidr);
        Assert.DoesNotContain(web.Spec.Egress.SelectMany(r => r.To), p => p.IpBlock?.Cidr == "192.168.0.0/16" || p.PodSelector?.MatchLabels?.ContainsKey("app") == true);

        // api: web's flow first, then the monitoring rule.
        Assert.Equal(2, api.Spec.Ingress.Count);
        Assert.Equal("web", api.Spec.Ingress[0].FromProperty.Single().PodSelector.MatchLabels[Conventions.DefaultSelectorKey]);
        Assert.Equal("metrics", api.Spec.Ingress[1].Ports.Single().Port.Value);
    }

    [Fact]
    public void TheLocalNetworkConfigNamesTheProfilesOnly()
    {
        var config = YamlNodes.Root(Result().File("platform/local-network-config.yaml"));
        var dependsOn = (YamlDotNet.RepresentationModel.YamlSequenceNode)config.At("spec", "components", "web", "dependsOn")!;
        Assert.Equal(new[] { "component=api", "networkProfile=allow-lb", "networkProfile=allow-monitoring" }, dependsOn.Children.Select(e =>
            e.At("networkProfile") is { } p ? "networkProfile=" + p.Text() : "component=" + e.At("component").Text()));
    }

    [Fact]
    public void AComponentWithoutTheProfileGetsNoneOfItsRules()
    {
        var result = Translate(Input(Config, new[] { Component("Web", "web", profiles: new[] { "allow-lb" }), Component("Db", "db") }, new[] { Parse(IngressOnly) }));
        var db = GuideExampleTests.Policy(result.File("networkpolicy/component-db.yaml"));
        Assert.Null(db.Spec.Ingress);
    }
}
