using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using NetCfg.Generators.Analyzers;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG008.</summary>
public class IdenticalSelectorTests
{
    [Fact]
    public Task An_implicit_selector_equal_to_an_explicit_one_is_reported_once_naming_both() =>
        NetCfgTest.For(RuleIds.IdenticalSelector, Code.Header + """
            [Component({|#0:"frontend"|})]
            public class Frontend { }

            [Component("web")]
            {|#1:[MatchLabel("app.kubernetes.io/name", "frontend")]|}
            public class Web { }
            """.Replace("{|#1:[MatchLabel(\"app.kubernetes.io/name\", \"frontend\")]|}", "[{|#1:MatchLabel(\"app.kubernetes.io/name\", \"frontend\")|}]"))
            .Expect(
                Code.Diagnostic("NETCFG008", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1)
                    .WithMessage("Components 'frontend' and 'web' select exactly the same pods (app.kubernetes.io/name: frontend), so each gets the others' traffic"))
            .RunAsync();

    [Fact]
    public Task Same_labels_in_another_order_and_file_are_identical() =>
        NetCfgTest.For(RuleIds.IdenticalSelector, 
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
                Code.Diagnostic("NETCFG008", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1)
                    .WithMessage("Components 'a' and 'b' select exactly the same pods (app: shop, tier: web), so each gets the others' traffic"))
            .RunAsync();

    [Fact]
    public Task Overlapping_but_different_selectors_are_silent() =>
        NetCfgTest.For(RuleIds.IdenticalSelector, Code.Header + """
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
