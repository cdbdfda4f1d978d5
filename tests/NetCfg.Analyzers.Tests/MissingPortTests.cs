using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using NetCfg.Generators.Analyzers;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG011.</summary>
public class MissingPortTests
{
    [Fact]
    public Task A_component_dependency_without_Port_is_reported_at_the_attribute() =>
        NetCfgTest.For(RuleIds.MissingPort, Code.Header + """
            [Component("frontend")]
            [{|#0:DependsOn(typeof(Backend))|}]
            [{|#1:DependsOn<Backend>(Protocol = NetworkProtocol.Udp)|}]
            public class Frontend { }

            [Component("backend")] public class Backend { }
            """)
            .Expect(
                Code.Diagnostic("NETCFG011", DiagnosticSeverity.Warning).WithLocation(0)
                    .WithMessage("The dependency on 'Backend' has no Port, so it allows every TCP port; set Port (and EndPort for a range)"),
                Code.Diagnostic("NETCFG011", DiagnosticSeverity.Warning).WithLocation(1)
                    .WithMessage("The dependency on 'Backend' has no Port, so it allows every UDP port; set Port (and EndPort for a range)"))
            .RunAsync();

    [Fact]
    public Task Dependencies_with_a_port_or_on_non_components_are_silent() =>
        NetCfgTest.For(RuleIds.MissingPort, Code.Header + """
            [Component("frontend")]
            [DependsOn(typeof(Backend), Port = 80)]
            [DependsOn(typeof(Backend), EndPort = 80)]
            [DependsOn(typeof(NotAComponent))]
            [DependsOnProfile("dns")]
            public class Frontend { }

            [Component("backend")] public class Backend { }
            public class NotAComponent { }
            """)
            .RunAsync();
}
