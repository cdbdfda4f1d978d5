using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Generators.Analyzers;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG013.</summary>
public class ConfigCountTests
{
    [Fact]
    public Task Components_without_a_config_are_reported_once_at_the_first_component() =>
        new NetCfgTest<ConfigCountAnalyzer>(
            """
            using NetCfg;
            [{|#0:Component("a")|}] public class A { }
            [Component("b")] public class B { }
            """,
            """
            using NetCfg;
            [Component("c")] public class C { }
            """)
            .Expect(Code.Diagnostic("NETCFG013").WithLocation(0)
                .WithMessage("Components are declared but the assembly has no config; add [assembly: LocalNetworkConfig(\"test-project-network-config\")] to one file"))
            .RunAsync();

    [Fact]
    public Task A_second_config_is_reported_at_that_attribute() =>
        new NetCfgTest<ConfigCountAnalyzer>(
            """
            using NetCfg;
            [assembly: {|#1:LocalNetworkConfig("one")|}]
            [Component("a")] public class A { }
            """,
            """
            using NetCfg;
            [assembly: {|#0:{|CS0579:LocalNetworkConfig|}("two")|}]
            """)
            .Expect(Code.Diagnostic("NETCFG013").WithLocation(0).WithLocation(1)
                .WithMessage("More than one [assembly: LocalNetworkConfig] in the assembly; keep exactly one (the first is at Test0.cs(2,12))"))
            .RunAsync();

    [Fact]
    public Task One_config_or_no_components_is_silent() =>
        new NetCfgTest<ConfigCountAnalyzer>("""
            using NetCfg;
            [assembly: LocalNetworkConfig("one")]
            [Component("a")] public class A { }
            """)
            .RunAsync();

    [Fact]
    public Task No_components_and_no_config_is_silent() =>
        new NetCfgTest<ConfigCountAnalyzer>("""
            public class A { }
            """)
            .RunAsync();

    [Theory]
    [InlineData("MyApp", "my-app-network-config")]
    [InlineData("Contoso.Shop.API", "contoso-shop-api-network-config")]
    [InlineData("worker_2", "worker-2-network-config")]
    [InlineData("___", "network-config")]
    [InlineData(null, "network-config")]
    public void Suggested_config_names_are_DNS_subdomains(string? assembly, string expected) =>
        Assert.Equal(expected, ConfigCountAnalyzer.SuggestName(assembly));
}
