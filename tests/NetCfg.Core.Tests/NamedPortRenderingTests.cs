using System.Linq;
using NetCfg.Core.Model;
using YamlDotNet.RepresentationModel;
using NetCfg.TestKit;
using Xunit;
using static NetCfg.Core.Tests.FeatureFixtures;
using static NetCfg.Core.Tests.Fixtures;

namespace NetCfg.Core.Tests;

/// <summary>PortName: the name, never a number, in the client's egress, the server's ingress and the LocalNetworkConfig.</summary>
public sealed class NamedPortRenderingTests
{
    private static Translation.TranslationResult Result(params DependencyDeclaration[] dependencies) => Translate(Input(Config, new[]
    {
        Component("Frontend", "frontend", deps: dependencies),
        Component("Backend", "backend"),
    }));

    [Fact]
    public void BothEndsUseTheName()
    {
        var result = Result(Named("Backend", "http"));
        var egress = GuideExampleTests.Policy(result.File("networkpolicy/component-frontend.yaml")).Spec.Egress[0];
        var ingress = Assert.Single(GuideExampleTests.Policy(result.File("networkpolicy/component-backend.yaml")).Spec.Ingress);
        Assert.Equal(("TCP", "http", (int?)null), Port(Assert.Single(egress.Ports)));
        Assert.Equal(("TCP", "http", (int?)null), Port(Assert.Single(ingress.Ports)));
        Assert.Equal("backend", egress.To.Single().PodSelector.MatchLabels[Conventions.DefaultSelectorKey]);
        Assert.Equal("frontend", ingress.FromProperty.Single().PodSelector.MatchLabels[Conventions.DefaultSelectorKey]);
    }

    [Fact]
    public void TheNameIsAStringScalarInEveryFile()
    {
        var result = Result(Named("Backend", "http"));
        var egressPort = YamlNodes.Root(result.File("networkpolicy/component-frontend.yaml")).At("spec", "egress", 0, "ports", 0, "port") as YamlScalarNode;
        var ingressPort = YamlNodes.Root(result.File("networkpolicy/component-backend.yaml")).At("spec", "ingress", 0, "ports", 0, "port") as YamlScalarNode;
        var configEntry = YamlNodes.Root(result.File("platform/local-network-config.yaml")).At("spec", "components", "frontend", "dependsOn", 0) as YamlMappingNode;
        Assert.Equal("http", egressPort?.Value);
        Assert.Equal("http", ingressPort?.Value);
        Assert.Equal(new[] { ("component", "backend"), ("port", "http") }, configEntry!.Children.Select(p => (p.Key.Text()!, p.Value.Text()!)));
    }

    [Fact]
    public void AnotherProtocolIsWrittenBesideTheName()
    {
        var result = Result(Named("Backend", "dns", Protocol.Udp));
        var egress = GuideExampleTests.Policy(result.File("networkpolicy/component-frontend.yaml")).Spec.Egress[0];
        Assert.Equal(("UDP", "dns", (int?)null), Port(Assert.Single(egress.Ports)));
        var entry = YamlNodes.Root(result.File("platform/local-network-config.yaml")).At("spec", "components", "frontend", "dependsOn", 0)!;
        Assert.Equal(("dns", "UDP"), (entry.At("port").Text(), entry.At("protocol").Text()));
    }

    [Fact]
    public void NamesAndNumbersToOneServerShareARuleNumbersFirst()
    {
        var result = Result(Named("Backend", "metrics"), Dep("Backend", 8080), Named("Backend", "http"));
        var egress = Assert.Single(GuideExampleTests.Policy(result.File("networkpolicy/component-frontend.yaml")).Spec.Egress, r => r.To.Single().PodSelector is not null && r.To.Single().NamespaceSelector is null);
        Assert.Equal(new[] { ("TCP", (string?)"8080", (int?)null), ("TCP", "http", null), ("TCP", "metrics", null) }, egress.Ports.Select(Port));
        var ingress = Assert.Single(GuideExampleTests.Policy(result.File("networkpolicy/component-backend.yaml")).Spec.Ingress);
        Assert.Equal(egress.Ports.Select(Port), ingress.Ports.Select(Port));
    }

    [Fact]
    public void EveryPortOfTheProtocolAbsorbsTheName()
    {
        var result = Result(Named("Backend", "http"), Dep("Backend"));
        var egress = GuideExampleTests.Policy(result.File("networkpolicy/component-frontend.yaml")).Spec.Egress[0];
        Assert.Equal(("TCP", (string?)null, (int?)null), Port(Assert.Single(egress.Ports)));
    }

    private static (string Protocol, string? Port, int? EndPort) Port(k8s.Models.V1NetworkPolicyPort port) => (port.Protocol, port.Port?.Value, port.EndPort);
}
