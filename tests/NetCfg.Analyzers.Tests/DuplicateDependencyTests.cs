using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using NetCfg.Generators.Analyzers;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG010.</summary>
public class DuplicateDependencyTests
{
    private const string Backend = "\n[Component(\"backend\")] public class Backend { }\n";

    [Fact]
    public Task The_second_declaration_is_reported_at_its_attribute() =>
        NetCfgTest.For(RuleIds.DuplicateDependency, Code.Header + """
            [Component("frontend")]
            [DependsOn(typeof(Backend), Port = 8080)]
            [{|#0:DependsOn<Backend>(Port = 8080, Protocol = NetworkProtocol.Tcp)|}]
            public class Frontend { }
            """ + Backend)
            .Expect(Code.Diagnostic("NETCFG010", DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("The dependency on 'Backend' (TCP 8080) is already declared on 'Frontend'"))
            .RunAsync();

    [Fact]
    public Task Repeated_profiles_and_ranges_are_reported() =>
        NetCfgTest.For(RuleIds.DuplicateDependency, Code.Header + """
            [Component("frontend")]
            [DependsOnProfile("dns"), {|#0:DependsOnProfile("dns")|}]
            [DependsOn(typeof(Backend), Port = 80, EndPort = 90)]
            [{|#1:DependsOn(typeof(Backend), EndPort = 90, Port = 80)|}]
            [DependsOn(typeof(Backend), Port = 70)]
            [{|#2:DependsOn(typeof(Backend), Port = 70, EndPort = 70)|}]
            public class Frontend { }
            """ + Backend)
            .Expect(
                Code.Diagnostic("NETCFG010", DiagnosticSeverity.Warning).WithLocation(0).WithMessage("The dependency on profile 'dns' is already declared on 'Frontend'"),
                Code.Diagnostic("NETCFG010", DiagnosticSeverity.Warning).WithLocation(1).WithMessage("The dependency on 'Backend' (TCP 80-90) is already declared on 'Frontend'"),
                Code.Diagnostic("NETCFG010", DiagnosticSeverity.Warning).WithLocation(2).WithMessage("The dependency on 'Backend' (TCP 70) is already declared on 'Frontend'"))
            .RunAsync();

    [Fact]
    public Task Different_ports_protocols_targets_and_profiles_are_silent() =>
        NetCfgTest.For(RuleIds.DuplicateDependency, Code.Header + """
            [Component("frontend")]
            [DependsOn(typeof(Backend), Port = 8080)]
            [DependsOn(typeof(Backend), Port = 8081)]
            [DependsOn(typeof(Backend), Port = 8080, Protocol = NetworkProtocol.Udp)]
            [DependsOn(typeof(Backend), Port = 8080, EndPort = 8081)]
            [DependsOn(typeof(Frontend), Port = 8080)]
            [DependsOn(typeof(Backend))]
            [DependsOnProfile("dns")]
            [DependsOnProfile("dns-2")]
            public class Frontend { }
            """ + Backend)
            .RunAsync();
}
