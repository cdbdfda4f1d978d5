using System.Linq;
using Xunit;
using static NetCfg.Generators.Tests.Runs;
using NetCfg.Core.Carrier;

namespace NetCfg.Generators.Tests;

/// <summary>Half-typed code never makes the generator throw (CS8785), and never yields partial output.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> HalfTyped() => new()
    {
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] [Component(\"a\")] [DependsOn(typeof())] class A { }",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] [Component(\"a\")] [DependsOn(typeof(Missing), Port = 1)] class A { }",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] [Component(\"a\")] [DependsOn] class A { }",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] [Component(\"a\")] [DependsOn(typeof(A), Port = \"80\")] class A { }",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] [Component(\"a\")] [DependsOn(typeof(A), Port = X)] class A { static int X = 1; }",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] [Component(\"a\")] [DependsOn(typeof(A), Protocol = (NetworkProtocol)7, Port = 1)] class A { }",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] [Component] class A { }",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] [Component(null)] class A { }",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] [Component(42)] class A { }",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] [Component(\"a\")] [MatchLabel(\"k\")] class A { }",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] [Component(\"a\")] [MatchLabel(\"k\", null)] class A { }",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] [Component(\"a\")] [DependsOnProfile()] class A { }",
        "using NetCfg; [assembly: LocalNetworkConfig()] [Component(\"a\")] class A { }",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\", Namespace = 3)] [Component(\"a\")] class A { }",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] [Component(\"a\")] [DependsOn<>(Port = 1)] class A { }",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] [Component(\"a\")] [DependsOn<int>(Port = 1)] class A { }",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] [Component(\"a\")] class A<T> { } [Component(\"b\")] [DependsOn(typeof(A<>), Port = 1)] class B { }",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] [Component(\"a\")] [DependsOn(typeof(A), Port = 1",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] [Component(\"a\")] partial class A { } [DependsOn(typeof(A), Port = 1)] partial class A { }",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] [Component(\"a\")] [Component(\"b\")] class A { }",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] class Outer { [Component(\"a\")] class Inner { } }",
        "using NetCfg; [assembly: LocalNetworkConfig(\"c\")] [Component(\"a\")] struct S { }",
    };

    [Theory]
    [MemberData(nameof(HalfTyped))]
    public void HalfTypedCodeNeverThrowsAndNeverEmitsPartialOutput(string source)
    {
        var run = Execute(Compile(source));
        var carrier = run.Carrier;
        Assert.NotNull(carrier);
        var compileErrors = run.Output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();

        // Either the input is fully valid (ok), or nothing is emitted.
        if (carrier!.Status != CheckedInputCarrier.Status.Ok) Assert.Empty(carrier.Files);
        if (carrier.Status == CheckedInputCarrier.Status.Ok) Assert.True(compileErrors.Count > 0 || carrier.Files.Count > 0);
    }
}
