using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>Every analyzer over half-typed and odd code: no exception, no AD0001, ever.</summary>
public class RobustnessTests
{
    private const string Head = "using NetCfg;\nusing C = NetCfg.ComponentAttribute;\n";

    private const string Declarations = """

        [Component("a")] public partial class A { }
        [Component("g")] public class G<T> { }
        public class Plain { }
        """;

    public static IEnumerable<object[]> Snippets() => new[]
    {
        "[Component(\"x\")][DependsOn(typeof())] class X { }",
        "[Component(\"x\")][DependsOn()] class X { }",
        "[Component(\"x\")][DependsOn] class X { }",
        "[Component(\"x\")][DependsOn(typeof(Missing), Port = )] class X { }",
        "[Component(\"x\")][DependsOn(typeof(A), Port = \"80\")] class X { }",
        "[Component(\"x\")][DependsOn(typeof(A), Port = x)] class X { static int x = 1; }",
        "[Component(\"x\")][DependsOn(typeof(A), Port = new[] { 1 })] class X { }",
        "[Component(\"x\")][DependsOn(typeof(A), Port = 80, Port = 81)] class X { }",
        "[Component(\"x\")][DependsOn(typeof(A), Protocol = (NetworkProtocol)int.MaxValue)] class X { }",
        "[Component(\"x\")][DependsOn(typeof(A), Protocol = 1)] class X { }",
        "[Component(\"x\")][DependsOn(typeof(A), Port = int.MaxValue, EndPort = int.MinValue)] class X { }",
        "[Component(\"x\")][DependsOn(typeof(A), Port = 80, EndPort = 79 + 1)] class X { }",
        "[Component(\"x\")][DependsOn(typeof(A), Bogus = 1)] class X { }",
        "[Component(\"x\")][DependsOn(component: )] class X { }",
        "[Component(\"x\")][DependsOn(componentx: typeof(A))] class X { }",
        "[Component(\"x\")][DependsOn<>] class X { }",
        "[Component(\"x\")][DependsOn<>(Port = 1)] class X { }",
        "[Component(\"x\")][DependsOn<int, string>] class X { }",
        "[Component(\"x\")][DependsOn<A>(typeof(A))] class X { }",
        "[Component(\"x\")][DependsOn<Missing>(Port = 1)] class X { }",
        "[Component(\"x\")][DependsOn<T>(Port = 1)] class X<T> { }",
        "[Component(\"x\")][DependsOn(typeof(G<>))][DependsOn(typeof(G<int>))][DependsOn(typeof(int[]))][DependsOn(typeof((int, int)))] class X { }",
        "[Component(\"x\")][DependsOn(typeof(void))][DependsOn(typeof(dynamic))][DependsOn(typeof(int*))] unsafe class X { }",
        "[Component(\"x\")][DependsOn(typeof(X.Inner))] class X { [Component(\"inner\")] public class Inner { } }",
        "[Component]",
        "[Component] class X { }",
        "[Component(] class X { }",
        "[Component(1)] class X { }",
        "[Component(\"a\", \"b\")] class X { }",
        "[Component(name: )] class X { }",
        "[Component(\"x\")] public class",
        "[Component(\"x\")][DependsOn(typeof(A",
        "[Component(\"x\")] struct S { } [Component(\"y\")] interface I { } [Component(\"z\")] enum E { } [Component(\"d\")] delegate void D();",
        "[Component(\"x\")] record R; [Component(\"y\")] record struct RS;",
        "[Component(\"x\")][Component(\"y\")] partial class X { } [Component(\"z\")] partial class X { }",
        "[Component(\"x\")] class X : X { }",
        "class M { void F() { [Component(\"l\")][DependsOn(typeof(A))] void L() { } } }",
        "class M { [DependsOn(typeof(A))] void F() { } }",
        "[C(\"aliased\")][DependsOn(typeof(A))] class X { }",
        "[global::NetCfg.Component(\"q\")][global::NetCfg.DependsOn(typeof(global::A), Port = 1)] class X { }",
        "[MatchLabel(\"a\")] class X { }",
        "[MatchLabel(key: \"a\", key: \"b\")] class X { }",
        "[MatchLabel(null, null)][MatchLabel(\"\", \"\")] class X { }",
        "[MatchLabel(\"a\", 1)][MatchLabel(1, \"a\")] class X { }",
        "[MatchLabel(\"\\u0000\", \"\\uD800\")] class X { }",
        "[DependsOnProfile()] class X { }",
        "[DependsOnProfile(1)] class X { }",
        "[DependsOnProfile(null)][DependsOnProfile(\"\")] class X { }",
        "[DependsOnProfile(nameof(X))] class X { }",
        "[Component(\"x\")][DependsOnProfile(\"" + new string('a', 100_000) + "\")] class X { }",
        "[Component(\"" + new string('a', 100_000) + "\")] class X { }",
        "[assembly: LocalNetworkConfig(]",
        "[assembly: LocalNetworkConfig()]",
        "[assembly: LocalNetworkConfig]",
        "[assembly: LocalNetworkConfig(\"a\", Namespace = 1)]",
        "[assembly: LocalNetworkConfig(\"a\", Namespace = new[] { \"a\" })]",
        "[assembly: LocalNetworkConfig(\"a\")][assembly: LocalNetworkConfig(\"a\")][assembly: LocalNetworkConfig(null, Namespace = null)]",
        "[module: LocalNetworkConfig(\"a\")]",
        "[assembly: Component(\"x\")]",
        "namespace NetCfg { class ComponentAttribute : System.Attribute { public ComponentAttribute(int x) { } } } [NetCfg.Component(1)] class X { }",
        "[Component(\"x\")][DependsOn(typeof(A), Port = 80)] partial class X { } [DependsOn(typeof(X), Port = 80)] partial class A { }",
        "",
        "#error nope",
        "[",
        "[Component(\"x\")] [DependsOn(typeof(A), Port = 80)] [DependsOn<A>(Port = 80)] [DependsOnProfile(\"dns\")] [DependsOnProfile(\"dns\")] [MatchLabel(\"a\", \"b\")] [MatchLabel(\"a\", \"c\")] class X { }",
    }.Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Snippets))]
    public async Task No_analyzer_throws(string snippet)
    {
        var profiles = new[]
        {
            ("/p/good.yaml", ProfileYaml.Dns("dns")),
            ("/p/copy.yaml", ProfileYaml.Dns("dns")),
            ("/p/bad.yaml", "kind: [\n  - {"),
            ("/p/empty.yaml", string.Empty),
            ("/p/binary.yaml", "\u0000\u0001\uFFFE"),
            ("/p/docs.yaml", "---\n---\n" + ProfileYaml.Dns("other") + "---\n"),
        };
        var result = await DirectRun.AnalyzeAsync(new[] { ("/0/Snippet.cs", Head + snippet), ("/0/Declarations.cs", Head + Declarations) }, profiles);
        Assert.Empty(result.Exceptions);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task The_harness_sees_a_throwing_analyzer()
    {
        var result = await DirectRun.AnalyzeAsync(
            new[] { ("/0/A.cs", "class A { }") },
            analyzers: System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new Throwing()));
        Assert.NotEmpty(result.Exceptions);
    }

    [Fact]
    public void Every_analyzer_is_run()
    {
        // One analyzer parses each compilation once and reports every rule; the suppressor reports none.
        Assert.Equal(
            new[] { typeof(NetCfg.Generators.Analyzers.NetCfgAnalyzer), typeof(NetCfg.Generators.Suppressions.ComponentClassSuppressor) },
            DirectRun.AllAnalyzers.Select(a => a.GetType()));
        Assert.Equal(23, DirectRun.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Count());
    }

#pragma warning disable RS1036, RS2008 // a test-only analyzer, not shipped
    [Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
    private sealed class Throwing : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer
    {
        private static readonly Microsoft.CodeAnalysis.DiagnosticDescriptor Rule = new("TEST001", "t", "t", "t", Microsoft.CodeAnalysis.DiagnosticSeverity.Error, true);

        public override System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.DiagnosticDescriptor> SupportedDiagnostics => System.Collections.Immutable.ImmutableArray.Create(Rule);

        public override void Initialize(Microsoft.CodeAnalysis.Diagnostics.AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(Microsoft.CodeAnalysis.Diagnostics.GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSymbolAction(_ => throw new System.InvalidOperationException("boom"), Microsoft.CodeAnalysis.SymbolKind.NamedType);
        }
    }
#pragma warning restore RS1036, RS2008
}
