using System.Threading.Tasks;
using System.Linq;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG030-035 where the user sees them: in the workload file, at the attribute argument, at the config.</summary>
public class WorkloadFileTests
{
    private const string Backend = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: backend
          namespace: shop
        spec:
          template:
            metadata:
              labels:
                app.kubernetes.io/name: backend
            spec:
              containers:
                - name: api
                  ports:
                    - name: http
                      containerPort: 8080
        """;

    private const string Source = """
        using NetCfg;
        [assembly: LocalNetworkConfig("cfg", Namespace = "shop")]
        [Component("frontend")] [DependsOn(typeof(Backend), Port = 8080)] [DependsOn(typeof(Backend), PortName = "http")] class Frontend { }
        [Component("backend")] class Backend { }
        """;

    private const string Frontend = "---\napiVersion: v1\nkind: Pod\nmetadata: {name: frontend, labels: {app.kubernetes.io/name: frontend}}\nspec: {containers: [{name: web}]}\n";

    [Fact]
    public Task Workloads_that_fit_give_nothing() =>
        NetCfgTest.For(RuleIds.Analyzer.ToArray(), Source).WithWorkload("/deploy/app.yaml", Backend + "\n" + Frontend).RunAsync();

    [Fact]
    public Task A_label_value_Kubernetes_rejects_is_reported_in_the_file() =>
        NetCfgTest.For(RuleIds.MalformedWorkload, Source)
            .WithWorkload("/deploy/app.yaml", Backend.Replace("app.kubernetes.io/name: backend", "app.kubernetes.io/name: {|#0:\"-backend\"|}"))
            .Expect(Code.Diagnostic("NETCFG030").WithLocation(0).WithMessage("Malformed workload file: label value '-backend': a label value must be empty or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"))
            .RunAsync();

    [Fact]
    public Task A_named_port_the_target_lacks_is_reported_at_PortName_and_a_number_at_Port() =>
        NetCfgTest.For(new[] { RuleIds.UndeclaredPortName, RuleIds.UndeclaredPort }, """
            using NetCfg;
            [assembly: LocalNetworkConfig("cfg", Namespace = "shop")]
            [Component("frontend")] [DependsOn(typeof(Backend), {|#0:Port = 9000|})] [DependsOn(typeof(Backend), {|#1:PortName = "grpc"|})] class Frontend { }
            [Component("backend")] class Backend { }
            """)
            .WithWorkload("/deploy/app.yaml", Backend + "\n" + Frontend)
            .Expect(
                Code.Diagnostic("NETCFG034", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithLocation("/deploy/app.yaml", 4, 9),
                Code.Diagnostic("NETCFG033").WithLocation(1).WithLocation("/deploy/app.yaml", 4, 9))
            .RunAsync();

    [Fact]
    public Task Uncovered_workloads_and_empty_components_are_reported_at_the_config_and_the_component() =>
        NetCfgTest.For(new[] { RuleIds.SelectsNoWorkload, RuleIds.UncoveredWorkload }, """
            using NetCfg;
            [assembly: {|#0:LocalNetworkConfig("cfg", Namespace = "shop")|}]
            [{|#1:Component("frontend")|}] class Frontend { }
            """)
            .WithWorkload("/deploy/app.yaml", Backend)
            .Expect(
                Code.Diagnostic("NETCFG032", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithLocation("/deploy/app.yaml", 4, 9)
                    .WithMessage("Deployment/backend (/deploy/app.yaml(4,9)) is selected by no component of 'cfg': the default-deny policy of namespace 'shop' leaves its pods no traffic at all, not even DNS"),
                Code.Diagnostic("NETCFG031", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1))
            .RunAsync();

    [Fact]
    public Task Without_workload_items_nothing_is_checked() =>
        NetCfgTest.For(RuleIds.Analyzer.ToArray(), Source).WithOtherFile("/deploy/app.yaml", "kind: [").RunAsync();

    [Fact]
    public Task A_file_both_profile_and_workload_is_read_as_both()
    {
        // One additional file with both marks, as the targets give a path listed in both items.
        var test = NetCfgTest.For(RuleIds.Analyzer.ToArray(), Source.Replace("class Backend { }", "[DependsOnProfile(\"dns\")] class Backend { }"))
            .WithProfile("/deploy/app.yaml", Backend + "\n" + Frontend + "---\n" + NetCfg.TestKit.ProfileYaml.Dns("dns"));
        Profiles.AddSection(test.TestState, "/deploy/app.yaml", "build_metadata.AdditionalFiles.NetCfgWorkload = true");
        return test.RunAsync();
    }

    [Fact]
    public Task A_file_both_profile_and_workload_reports_a_workload_mistake_once()
    {
        var test = NetCfgTest.For(RuleIds.Analyzer.ToArray(), Source)
            .WithProfile("/deploy/app.yaml", Backend.Replace("containerPort: 8080", "containerPort: {|#0:0|}") + "\n" + Frontend)
            .Expect(Code.Diagnostic("NETCFG030").WithLocation(0).WithMessage("Malformed workload file: port 0 is outside 1-65535"));
        Profiles.AddSection(test.TestState, "/deploy/app.yaml", "build_metadata.AdditionalFiles.NetCfgWorkload = true");
        return test.RunAsync();
    }
}
