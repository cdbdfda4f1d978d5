using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>Half-typed and odd [MatchExpression] and PortName code: the analyzer and the generator never throw.</summary>
public class HalfTypedFeatureTests
{
    private const string Head = "using NetCfg;\n[assembly: LocalNetworkConfig(\"cfg\")]\n[Component(\"a\")] public class A { }\n";

    public static IEnumerable<object[]> Snippets() => new[]
    {
        "[Component(\"x\")][MatchExpression(] class X { }",
        "[Component(\"x\")][MatchExpression] class X { }",
        "[Component(\"x\")][MatchExpression(\"t\")] class X { }",
        "[Component(\"x\")][MatchExpression(\"t\", )] class X { }",
        "[Component(\"x\")][MatchExpression(\"t\", LabelOperator.)] class X { }",
        "[Component(\"x\")][MatchExpression(\"t\", LabelOperator.In, ] class X { }",
        "[Component(\"x\")][MatchExpression(\"t\", LabelOperator.In, \"v\", )] class X { }",
        "[Component(\"x\")][MatchExpression(\"t\", LabelOperator.In, \"v\"",
        "[Component(\"x\")][MatchExpression(\"t\", LabelOperator.In, 1)] class X { }",
        "[Component(\"x\")][MatchExpression(\"t\", LabelOperator.In, null)] class X { }",
        "[Component(\"x\")][MatchExpression(\"t\", LabelOperator.In, null, null)] class X { }",
        "[Component(\"x\")][MatchExpression(\"t\", LabelOperator.In, new[] { \"v\", null })] class X { }",
        "[Component(\"x\")][MatchExpression(\"t\", LabelOperator.In, new[] { 1 })] class X { }",
        "[Component(\"x\")][MatchExpression(\"t\", LabelOperator.In, new[] { \"v\" }, \"w\")] class X { }",
        "[Component(\"x\")][MatchExpression(\"t\", 7)] class X { }",
        "[Component(\"x\")][MatchExpression(\"t\", (LabelOperator)int.MinValue, \"v\")] class X { }",
        "[Component(\"x\")][MatchExpression(\"t\", LabelOperator.Exists, Key = \"u\")] class X { }",
        "[Component(\"x\")][MatchExpression(key: \"t\", @operator: LabelOperator.In, values: )] class X { }",
        "[Component(\"x\")][MatchExpression(values: new[] { \"v\" }, key: \"t\", @operator: LabelOperator.In)] class X { }",
        "[Component(\"x\")][MatchExpression(\"t\", LabelOperator.In, values: \"v\")] class X { }",
        "[Component(\"x\")][MatchExpression(nameof(X), LabelOperator.In, nameof(A))] class X { }",
        "[Component(\"x\")][MatchExpression(\"t\", LabelOperator.In, \"" + new string('v', 100_000) + "\")] class X { }",
        "[Component(\"x\")][MatchExpression(\"t\", LabelOperator.NotIn, \"v\")][MatchExpression(\"t\", LabelOperator.NotIn, \"v\")] class X { }",
        "[MatchExpression(\"t\", LabelOperator.In, \"v\")] struct S { } [MatchExpression(\"t\", LabelOperator.Exists)] interface I { }",
        "[Component(\"x\")][DependsOn(typeof(A), PortName = )] class X { }",
        "[Component(\"x\")][DependsOn(typeof(A), PortName = 80)] class X { }",
        "[Component(\"x\")][DependsOn(typeof(A), PortName = null)] class X { }",
        "[Component(\"x\")][DependsOn(typeof(A), PortName = nameof(X))] class X { }",
        "[Component(\"x\")][DependsOn(typeof(A), PortName = \"http\", PortName = \"grpc\")] class X { }",
        "[Component(\"x\")][DependsOn(typeof(A), PortName = new[] { \"http\" })] class X { }",
        "[Component(\"x\")][DependsOn(typeof(A), PortName = \"http\"",
        "[Component(\"x\")][DependsOn<A>(PortName = \"\")] class X { }",
        "[Component(\"x\")][DependsOn<>(PortName = \"http\")] class X { }",
        "[Component(\"x\")][DependsOn(\"a\", PortName = \"ht\\ntp\")] class X { }",
        "[Component(\"x\")][DependsOn(typeof(A), Port = 80, EndPort = 90, PortName = \"x\", Protocol = (NetworkProtocol)5)] class X { }",
        "[Component(\"x\")][DependsOn(typeof(Missing), PortName = \"http\")] class X { }",
    }.Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Snippets))]
    public async Task Neither_the_analyzer_nor_the_generator_throws(string snippet)
    {
        var sources = new[] { ("/0/Snippet.cs", "using NetCfg;\n" + snippet), ("/0/Head.cs", Head) };
        var analyzed = await DirectRun.AnalyzeAsync(sources);
        Assert.Empty(analyzed.Exceptions);
        Assert.DoesNotContain(analyzed.Diagnostics, d => d.Id == "AD0001");

        var run = Generation.Run(Generation.Compile(sources));
        Assert.Null(run.GeneratorException);
        Assert.Empty(run.GeneratorFailures);
        Assert.NotNull(run.Carrier); // a status, never a missing carrier
    }
}
