using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG004 for PortName, at the PortName argument; and what a named port means to NETCFG010 and NETCFG011.</summary>
public class PortNameTests
{
    private const string Backend = "\n[Component(\"backend\")] public class Backend { }\n";

    private const string Rule = "1-15 lowercase letters, digits and '-', at least one letter, no leading, trailing or double '-'";

    [Fact]
    public Task PortName_with_Port_or_EndPort_is_reported_at_PortName() =>
        NetCfgTest.For(RuleIds.InvalidPort, Code.Header + """
            [Component("frontend")]
            [DependsOn(typeof(Backend), Port = 80, {|#0:PortName = "http"|})]
            [DependsOn<Backend>({|#1:PortName = "http"|}, Port = 80, EndPort = 90)]
            [DependsOn(typeof(Backend), {|#2:EndPort = 90|}, {|#3:PortName = "http"|})]
            public class Frontend { }
            """ + Backend)
            .Expect(
                Code.Diagnostic("NETCFG004").WithLocation(0).WithMessage("Invalid dependency port: PortName cannot be combined with Port or EndPort; a named port stands for one port of the destination pods"),
                Code.Diagnostic("NETCFG004").WithLocation(1).WithMessage("Invalid dependency port: PortName cannot be combined with Port or EndPort; a named port stands for one port of the destination pods"),
                Code.Diagnostic("NETCFG004").WithLocation(2).WithMessage("Invalid dependency port: EndPort needs a Port (the start of the range)"),
                Code.Diagnostic("NETCFG004").WithLocation(3).WithMessage("Invalid dependency port: PortName cannot be combined with Port or EndPort; a named port stands for one port of the destination pods"))
            .RunAsync();

    [Theory]
    [InlineData("HTTP")]
    [InlineData("")]
    [InlineData("8080")]
    [InlineData("a--b")]
    [InlineData("-http")]
    [InlineData("http-")]
    [InlineData("h_1")]
    [InlineData("abcdefghijklmnop")]
    [InlineData("h\u00e9")]
    [InlineData("http\n")]
    public Task A_name_that_is_no_IANA_service_name_is_reported_at_PortName(string name)
    {
        var literal = Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(name, quote: true);
        return NetCfgTest.For(RuleIds.InvalidPort, Code.Header + $$"""
            [Component("frontend")]
            [DependsOn(typeof(Backend), {|#0:PortName = {{literal}}|})]
            [DependsOn("backend", {|#1:PortName = {{literal}}|}, Protocol = NetworkProtocol.Udp)]
            public class Frontend { }
            """ + Backend)
            .Expect(
                Code.Diagnostic("NETCFG004").WithLocation(0).WithMessage($"Invalid dependency port: PortName '{name}' is not a valid port name ({Rule})"),
                Code.Diagnostic("NETCFG004").WithLocation(1).WithMessage($"Invalid dependency port: PortName '{name}' is not a valid port name ({Rule})"))
            .RunAsync();
    }

    [Fact]
    public Task Valid_names_are_silent() =>
        NetCfgTest.For(RuleIds.InvalidPort, Code.Header + """
            [Component("frontend")]
            [DependsOn(typeof(Backend), PortName = "http")]
            [DependsOn<Backend>(PortName = "a-b", Protocol = NetworkProtocol.Udp)]
            [DependsOn("backend", PortName = "abcdefghijklmno")]
            [DependsOn(typeof(Backend), PortName = "x1", Protocol = NetworkProtocol.Sctp)]
            [DependsOn(typeof(Backend), PortName = "80a")]
            [DependsOn(typeof(Backend), PortName = null, Port = 80)]
            public class Frontend { }
            """ + Backend)
            .RunAsync();

    [Fact]
    public Task A_named_port_is_a_port_for_NETCFG011() =>
        NetCfgTest.For(RuleIds.MissingPort, Code.Header + """
            [Component("frontend")]
            [DependsOn(typeof(Backend), PortName = "http")]
            [{|#0:DependsOn(typeof(Backend), PortName = null)|}]
            public class Frontend { }
            """ + Backend)
            .Expect(Code.Diagnostic("NETCFG011", DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("The dependency on 'Backend' has no Port, so it allows every TCP port; set Port (and EndPort for a range)"))
            .RunAsync();

    [Fact]
    public Task The_same_named_port_twice_is_a_duplicate_and_another_name_or_protocol_is_not() =>
        NetCfgTest.For(RuleIds.DuplicateDependency, Code.Header + """
            [Component("frontend")]
            [DependsOn(typeof(Backend), PortName = "http")]
            [{|#0:DependsOn<Backend>(PortName = "http")|}]
            [DependsOn(typeof(Backend), PortName = "grpc")]
            [DependsOn(typeof(Backend), PortName = "http", Protocol = NetworkProtocol.Udp)]
            public class Frontend { }
            """ + Backend)
            .Expect(Code.Diagnostic("NETCFG010", DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("The dependency on 'Backend' (TCP http) is already declared on 'Frontend'"))
            .RunAsync();
}
