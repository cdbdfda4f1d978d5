using System.Linq;
using k8s;
using k8s.Models;
using Xunit;
using static NetCfg.Core.Tests.Fixtures;

namespace NetCfg.Core.Tests;

/// <summary>The platform guide's two examples, declared as the C# samples declare them.</summary>
public sealed class GuideExampleTests
{
    [Fact]
    public void MyAppLocalNetworkConfigEqualsTheGuide()
    {
        var result = Translate(MyApp());
        Assert.Equal(
            YamlStructure.Canonical(Guide("my-app-network-config.yaml")),
            YamlStructure.Canonical(result.File("platform/local-network-config.yaml")));
    }

    [Fact]
    public void MyWorkerLocalNetworkConfigEqualsTheGuide()
    {
        var result = Translate(MyWorker());
        Assert.Equal(
            YamlStructure.Canonical(Guide("my-worker-network-config.yaml")),
            YamlStructure.Canonical(result.File("platform/local-network-config.yaml")));
    }

    [Fact]
    public void MyAppEmitsTheExpectedFiles()
    {
        var paths = Translate(MyApp()).Files.Select(f => f.Path).ToArray();
        Assert.Equal(
            new[]
            {
                "networkpolicy/component-backend.yaml",
                "networkpolicy/component-frontend.yaml",
                "networkpolicy/default-deny.yaml",
                "networkpolicy/kustomization.yaml",
                "platform/kustomization.yaml",
                "platform/local-network-config.yaml",
            },
            paths);
    }

    [Fact]
    public void FrontendMayCallBackendOn8080AndBackendAcceptsIt()
    {
        var result = Translate(MyApp());
        var frontend = Policy(result.File("networkpolicy/component-frontend.yaml"));
        var backend = Policy(result.File("networkpolicy/component-backend.yaml"));

        Assert.Equal(new[] { "Ingress", "Egress" }, frontend.Spec.PolicyTypes);
        Assert.Equal("frontend", frontend.Spec.PodSelector.MatchLabels["app.kubernetes.io/name"]);
        Assert.Null(frontend.Spec.Ingress);
        var toBackend = frontend.Spec.Egress[0];
        Assert.Equal("backend", Assert.Single(toBackend.To).PodSelector.MatchLabels["app.kubernetes.io/name"]);
        Assert.Null(toBackend.To[0].NamespaceSelector);
        var port = Assert.Single(toBackend.Ports);
        Assert.Equal(("TCP", "8080"), (port.Protocol, port.Port.Value));

        Assert.Equal("backend", backend.Spec.PodSelector.MatchLabels["app.kubernetes.io/name"]);
        var fromFrontend = Assert.Single(backend.Spec.Ingress);
        Assert.Equal("frontend", Assert.Single(fromFrontend.FromProperty).PodSelector.MatchLabels["app.kubernetes.io/name"]);
        Assert.Equal(("TCP", "8080"), (fromFrontend.Ports.Single().Protocol, fromFrontend.Ports.Single().Port.Value));

        // Backend calls nothing but DNS.
        Assert.Equal(new[] { "kube-dns" }, backend.Spec.Egress.Select(r => r.To.Single().PodSelector.MatchLabels["k8s-app"]));
    }

    [Fact]
    public void WorkerGetsTheProfileRulesAndDns()
    {
        var worker = Policy(Translate(MyWorker()).File("networkpolicy/component-my-worker-app.yaml"));
        Assert.Null(worker.Spec.Ingress);
        Assert.Equal(2, worker.Spec.Egress.Count);
        var profile = worker.Spec.Egress[0];
        Assert.Equal("1.1.1.1/32", Assert.Single(profile.To).IpBlock.Cidr);
        Assert.Equal(new[] { ("TCP", "53"), ("UDP", "53") }, profile.Ports.Select(p => (p.Protocol, p.Port.Value)));
    }

    [Fact]
    public void EveryComponentGetsClusterDnsOnlyNeverDnsToAnywhere()
    {
        foreach (var file in Translate(MyApp()).Files.Where(f => f.Path.StartsWith("networkpolicy/component-")))
        {
            var dns = Policy(file.Content).Spec.Egress.Last();
            var peer = Assert.Single(dns.To);
            Assert.Equal("kube-system", peer.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"]);
            Assert.Equal("kube-dns", peer.PodSelector.MatchLabels["k8s-app"]);
            Assert.Null(peer.IpBlock);
            Assert.Equal(new[] { ("TCP", "53"), ("UDP", "53") }, dns.Ports.Select(p => (p.Protocol, p.Port.Value)));
        }
    }

    [Fact]
    public void DnsNoneRemovesTheDnsRule()
    {
        var backend = Policy(Translate(MyApp(), NoDns).File("networkpolicy/component-backend.yaml"));
        Assert.Null(backend.Spec.Egress);
        Assert.Equal(new[] { "Ingress", "Egress" }, backend.Spec.PolicyTypes);
    }

    [Fact]
    public void DefaultDenySelectsEveryPodInBothDirectionsAndAllowsNothing()
    {
        var deny = Policy(Translate(MyApp()).File("networkpolicy/default-deny.yaml"));
        Assert.Empty(deny.Spec.PodSelector.MatchLabels ?? new System.Collections.Generic.Dictionary<string, string>());
        Assert.Null(deny.Spec.PodSelector.MatchExpressions);
        Assert.Equal(new[] { "Ingress", "Egress" }, deny.Spec.PolicyTypes);
        Assert.Null(deny.Spec.Ingress);
        Assert.Null(deny.Spec.Egress);
    }

    [Fact]
    public void EveryPolicyIsManagedByNetcfgWithAUniqueValidName()
    {
        var policies = Translate(MyApp()).Files.Where(f => f.Path.StartsWith("networkpolicy/") && !f.Path.EndsWith("kustomization.yaml"))
            .Select(f => Policy(f.Content)).ToList();
        Assert.All(policies, p => Assert.Equal("netcfg", p.Metadata.Labels["app.kubernetes.io/managed-by"]));
        Assert.All(policies, p => Assert.True(Validation.KubernetesNames.IsDns1123Subdomain(p.Metadata.Name), p.Metadata.Name));
        Assert.Equal(policies.Count, policies.Select(p => p.Metadata.Name).Distinct().Count());
    }

    [Fact]
    public void NamespaceIsSetOnEveryObjectWhenDeclared()
    {
        var input = MyApp() with { Configs = new[] { new Model.ConfigDeclaration("my-app-network-config", "shop") }.ToEquatableArray() };
        var result = Translate(input);
        Assert.Contains("namespace: shop", result.File("platform/local-network-config.yaml"));
        foreach (var file in result.Files.Where(f => f.Path.StartsWith("networkpolicy/") && !f.Path.EndsWith("kustomization.yaml")))
        {
            Assert.Equal("shop", Policy(file.Content).Metadata.NamespaceProperty);
        }
    }

    internal static V1NetworkPolicy Policy(string yaml) => KubernetesYaml.Deserialize<V1NetworkPolicy>(yaml, strict: true);
}
