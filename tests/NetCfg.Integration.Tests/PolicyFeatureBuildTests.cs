using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using k8s;
using k8s.Models;
using NetCfg.Oracle;
using NetCfg.TestKit.Builds;
using Xunit;
using YamlDotNet.RepresentationModel;
using NetCfg.TestKit;

namespace NetCfg.Integration.Tests;

/// <summary>
/// Issue 11 in a real build: a project with an ingress profile, a named port and expressions builds, its folders build
/// with kubectl kustomize, the policies do what the declarations say (by the oracle), and the DNS properties give the
/// README's DNS rules or NETCFG020. One compile; each DNS variant renders into a folder of its own.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class PolicyFeatureBuildTests : IClassFixture<PolicyFeatureBuildTests.Shop>
{
    private readonly Shop shop;

    public PolicyFeatureBuildTests(Shop shop) => this.shop = shop;

    [Fact]
    public void TheProjectBuildsAndKubectlKustomizeBuildsBothFolders()
    {
        Assert.Equal(
            new[] { "network-sources.yaml", "network.md", "networkpolicy/component-api.yaml", "networkpolicy/component-web.yaml", "networkpolicy/default-deny.yaml", "networkpolicy/kustomization.yaml", "platform/kustomization.yaml", "platform/local-network-config.yaml" },
            TempProject.Tree(shop.Default).Where(f => !f.StartsWith(".netcfg", StringComparison.Ordinal)));
        foreach (var (folder, kind) in new[] { ("platform", "kind: LocalNetworkConfig"), ("networkpolicy", "kind: NetworkPolicy") })
        {
            var result = Processes.Run("kubectl", $"kustomize \"{Path.Combine(shop.Default, folder)}\"", shop.Project.Directory, 60);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains(kind, result.Output);
        }
    }

    [Fact]
    public void TheLocalNetworkConfigHoldsTheSelectorsTheNamedPortAndTheProfile()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(shop.Default, "platform", "local-network-config.yaml"))));
        var components = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)stream.Documents.Single().RootNode).Children["spec"]).Children["components"];
        Assert.Equal(
            "{podSelector: {matchLabels: {app: shop}, matchExpressions: [{key: tier, operator: In, values: [edge, web]}]}, "
            + "dependsOn: [{component: api, port: http}, {networkProfile: allow-monitoring}]}",
            Flow(components.Children["web"]));
        Assert.Equal(
            "{podSelector: {matchExpressions: [{key: canary, operator: DoesNotExist}, {key: tier, operator: In, values: [api]}]}}",
            Flow(components.Children["api"]));
    }

    // A YAML node in flow style, in file order.
    private static string Flow(YamlNode node) => node switch
    {
        YamlMappingNode map => "{" + string.Join(", ", map.Children.Select(p => Flow(p.Key) + ": " + Flow(p.Value))) + "}",
        YamlSequenceNode seq => "[" + string.Join(", ", seq.Children.Select(Flow)) + "]",
        _ => ((YamlScalarNode)node).Value ?? "~",
    };

    [Fact]
    public void ThePoliciesAllowTheDeclaredFlowsAndNothingElse()
    {
        var cluster = shop.Cluster(shop.Default);
        var web = Pod("shop", "10.1.0.1", null, ("app", "shop"), ("tier", "web"));
        var api = Pod("shop", "10.1.0.2", ("http", 8080), ("tier", "api"));
        var apiWithoutTheName = Pod("shop", "10.1.0.3", null, ("tier", "api"));
        var canary = Pod("shop", "10.1.0.4", ("http", 8080), ("tier", "api"), ("canary", "yes"));
        var prometheus = Pod("monitoring", "10.2.0.1", null, ("app", "prometheus"));
        var webWithMetrics = Pod("shop", "10.1.0.5", ("metrics", 9090), ("app", "shop"), ("tier", "edge"));
        var elsewhere = Pod("default", "10.3.0.1", null, ("app", "prometheus"));

        Assert.True(cluster.Allowed(web, api, "TCP", 8080));
        Assert.False(cluster.Allowed(web, api, "TCP", 8081));
        Assert.False(cluster.Allowed(web, apiWithoutTheName, "TCP", 8080)); // the name resolves on the destination pod
        Assert.False(cluster.Allowed(web, canary, "TCP", 8080)); // canary DoesNotExist: not an api pod
        Assert.False(cluster.Allowed(api, web, "TCP", 8080));
        Assert.True(cluster.Allowed(prometheus, webWithMetrics, "TCP", 9090)); // the ingress profile rule
        Assert.False(cluster.Allowed(prometheus, webWithMetrics, "TCP", 9091));
        Assert.False(cluster.Allowed(elsewhere, webWithMetrics, "TCP", 9090));
        Assert.False(cluster.Allowed(prometheus, api, "TCP", 8080)); // api does not use the profile
        Assert.True(cluster.Allowed(web, new ExternalEndpoint("10.20.0.1"), "TCP", 443)); // the profile's egress rule
        Assert.False(cluster.Allowed(api, new ExternalEndpoint("10.20.0.1"), "TCP", 443));
    }

    public static TheoryData<string, string[], string> Variants() => new()
    {
        { "-p:NetCfgDns=NodeLocal", new[] { "kube-system k8s-app=kube-dns TCP/53 UDP/53", "169.254.20.10/32 TCP/53 UDP/53" }, "nodelocal" },
        { "-p:NetCfgDns=None", Array.Empty<string>(), "none" },
        { "-p:NetCfgAllowDns=false", Array.Empty<string>(), "disallowed" },
        {
            "-p:NetCfgDnsNamespace=openshift-dns -p:NetCfgDnsPodLabel=dns.operator.openshift.io/daemonset-dns=default -p:NetCfgDnsPort=5353",
            new[] { "openshift-dns dns.operator.openshift.io/daemonset-dns=default TCP/5353 UDP/5353" },
            "openshift"
        },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void EachDnsVariantGivesItsRules(string properties, string[] dnsRules, string folder)
    {
        var dir = shop.Render(properties, folder);
        foreach (var component in new[] { "api", "web" })
        {
            var policy = KubernetesYaml.Deserialize<V1NetworkPolicy>(File.ReadAllText(Path.Combine(dir, "networkpolicy", $"component-{component}.yaml")), strict: true);
            var rules = (policy.Spec.Egress ?? new List<V1NetworkPolicyEgressRule>()).Select(Shown).Where(r => r.Contains("dns", StringComparison.Ordinal) || r.StartsWith("169.254.", StringComparison.Ordinal));
            Assert.Equal(dnsRules, rules);
        }
    }

    [Fact]
    public void ChangingADnsPropertyAloneRendersTheManifestsAgain()
    {
        var dir = shop.Render("-p:NetCfgDns=NodeLocal", "changed");
        Assert.Contains("169.254.20.10/32", File.ReadAllText(Path.Combine(dir, "networkpolicy", "component-api.yaml")));
        shop.Render("-p:NetCfgDns=None", "changed");
        Assert.DoesNotContain("169.254.20.10/32", File.ReadAllText(Path.Combine(dir, "networkpolicy", "component-api.yaml")));
    }

    [Fact]
    public void AnInvalidDnsPortFailsTheBuildWithNetcfg020AtTheProjectFile()
    {
        var result = shop.Project.Build($"-p:NetCfgDnsPort=0 -p:NetCfgManifestsDir={shop.Folder("bad")}/");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"{shop.Project.ProjectFile} : error NETCFG020: NetCfgDnsPort must be a port number from 1 to 65535, not '0'.", result.Output);
        Assert.DoesNotContain(TempProject.Tree(shop.Folder("bad")), f => f.EndsWith(".yaml", StringComparison.Ordinal));
    }

    // "namespace label=value PROTOCOL/port ..." for a DNS rule, "cidr PROTOCOL/port ..." for an ipBlock rule.
    private static string Shown(V1NetworkPolicyEgressRule rule)
    {
        var peer = rule.To.Single();
        var ports = string.Join(" ", rule.Ports.Select(p => $"{p.Protocol}/{p.Port.Value}"));
        return peer.IpBlock is { } block ? $"{block.Cidr} {ports}"
            : peer.NamespaceSelector is null ? "component " + ports
            : $"{peer.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"]} {string.Join(",", peer.PodSelector.MatchLabels.Select(l => l.Key + "=" + l.Value))} {ports}";
    }

    private static PodEndpoint Pod(string ns, string ip, (string Name, int Port)? port, params (string Key, string Value)[] labels) =>
        new(new NetCfg.Oracle.Pod(ns, labels.ToDictionary(l => l.Key, l => l.Value), ip, port is { } p ? new[] { new ContainerPort(p.Name, p.Port) } : null));

    /// <summary>The project, built once (default options); each DNS variant then renders into a folder of its own.</summary>
    public sealed class Shop : IDisposable
    {
        public Shop()
        {
            Project = new TempProject("Shop", extraProject: "<ItemGroup><NetworkProfile Include=\"profiles/*.yaml\" /></ItemGroup>")
                .Source("Components.cs", Components)
                .File("profiles/monitoring.yaml", Monitoring);
            Default = Render(string.Empty, "default");
        }

        public TempProject Project { get; }

        /// <summary>The manifests of the default build.</summary>
        public string Default { get; }

        public string Folder(string name) => Path.Combine(Project.Directory, "out", name);

        /// <summary>Builds with these properties into out/<paramref name="folder"/> and returns that folder.</summary>
        public string Render(string properties, string folder)
        {
            var result = Project.Build($"{properties} -p:NetCfgManifestsDir={Folder(folder)}/");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains($"NetCfg -> {Folder(folder)}/", result.Output);
            return Folder(folder);
        }

        public Cluster Cluster(string dir) => new(
            new[] { "shop", "monitoring", "default", "kube-system" },
            SampleBuild.Policies(dir));

        public void Dispose() => Project.Dispose();

        private const string Components = """
            using NetCfg;

            [assembly: LocalNetworkConfig("shop-network", Namespace = "shop")]

            [Component("web")]
            [MatchLabel("app", "shop")]
            [MatchExpression("tier", LabelOperator.In, "web", "edge")]
            [DependsOn(typeof(Api), PortName = "http")]
            [DependsOnProfile("allow-monitoring")]
            public partial class Web { }

            [Component("api")]
            [MatchExpression("tier", LabelOperator.In, "api")]
            [MatchExpression("canary", LabelOperator.DoesNotExist)]
            public partial class Api { }
            """;

        private static readonly string Monitoring = ProfileYaml.Head("allow-monitoring") + """
              ingress:
                - from:
                    - namespaceSelector:
                        matchLabels:
                          kubernetes.io/metadata.name: monitoring
                      podSelector:
                        matchLabels:
                          app: prometheus
                  ports:
                    - port: metrics
              egress:
                - to:
                    - ipBlock:
                        cidr: 10.20.0.0/16
                  ports:
                    - port: 443

            """;
    }
}
