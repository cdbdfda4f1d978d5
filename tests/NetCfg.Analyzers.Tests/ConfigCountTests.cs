using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using NetCfg.Generators.Analyzers;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG013.</summary>
public class ConfigCountTests
{
    [Fact]
    public Task Components_without_a_config_are_a_component_library_not_an_error() =>
        NetCfgTest.For(RuleIds.ConfigCount,
            """
            using NetCfg;
            [Component("a")] public class A { }
            [Component("b")] public class B { }
            """)
            .RunAsync();

    [Fact]
    public Task A_second_config_is_reported_at_that_attribute() =>
        NetCfgTest.For(RuleIds.ConfigCount, 
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
                .WithMessage("More than one [assembly: LocalNetworkConfig] in the assembly; keep exactly one"))
            .RunAsync();

    [Fact]
    public Task One_config_or_no_components_is_silent() =>
        NetCfgTest.For(RuleIds.ConfigCount, """
            using NetCfg;
            [assembly: LocalNetworkConfig("one")]
            [Component("a")] public class A { }
            """)
            .RunAsync();

    [Fact]
    public Task No_components_and_no_config_is_silent() =>
        NetCfgTest.For(RuleIds.ConfigCount, """
            public class A { }
            """)
            .RunAsync();
}
