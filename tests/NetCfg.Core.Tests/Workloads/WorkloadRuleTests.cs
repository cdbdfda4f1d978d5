using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Profiles;
using NetCfg.Core.Rules;
using NetCfg.Core.Workloads;
using Xunit;
using static NetCfg.Core.Tests.Fixtures;
using static NetCfg.TestKit.WorkloadYaml;

namespace NetCfg.Core.Tests.Workloads;

/// <summary>The rule book's workload rules (NETCFG031-035), on declarations and Deployments written by KubernetesClient.</summary>
public class WorkloadRuleTests
{
    private static readonly ConfigDeclaration Shop = new("shop-network", "shop");

    private static ComponentDeclaration Web(params DependencyDeclaration[] deps) => Component("Web", "web", new[] { L("app", "web") }, deps);

    private static ComponentDeclaration Api(string[]? profiles = null) => Component("Api", "api", new[] { L("app", "api") }, profiles: profiles);

    private static Problem[] Check(TranslationInput input, params string[] files) =>
        DeclarationCheck.Run(input, files.Select((text, i) => WorkloadParser.Parse($"deploy/{i}.yaml", text)).ToList()).Problems
            .Where(p => p.Id.CompareTo(RuleIds.MalformedWorkload) >= 0).ToArray();

    private static readonly string WebPods = Deployment("web", new[] { "app=web" });
    private static readonly string ApiPods = Deployment("api", new[] { "app=api", "tier=backend" }, new[] { "http:8080", "metrics:9090/TCP", "dns:53/UDP" });

    [Fact]
    public void Workloads_that_fit_the_declarations_give_nothing()
    {
        var input = Input(Shop, new[] { Web(Dep("Api", 8080), DepOn("api", portName: "http"), Dep("Api", 50, 60, Protocol.Udp)), Api() });
        Assert.Empty(Check(input, WebPods + "---\n" + ApiPods));
    }

    [Fact]
    public void Without_workload_files_nothing_is_checked()
    {
        Assert.Empty(Check(Input(Shop, new[] { Web(Dep("Api", 1234)), Api() })));
    }

    [Fact]
    public void A_component_that_selects_no_workload_is_reported_at_its_Component_attribute()
    {
        var problem = Assert.Single(Check(Input(Shop, new[] { Web(), Api() }), WebPods, Deployment("api", new[] { "app=api-v2" })), p => p.Id == RuleIds.SelectsNoWorkload);
        Assert.Equal(ProblemSite.On("Api", AttributeKind.Component, 0), problem.Site);
        Assert.Contains("'api' selects no workload of namespace 'shop'", problem.Message);
        Assert.Contains("Deployment/api (deploy/1.yaml(4,9)) has app: api-v2", problem.Message);
    }

    [Fact]
    public void A_workload_no_component_selects_is_reported_at_the_config_naming_its_file_and_line()
    {
        var problem = Assert.Single(Check(Input(Shop, new[] { Web() }), WebPods + "---\n" + Deployment("batch", new[] { "app=batch" })));
        Assert.Equal(RuleIds.UncoveredWorkload, problem.Id);
        Assert.Equal(ProblemSite.OnConfig(0), problem.Site);
        Assert.Equal(ProblemSite.InFile("deploy/0.yaml", 22, 9), Assert.Single(problem.Also));
        Assert.StartsWith("Deployment/batch (deploy/0.yaml(22,9)) is selected by no component of 'shop-network': the default-deny policy of namespace 'shop'", problem.Message);
    }

    [Fact]
    public void Workloads_of_other_namespaces_are_not_the_networks()
    {
        Assert.Empty(Check(Input(Shop, new[] { Web() }), WebPods, Deployment("batch", new[] { "app=batch" }, ns: "ops")));
        Assert.Single(Check(Input(Shop, new[] { Web() }), WebPods, Deployment("batch", new[] { "app=batch" }, ns: "shop")));
    }

    [Theory]
    [InlineData("http", Protocol.Tcp, false)]
    [InlineData("grpc", Protocol.Tcp, true)]
    [InlineData("dns", Protocol.Udp, false)]
    [InlineData("http", Protocol.Udp, true)]
    public void A_port_name_no_target_container_declares_with_that_protocol_is_reported_at_PortName(string name, Protocol protocol, bool reported)
    {
        var dep = new DependencyDeclaration(TargetRef.ByName("api"), null, null, (int)protocol, name);
        var problems = Check(Input(Shop, new[] { Web(dep), Api() }), WebPods, ApiPods);
        Assert.Equal(reported ? 1 : 0, problems.Length);
        if (!reported) return;
        Assert.Equal(RuleIds.UndeclaredPortName, problems[0].Id);
        Assert.Equal(ProblemSite.On("Web", AttributeKind.DependsOn, 0, Arguments.PortName), problems[0].Site);
        Assert.Contains($"port named '{name}' (Deployment/api (deploy/1.yaml(4,9)) declares dns 53/UDP, http 8080/TCP, metrics 9090/TCP)", problems[0].Message);
    }

