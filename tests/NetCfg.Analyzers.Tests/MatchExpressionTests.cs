using System.Threading.Tasks;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFG006 for [MatchExpression]: each problem at the argument that holds it, a params value at its own position.</summary>
public class MatchExpressionTests
{
    private const string Invalid = "a label value must be empty or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

    [Fact]
    public Task An_invalid_or_null_key_is_reported_at_the_key() =>
        NetCfgTest.For(RuleIds.InvalidSelector, Code.Header + """
            [Component("web")]
            [MatchExpression({|#0:"Example.com/tier"|}, LabelOperator.Exists)]
            [MatchExpression({|#1:null|}, LabelOperator.Exists)]
            [MatchExpression({|#2:"tier\n"|}, LabelOperator.Exists)]
            public class Web { }
            """)
            .Expect(
                Code.Diagnostic("NETCFG006").WithLocation(0).WithMessage("Expression key 'Example.com/tier' is invalid: the prefix before '/' must be a lowercase DNS-1123 subdomain"),
                Code.Diagnostic("NETCFG006").WithLocation(1).WithMessage("An expression key may not be null"),
                Code.Diagnostic("NETCFG006").WithLocation(2).WithMessage("Expression key 'tier\n' is invalid: the name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"))
            .RunAsync();

    [Fact]
    public Task A_missing_value_or_an_unknown_operator_is_reported_at_the_operator() =>
        NetCfgTest.For(RuleIds.InvalidSelector, Code.Header + """
            [Component("web")]
            [MatchLabel("app", "web")]
            [MatchExpression("tier", {|#0:LabelOperator.In|})]
            [MatchExpression("env", {|#1:LabelOperator.NotIn|}, new string[0])]
            [MatchExpression("track", {|#2:(LabelOperator)9|})]
            public class Web { }
            """)
            .Expect(
                Code.Diagnostic("NETCFG006").WithLocation(0).WithMessage("[MatchExpression] with In needs at least one value"),
                Code.Diagnostic("NETCFG006").WithLocation(1).WithMessage("[MatchExpression] with NotIn needs at least one value"),
                Code.Diagnostic("NETCFG006").WithLocation(2).WithMessage("Operator value 9 is not In, NotIn, Exists or DoesNotExist"))
            .RunAsync();

    [Fact]
    public Task Values_for_Exists_or_DoesNotExist_are_reported_at_the_first_value() =>
        NetCfgTest.For(RuleIds.InvalidSelector, Code.Header + """
            [Component("web")]
            [MatchExpression("tier", LabelOperator.Exists, {|#0:"web"|}, "api")]
            [MatchExpression("canary", LabelOperator.DoesNotExist, new[] { {|#1:"x"|} })]
            public class Web { }
            """)
            .Expect(
                Code.Diagnostic("NETCFG006").WithLocation(0).WithMessage("[MatchExpression] with Exists takes no values"),
                Code.Diagnostic("NETCFG006").WithLocation(1).WithMessage("[MatchExpression] with DoesNotExist takes no values"))
            .RunAsync();

    [Fact]
    public Task Each_invalid_value_is_reported_at_its_own_position() =>
        NetCfgTest.For(RuleIds.InvalidSelector, Code.Header + """
            [Component("web")]
            [MatchExpression("tier", LabelOperator.In, "web", {|#0:"-edge"|}, "api", {|#1:"a b"|})]
            [MatchExpression("env", LabelOperator.NotIn, new[] { "prod", {|#2:"dev-"|} })]
            [MatchExpression(values: new[] { {|#3:"x y"|} }, @operator: LabelOperator.In, key: "zone")]
            [MatchExpression("rack", LabelOperator.In, ["r1", {|#4:"r 2"|}])]
            public class Web { }
            """)
            .Expect(
                Code.Diagnostic("NETCFG006").WithLocation(0).WithMessage($"Expression value '-edge' is invalid: {Invalid}"),
                Code.Diagnostic("NETCFG006").WithLocation(1).WithMessage($"Expression value 'a b' is invalid: {Invalid}"),
                Code.Diagnostic("NETCFG006").WithLocation(2).WithMessage($"Expression value 'dev-' is invalid: {Invalid}"),
                Code.Diagnostic("NETCFG006").WithLocation(3).WithMessage($"Expression value 'x y' is invalid: {Invalid}"),
                Code.Diagnostic("NETCFG006").WithLocation(4).WithMessage($"Expression value 'r 2' is invalid: {Invalid}"))
            .RunAsync();

