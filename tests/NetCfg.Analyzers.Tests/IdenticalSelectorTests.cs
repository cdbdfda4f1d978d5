using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Generators.Analyzers;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG008.</summary>
public class IdenticalSelectorTests
{
    [Fact]
    public Task An_implicit_selector_equal_to_an_explicit_one_is_reported_on_both() =>
        new NetCfgTest<IdenticalSelectorAnalyzer>(Code.Header + """
            [Component({|#0:"frontend"|})]
            public class Frontend { }

            [Component("web")]
            {|#1:[MatchLabel("app.kubernetes.io/name", "frontend")]|}
            public class Web { }
            """.Replace("{|#1:[MatchLabel(\"app.kubernetes.io/name\", \"frontend\")]|}", "[{|#1:MatchLabel(\"app.kubernetes.io/name\", \"frontend\")|}]"))
            .Expect(
                Code.Diagnostic("NETCFG008", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1)
                    .WithMessage("Component 'frontend' selects exactly the same pods as 'web' (app.kubernetes.io/name: frontend), so each gets the other's traffic"),
                Code.Diagnostic("NETCFG008", DiagnosticSeverity.Warning).WithLocation(1).WithLocation(0)
                    .WithMessage("Component 'web' selects exactly the same pods as 'frontend' (app.kubernetes.io/name: frontend), so each gets the other's traffic"))
            .RunAsync();

    [Fact]
    public Task Same_labels_in_another_order_and_file_are_identical() =>
        new NetCfgTest<IdenticalSelectorAnalyzer>(
            Code.Header + """
                [Component("a")]
                [{|#0:MatchLabel("app", "shop")|}]
                [MatchLabel("tier", "web")]
                public class A { }
                """,
            """
            using NetCfg;
            [Component("b")]
            [{|#1:MatchLabel("tier", "web")|}]
            [MatchLabel("app", "shop")]
            public class B { }
            """)
            .Expect(
                Code.Diagnostic("NETCFG008", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithArguments("a", "'b'", "app: shop, tier: web"),
                Code.Diagnostic("NETCFG008", DiagnosticSeverity.Warning).WithLocation(1).WithLocation(0).WithArguments("b", "'a'", "app: shop, tier: web"))
            .RunAsync();

    [Fact]
    public Task Overlapping_but_different_selectors_are_silent() =>
        new NetCfgTest<IdenticalSelectorAnalyzer>(Code.Header + """
            [Component("a")]
            [MatchLabel("app", "shop")]
            public class A { }

            [Component("b")]
            [MatchLabel("app", "shop")]
            [MatchLabel("tier", "web")]
            public class B { }

            [Component("c")]
            [MatchLabel("app", "Shop")]
            public class C { }

            [Component("frontend")]
            public class Frontend { }

            [Component("backend")]
            [MatchLabel("app.kubernetes.io/name", "front-end")]
            public class Backend { }
            """)
            .RunAsync();
}