    [Theory]
    [InlineData(8080, null, Protocol.Tcp, false)]
    [InlineData(8081, null, Protocol.Tcp, true)]
    [InlineData(8000, 8100, Protocol.Tcp, false)]
    [InlineData(8080, null, Protocol.Sctp, true)]
    [InlineData(53, null, Protocol.Udp, false)]
    public void A_port_number_no_target_container_declares_is_reported_at_Port(int port, int? endPort, Protocol protocol, bool reported)
    {
        var problems = Check(Input(Shop, new[] { Web(Dep("Api", port, endPort, protocol)), Api() }), WebPods, ApiPods);
        Assert.Equal(reported ? 1 : 0, problems.Length);
        if (reported) Assert.Equal((RuleIds.UndeclaredPort, ProblemSite.On("Web", AttributeKind.DependsOn, 0, Arguments.Port)), (problems[0].Id, problems[0].Site));
    }

    [Fact]
    public void A_port_check_waits_while_the_target_selects_nothing()
    {
        var problems = Check(Input(Shop, new[] { Web(Dep("Api", 1)), Api() }), WebPods);
        Assert.Equal(RuleIds.SelectsNoWorkload, Assert.Single(problems).Id);
    }

    [Fact]
    public void A_profile_ingress_rule_on_a_port_name_the_components_pods_lack_is_reported_at_the_profile_reference()
    {
        var profile = ProfileParser.Parse("profiles/scrape.yaml", """
            apiVersion: networking.tcs.trifork.com/v1alpha1
            kind: NetworkProfile
            metadata:
              name: scrape
            spec:
              ingress:
                - from:
                    - namespaceSelector:
                        matchLabels:
                          kubernetes.io/metadata.name: monitoring
                  ports:
                    - port: metrics
                    - port: admin
            """);
        var input = Input(Shop, new[] { Web(), Api(new[] { "scrape" }) }, new[] { profile });
        var problem = Assert.Single(Check(input, WebPods, ApiPods));
        Assert.Equal((RuleIds.UndeclaredPortName, ProblemSite.On("Api", AttributeKind.DependsOnProfile, 0, Arguments.First)), (problem.Id, problem.Site));
        Assert.Contains("port named 'admin'", problem.Message);
        Assert.Contains("profile 'scrape' admits ingress on it", problem.Message);
    }

    [Fact]
    public void A_workload_two_different_selectors_select_is_reported_once()
    {
        var tier = Component("Backend", "backend", new[] { L("tier", "backend") });
        var problem = Assert.Single(Check(Input(Shop, new[] { Web(), Api(), tier }), WebPods, ApiPods));
        Assert.Equal((RuleIds.WorkloadSelectedTwice, ProblemSite.OnConfig(0)), (problem.Id, problem.Site));
        Assert.StartsWith("Deployment/api (deploy/1.yaml(4,9)) is selected by 2 components: 'api' and 'backend'", problem.Message);
    }

    [Fact]
    public void Identical_selectors_are_left_to_NETCFG008()
    {
        var twin = Component("Twin", "twin", new[] { L("app", "api") });
        Assert.Empty(Check(Input(Shop, new[] { Web(), Api(), twin }), WebPods, ApiPods));
    }

    [Fact]
    public void A_component_library_checks_nothing_and_a_config_checks_the_libraries_components()
    {
        var libraryApi = Component("Lib.Api", "api", new[] { L("app", "api") }, assembly: "Lib");
        Assert.Empty(Check(Input(null, new[] { Web(DepOn("api", 1)) }), WebPods, ApiPods));
        var export = new ComponentExport("Lib", null, new[] { libraryApi }.ToEquatableArray(), null);
        var problem = Assert.Single(Check(Input(Shop, new[] { Web() }, imports: new[] { export }), WebPods));
        Assert.Equal((RuleIds.SelectsNoWorkload, ProblemSite.OnConfig(0)), (problem.Id, problem.Site));
        Assert.Contains("api (Lib.Api in Lib)", problem.Message);
    }

    [Fact]
    public void A_malformed_file_is_NETCFG030_at_its_place_and_holds_the_other_checks()
    {
        var problems = Check(Input(Shop, new[] { Web(Dep("Api", 1)), Api() }), "kind: Deployment\nspec: [\n");
        var problem = Assert.Single(problems);
        Assert.Equal(RuleIds.MalformedWorkload, problem.Id);
        Assert.Equal(SiteKind.File, problem.Site.Kind);
        Assert.StartsWith("Malformed workload file: invalid YAML", problem.Message);
    }
}
