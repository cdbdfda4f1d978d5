using System.Threading.Tasks;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using NetCfg.Generators.Analyzers;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG004.</summary>
public class DependencyPortTests
{
    private const string Backend = "\n[Component(\"backend\")] public class Backend { }\n";

    [Fact]
    public Task Port_outside_the_range_is_reported_at_the_named_argument() =>
        NetCfgTest.For(RuleIds.InvalidPort, Code.Header + """
            [Component("frontend")]
            [DependsOn(typeof(Backend), {|#0:Port = 0|})]
            [DependsOn<Backend>({|#1:Port = 65536|}, Protocol = NetworkProtocol.Udp)]
            public class Frontend { }
            """ + Backend)
            .Expect(
                Code.Diagnostic("NETCFG004").WithLocation(0).WithMessage("Invalid dependency port: port 0 is outside 1-65535"),
                Code.Diagnostic("NETCFG004").WithLocation(1).WithMessage("Invalid dependency port: port 65536 is outside 1-65535"))
            .RunAsync();

    [Fact]
    public Task EndPort_below_Port_or_without_Port_is_reported_at_EndPort() =>
        NetCfgTest.For(RuleIds.InvalidPort, Code.Header + """
            [Component("frontend")]
            [DependsOn(typeof(Backend), Port = 8080, {|#0:EndPort = 8000|})]
            [DependsOn(typeof(Backend), {|#1:EndPort = 9000|})]
            [DependsOn(typeof(Backend), {|#2:Port = -1|}, {|#3:EndPort = 70000|})]
            public class Frontend { }
            """ + Backend)
            .Expect(
                Code.Diagnostic("NETCFG004").WithLocation(0).WithMessage("Invalid dependency port: EndPort 8000 is below Port 8080"),
                Code.Diagnostic("NETCFG004").WithLocation(1).WithMessage("Invalid dependency port: EndPort needs a Port (the start of the range)"),
                Code.Diagnostic("NETCFG004").WithLocation(2).WithMessage("Invalid dependency port: port -1 is outside 1-65535"),
                Code.Diagnostic("NETCFG004").WithLocation(3).WithMessage("Invalid dependency port: EndPort 70000 is outside 1-65535"))
            .RunAsync();

    [Fact]
    public Task Unknown_protocol_value_is_reported_at_Protocol() =>
        NetCfgTest.For(RuleIds.InvalidPort, Code.Header + """
            [Component("frontend")]
            [DependsOn(typeof(Backend), Port = 80, {|#0:Protocol = (NetworkProtocol)7|})]
            public class Frontend { }
            """ + Backend)
            .Expect(Code.Diagnostic("NETCFG004").WithLocation(0).WithMessage("Invalid dependency port: Protocol value 7 is not Tcp, Udp or Sctp"))
            .RunAsync();

    [Fact]
    public Task Edge_values_are_silent() =>
        NetCfgTest.For(RuleIds.InvalidPort, Code.Header + """
            [Component("frontend")]
            [DependsOn(typeof(Backend), Port = 1)]
            [DependsOn(typeof(Backend), Port = 65535, EndPort = 65535)]
            [DependsOn(typeof(Backend), Port = 8000, EndPort = 8080, Protocol = NetworkProtocol.Sctp)]
            [DependsOn(typeof(Backend))]
            public class Frontend { }
            """ + Backend)
            .RunAsync();
}