    [Fact]
    public Task A_null_value_is_reported_where_it_is() =>
        NetCfgTest.For(RuleIds.InvalidSelector, Code.Header + """
            [Component("web")]
            [MatchExpression("tier", LabelOperator.In, "web", {|#0:null|})]
            [MatchExpression("env", LabelOperator.In, {|#1:(string[])null|})]
            [MatchExpression("zone", LabelOperator.NotIn, new[] { "a", {|#2:null|}, "b" })]
            public class Web { }
            """)
            .Expect(
                Code.Diagnostic("NETCFG006").WithLocation(0).WithMessage("An expression value may not be null"),
                Code.Diagnostic("NETCFG006").WithLocation(1).WithMessage("An expression value may not be null"),
                Code.Diagnostic("NETCFG006").WithLocation(2).WithMessage("An expression value may not be null"))
            .RunAsync();

    [Fact]
    public Task The_same_expression_twice_is_reported_at_the_second_whatever_the_value_order() =>
        NetCfgTest.For(RuleIds.InvalidSelector, Code.Header + """
            [Component("web")]
            [MatchExpression("tier", LabelOperator.In, "web", "api")]
            [{|#0:MatchExpression("tier", LabelOperator.In, "api", "web", "api")|}]
            [MatchExpression("tier", LabelOperator.NotIn, "db")]
            public class Web { }
            """)
            .Expect(Code.Diagnostic("NETCFG006").WithLocation(0).WithMessage("The expression 'tier In (api, web)' is declared more than once on 'Web'"))
            .RunAsync();

    [Fact]
    public Task A_selector_of_only_NotIn_and_DoesNotExist_is_reported_at_the_first_expression() =>
        NetCfgTest.For(RuleIds.InvalidSelector, Code.Header + """
            [Component("web")]
            [{|#0:MatchExpression("tier", LabelOperator.NotIn, "db")|}]
            [MatchExpression("canary", LabelOperator.DoesNotExist)]
            public class Web { }
            """)
            .Expect(Code.Diagnostic("NETCFG006").WithLocation(0)
                .WithMessage("The selector of 'Web' has only NotIn and DoesNotExist expressions, so it selects every other pod of the namespace; add a [MatchLabel], or an In or Exists expression"))
            .RunAsync();

    [Fact]
    public Task Valid_expressions_and_close_cases_are_silent() =>
        NetCfgTest.For(RuleIds.InvalidSelector, Code.Header + """
            [Component("web")]
            [MatchExpression("tier", LabelOperator.In, "web", "")]
            [MatchExpression("tier", LabelOperator.NotIn, "web")]
            [MatchExpression("app.kubernetes.io/part-of", LabelOperator.Exists)]
            [MatchExpression("canary", LabelOperator.DoesNotExist, new string[0])]
            [MatchExpression(key: "zone", @operator: LabelOperator.In, values: new[] { "A_b.c", "x" })]
            public class Web { }

            [Component("api")]
            [MatchLabel("app", "api")]
            [MatchExpression("tier", LabelOperator.NotIn, "db")]
            [MatchExpression("legacy", LabelOperator.DoesNotExist)]
            public class Api { }

            [Component("worker")]
            [MatchExpression("role", LabelOperator.Exists)]
            [MatchExpression("tier", LabelOperator.NotIn, "db")]
            public class Worker { }
            """)
            .RunAsync();
}
