using System.Linq;
using k8s.Models;
using NetCfg.Core.Model;
using YamlDotNet.RepresentationModel;
using NetCfg.TestKit;
using Xunit;
using static NetCfg.Core.Tests.FeatureFixtures;
using static NetCfg.Core.Tests.Fixtures;

namespace NetCfg.Core.Tests;

/// <summary>
/// [MatchExpression] in the output: the whole selector (labels and expressions, canonical order, values sorted, no values
/// for Exists and DoesNotExist) as the component's podSelector, as the peer in the others' policies, and in the
/// LocalNetworkConfig; a component with only expressions selects no default name label.
/// </summary>
public sealed class ExpressionRenderingTests
{
    // Declared out of order, with a repeated value: the output is canonical.
    private static readonly ComponentDeclaration Web = Component("Web", "web", new[] { L("app", "shop") }, new[] { Dep("Api", 8080) }).WithExpressions(
        Expr("track", LabelOperator.Exists),
        Expr("tier", LabelOperator.In, "web", "edge", "web"),
        Expr("env", LabelOperator.NotIn, "prod", "dev"),
        Expr("canary", LabelOperator.DoesNotExist));

    private static readonly ComponentDeclaration Api = Component("Api", "api").WithExpressions(Expr("tier", LabelOperator.In, "api"));

    private static readonly string[] WebExpressions = { "canary DoesNotExist", "env NotIn [dev, prod]", "tier In [edge, web]", "track Exists" };

    private static Translation.TranslationResult Result() => Translate(Input(Config, new[] { Web, Api }));

    [Fact]
    public void TheComponentPolicySelectsWithLabelsAndEveryExpression()
    {
        var selector = GuideExampleTests.Policy(Result().File("networkpolicy/component-web.yaml")).Spec.PodSelector;
        Assert.Equal(new[] { ("app", "shop") }, selector.MatchLabels.Select(l => (l.Key, l.Value)));
        Assert.Equal(WebExpressions, Shown(selector));
    }

    [Fact]
    public void ExistsAndDoesNotExistHaveNoValuesKey()
    {
        var expressions = YamlNodes.Root(Result().File("networkpolicy/component-web.yaml")).At("spec", "podSelector", "matchExpressions") as YamlSequenceNode;
        Assert.NotNull(expressions);
        var keys = expressions!.Children.Cast<YamlMappingNode>().Select(e => string.Join(",", e.Children.Keys.Select(k => k.Text()))).ToList();
        Assert.Equal(new[] { "key,operator", "key,operator,values", "key,operator,values", "key,operator" }, keys);
    }

    [Fact]
    public void AComponentWithOnlyExpressionsGetsNoDefaultNameLabel()
    {
        var selector = GuideExampleTests.Policy(Result().File("networkpolicy/component-api.yaml")).Spec.PodSelector;
        Assert.Null(selector.MatchLabels);
        Assert.Equal(new[] { "tier In [api]" }, Shown(selector));
        Assert.DoesNotContain(Conventions.DefaultSelectorKey, Result().File("platform/local-network-config.yaml"));
    }

    [Fact]
    public void PeersCarryTheWholeSelectorOfTheOtherComponent()
    {
        var web = GuideExampleTests.Policy(Result().File("networkpolicy/component-web.yaml"));
        var api = GuideExampleTests.Policy(Result().File("networkpolicy/component-api.yaml"));
        var toApi = Assert.Single(web.Spec.Egress[0].To).PodSelector;
        Assert.Equal(new[] { "tier In [api]" }, Shown(toApi));
        var fromWeb = Assert.Single(Assert.Single(api.Spec.Ingress).FromProperty).PodSelector;
        Assert.Equal(new[] { ("app", "shop") }, fromWeb.MatchLabels.Select(l => (l.Key, l.Value)));
        Assert.Equal(WebExpressions, Shown(fromWeb));
    }

    [Fact]
    public void TheLocalNetworkConfigHoldsTheWholeSelector()
    {
        var web = YamlNodes.Root(Result().File("platform/local-network-config.yaml")).At("spec", "components", "web", "podSelector")!;
        Assert.Equal("shop", web.At("matchLabels", "app").Text());
        var expressions = ((YamlSequenceNode)web.At("matchExpressions")!).Children
            .Select(e => Show(e.At("key").Text()!, e.At("operator").Text()!, (e.At("values") as YamlSequenceNode)?.Children.Select(v => v.Text()!)));
        Assert.Equal(WebExpressions, expressions);
    }

    [Fact]
    public void TheSameSelectorWrittenInAnotherOrderGivesTheSameBytes()
    {
        var reordered = Web.WithExpressions(Web.Expressions.Reverse().Select(e => e with { Values = e.Values.Reverse().ToEquatableArray() }).ToArray());
        var a = Result().Files;
        var b = Translate(Input(Config, new[] { Api, reordered })).Files;
        Assert.Equal(a.Select(f => (f.Path, f.Content)), b.Select(f => (f.Path, f.Content)));
    }

    private static string[] Shown(V1LabelSelector selector) => selector.MatchExpressions.Select(e => Show(e.Key, e.OperatorProperty, e.Values)).ToArray();

    private static string Show(string key, string op, System.Collections.Generic.IEnumerable<string>? values) =>
        $"{key} {op}" + (values is null ? string.Empty : " [" + string.Join(", ", values) + "]");
}
