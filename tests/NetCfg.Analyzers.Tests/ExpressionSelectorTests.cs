using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>[MatchExpression] in the other rules: NETCFG008 compares whole selectors, NETCFG014 ignores it off a component.</summary>
public class ExpressionSelectorTests
{
    [Fact]
    public Task Labels_and_expressions_written_in_another_order_are_the_same_selector() =>
        NetCfgTest.For(RuleIds.IdenticalSelector,
            Code.Header + """
                [Component("a")]
                [{|#0:MatchLabel("app", "shop")|}]
                [MatchExpression("tier", LabelOperator.In, "web", "api")]
                [MatchExpression("canary", LabelOperator.DoesNotExist)]
                public class A { }
                """,
            """
            using NetCfg;
            [Component("b")]
            [MatchExpression("canary", LabelOperator.DoesNotExist)]
            [MatchExpression("tier", LabelOperator.In, "api", "web", "web")]
            [{|#1:MatchLabel("app", "shop")|}]
            public class B { }
            """)
            .Expect(Code.Diagnostic("NETCFG008", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1)
                .WithMessage("Components 'a' and 'b' select exactly the same pods (app: shop, canary DoesNotExist, tier In (api, web)), so each gets the others' traffic"))
            .RunAsync();

    [Fact]
    public Task Two_selectors_of_only_expressions_are_reported_at_their_first_expression() =>
        NetCfgTest.For(RuleIds.IdenticalSelector, Code.Header + """
            [Component("a")]
            [{|#0:MatchExpression("role", LabelOperator.Exists)|}]
            public class A { }

            [Component("b")]
            [{|#1:MatchExpression("role", LabelOperator.Exists)|}]
            public class B { }
            """)
            .Expect(Code.Diagnostic("NETCFG008", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1)
                .WithMessage("Components 'a' and 'b' select exactly the same pods (role Exists), so each gets the others' traffic"))
            .RunAsync();

    [Fact]
    public Task Selectors_that_differ_in_an_expression_are_silent() =>
        NetCfgTest.For(RuleIds.IdenticalSelector, Code.Header + """
            [Component("a")]
            [MatchLabel("app", "shop")]
            public class A { }

            [Component("b")]
            [MatchLabel("app", "shop")]
            [MatchExpression("tier", LabelOperator.Exists)]
            public class B { }

            [Component("c")]
            [MatchLabel("app", "shop")]
            [MatchExpression("tier", LabelOperator.In, "web")]
            public class C { }

            [Component("d")]
            [MatchLabel("app", "shop")]
            [MatchExpression("tier", LabelOperator.In, "web", "api")]
            public class D { }

            [Component("e")]
            [MatchLabel("app", "shop")]
            [MatchExpression("tier", LabelOperator.NotIn, "web")]
            public class E { }

            [Component("f")]
            [MatchExpression("app", LabelOperator.In, "shop")]
            public class F { }
            """)
            .RunAsync();

    [Fact]
    public Task MatchExpression_on_a_class_without_Component_is_reported_at_the_attribute() =>
        NetCfgTest.For(RuleIds.IgnoredAttribute, Code.Header + """
            [{|#0:MatchExpression("tier", LabelOperator.In, "web")|}]
            [MatchExpression{|#1:("tier", LabelOperator.Exists)|}]
            public partial class Web { }
            """.Replace("[MatchExpression{|#1:(\"tier\", LabelOperator.Exists)|}]", "[{|#1:MatchExpression(\"tier\", LabelOperator.Exists)|}]", System.StringComparison.Ordinal))
            .Expect(
                Code.Diagnostic("NETCFG014", DiagnosticSeverity.Warning).WithLocation(0)
                    .WithMessage("[MatchExpression] on 'Web' has no effect: 'Web' has no [Component]; add [Component(\"name\")] or remove the attribute"),
                Code.Diagnostic("NETCFG014", DiagnosticSeverity.Warning).WithLocation(1)
                    .WithMessage("[MatchExpression] on 'Web' has no effect: 'Web' has no [Component]; add [Component(\"name\")] or remove the attribute"))
            .RunAsync();

    [Fact]
    public Task MatchExpression_on_a_component_declared_in_another_part_is_silent() =>
        NetCfgTest.For(RuleIds.IgnoredAttribute,
            Code.Header + "[MatchExpression(\"tier\", LabelOperator.In, \"web\")] public partial class Web { }\n",
            "using NetCfg;\n[Component(\"web\")] public partial class Web { }\n")
            .RunAsync();
}
