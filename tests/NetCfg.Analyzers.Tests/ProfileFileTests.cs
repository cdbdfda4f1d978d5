using System.Threading.Tasks;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using NetCfg.Generators.Analyzers;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG009 (existing analyzer, kept working).</summary>
public class ProfileFileTests
{
    [Fact]
    public Task A_bad_cidr_is_reported_at_its_line_and_column_in_the_file() =>
        NetCfgTest.For(RuleIds.MalformedProfile)
            .WithProfile("/profiles/dns.yaml", """
                apiVersion: networking.tcs.trifork.com/v1alpha1
                kind: NetworkProfile
                metadata:
                  name: dns
                spec:
                  egress:
                    - to:
                        - ipBlock:
                            cidr: {|#0:1.1.1.1/24|}
                """)
            .Expect(Code.Diagnostic("NETCFG009").WithLocation(0)
                .WithMessage("Malformed NetworkProfile file: '1.1.1.1/24' has bits set beyond the prefix length; did you mean '1.1.1.0/24'?"))
            .RunAsync();

    [Fact]
    public Task Another_kind_is_skipped_and_a_reference_to_a_misspelled_kind_stays_NETCFG001() =>
        NetCfgTest.For(new[] { RuleIds.MalformedProfile, RuleIds.UnknownProfile }, Code.Header + "[Component(\"a\")] [DependsOnProfile({|#0:\"dns\"|})] class A { }")
            .WithProfile("/profiles/dns.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                data: {a: b}
                ---
                apiVersion: networking.tcs.trifork.com/v1alpha1
                kind: NetworkProfil
                metadata:
                  name: dns
                spec:
                  egress: []
                """)
            .Expect(Code.Diagnostic("NETCFG001").WithLocation(0).WithMessage("No NetworkProfile file declares profile 'dns'"))
            .RunAsync();

    [Fact]
    public Task A_malformed_yaml_file_that_is_not_a_NetworkProfile_item_is_silent() =>
        NetCfgTest.For(RuleIds.MalformedProfile)
            .WithOtherFile("/config/settings.yaml", "kind: [")
            .WithProfile("/profiles/dns.yaml", ProfileYaml.Dns("dns"))
            .RunAsync();
}

/// <summary>Diagnostics in YAML files take their severity from a global config (.globalconfig), not from [*.cs] sections.</summary>
public class ProfileSeverityTests
{
    [Fact]
    public Task A_globalconfig_lowers_the_severity_of_a_profile_diagnostic()
    {
        var test = NetCfgTest.For(RuleIds.MalformedProfile)
            .WithProfile("/profiles/dns.yaml", """
                apiVersion: {|#0:v1|}
                kind: NetworkProfile
                metadata:
                  name: dns
                spec:
                  egress: []
                """)
            .Expect(Code.Diagnostic("NETCFG009", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.NETCFG009.severity = warning\n"));
        return test.RunAsync();
    }
}
