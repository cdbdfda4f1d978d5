using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Profiles;
using NetCfg.Core.Rules;
using NetCfg.TestKit;
using Xunit;
using static NetCfg.Core.Tests.Fixtures;

namespace NetCfg.Core.Tests;

/// <summary>
/// The rule book on its own: each blocking problem stops all output (a partial set of manifests would drop flows
/// silently), with its ID, a message that says what is wrong, and a site the analyzers can point at.
/// </summary>
public sealed class RuleBookTests
{
    private static readonly ConfigDeclaration Config = new("cfg", null);

    public static TheoryData<string, string, TranslationInput> Broken() => new()
    {
        { RuleIds.NotAComponent, "'Missing' is not a [Component] class; add [Component(\"name\")]", Input(Config, new[] { Component("A", "a", deps: new[] { Dep("Missing", 80) }) }) },
        { RuleIds.InvalidPort, "port 70000 is outside 1-65535", Input(Config, new[] { Component("A", "a", deps: new[] { Dep("A", 70000) }) }) },
        { RuleIds.InvalidPort, "EndPort 80 is below Port 90", Input(Config, new[] { Component("A", "a", deps: new[] { Dep("A", 90, 80) }) }) },
        { RuleIds.InvalidPort, "EndPort needs a Port", Input(Config, new[] { Component("A", "a", deps: new[] { Dep("A", null, 80) }) }) },
        { RuleIds.DuplicateComponentName, "The component name 'a' is used by 'A' and 'B'", Input(Config, new[] { Component("A", "a"), Component("B", "a") }) },
        { RuleIds.InvalidSelector, "Label key 'bad key' is invalid", Input(Config, new[] { Component("A", "a", new[] { L("bad key", "v") }) }) },
        { RuleIds.InvalidSelector, "Label value '-bad' is invalid", Input(Config, new[] { Component("A", "a", new[] { L("k", "-bad") }) }) },
        { RuleIds.InvalidSelector, "Label key 'k' is matched more than once on 'A'", Input(Config, new[] { Component("A", "a", new[] { L("k", "1"), L("k", "2") }) }) },
        { RuleIds.InvalidName, "The component name 'Frontend' is not a DNS-1123 label", Input(Config, new[] { Component("A", "Frontend") }) },
        { RuleIds.InvalidName, "'default-deny' is reserved", Input(Config, new[] { Component("A", "default-deny") }) },
        { RuleIds.InvalidName, "The config name 'My_Config' is not a DNS-1123 subdomain", Input(new ConfigDeclaration("My_Config", null), new[] { Component("A", "a") }) },
        { RuleIds.InvalidName, "The namespace 'Shop' is not a DNS-1123 label", Input(new ConfigDeclaration("cfg", "Shop"), new[] { Component("A", "a") }) },
        { RuleIds.UnknownProfile, "No NetworkProfile file declares profile 'nope'", Input(Config, new[] { Component("A", "a", profiles: new[] { "nope" }) }) },
        { RuleIds.MalformedProfile, "Malformed NetworkProfile file: ", Input(Config, new[] { Component("A", "a") }, new[] { ProfileParser.Parse("p.yaml", "garbage") }) },
        {
            RuleIds.DuplicateProfile,
            "The profile name 'p' is also declared at 2.yaml(",
            Input(Config, new[] { Component("A", "a") }, new[] { ProfileParser.Parse("1.yaml", ProfileYaml.ToIpBlock("p", "10.0.0.0/8", port: 443)), ProfileParser.Parse("2.yaml", ProfileYaml.ToIpBlock("p", "10.0.0.0/8", port: 443)) })
        },
        { RuleIds.InvalidName, "The component name 'a\n' is not a DNS-1123 label", Input(Config, new[] { Component("A", "a\n") }) },
        { RuleIds.InvalidName, "'Identity' in [DependsOn] is not a DNS-1123 label", Input(Config, new[] { Component("A", "a", deps: new[] { DepOn("Identity", 80) }) }) },
        { RuleIds.UnknownComponentName, "No component of this network is named 'identiti'; did you mean 'identity'?", Input(Config, new[] { Component("A", "a", deps: new[] { DepOn("identiti", 80) }), Component("B", "identity") }) },
        { RuleIds.InvalidPort, "PortName cannot be combined with Port", Input(Config, new[] { Component("A", "a", deps: new[] { DepOn("b", 80, "http") }), Component("B", "b") }) },
        { RuleIds.InvalidPort, "PortName 'HTTP' is not a valid port name", Input(Config, new[] { Component("A", "a", deps: new[] { DepOn("b", null, "HTTP") }), Component("B", "b") }) },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void BlockingProblemsStopAllOutput(string id, string message, TranslationInput input)
    {
        var result = Translate(input);
        Assert.Empty(result.Files);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Check.Problems, p => p.Id == id && p.Message.Contains(message) && p.Blocks);
        Assert.All(result.Check.Problems, p => Assert.NotEqual(SiteKind.None, p.Site.Kind));
    }

    [Fact]
    public void MoreThanOneConfigIsReportedAtTheSecond()
    {
        var input = Input(Config, new[] { Component("A", "a") }) with { Configs = new[] { Config, new ConfigDeclaration("other", null) }.ToEquatableArray() };
        var problem = Assert.Single(Translate(input).Check.Problems);
        Assert.Equal((RuleIds.ConfigCount, ProblemSite.OnConfig(1)), (problem.Id, problem.Site));
        Assert.Equal(new[] { ProblemSite.OnConfig(0) }, problem.Also);
    }

    [Fact]
    public void ComponentsWithoutAConfigAreALibraryNotAnError()
    {
        var result = Translate(Input(null, new[] { Component("A", "a", deps: new[] { DepOn("somewhere-else", 80) }) }));
        Assert.True(result.Succeeded, result.Errors());
        Assert.Empty(result.Files);
        Assert.Empty(result.Check.Problems); // a name the library cannot see yet is not an error there
    }

    [Fact]
    public void NoDeclarationsAtAllIsEmptyNotAnError()
    {
        var result = Translate(Input(null, System.Array.Empty<ComponentDeclaration>()));
        Assert.True(result.Succeeded);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void IncompleteDeclarationsBlockWithoutAProblemOfTheirOwn()
    {
        var half = Component("A", "a") with { Labels = new[] { new LabelDeclaration("k", null, Complete: false) }.ToEquatableArray() };
        var result = Translate(Input(Config, new[] { half }));
        Assert.True(result.Check.Incomplete);
        Assert.False(result.Succeeded);
        Assert.Empty(result.Check.Problems); // the compiler reports half-typed code; the rules skip it
    }

    [Fact]
    public void WarningsDoNotBlock()
    {
        var input = Input(Config, new[] { Component("A", "a", deps: new[] { Dep("B"), Dep("B") }), Component("B", "b") });
        var result = Translate(input);
        Assert.True(result.Succeeded, result.Errors());
        Assert.Equal(new[] { RuleIds.MissingPort, RuleIds.MissingPort, RuleIds.DuplicateDependency }.OrderBy(i => i), result.Check.Problems.Select(p => p.Id).OrderBy(i => i));
        Assert.All(result.Check.Problems, p => Assert.False(p.Blocks));
    }

    [Fact]
    public void ACycleIsOneProblemWithAnEchoAtEachOtherParticipant()
    {
        var input = Input(Config, new[] { Component("A", "a", deps: new[] { Dep("B", 80) }), Component("B", "b", deps: new[] { Dep("C", 80) }), Component("C", "c", deps: new[] { Dep("A", 80) }) });
        var cycle = Translate(input).Check.Problems.Where(p => p.Id == RuleIds.DependencyCycle).ToList();
        Assert.Equal(3, cycle.Count);
        var primary = Assert.Single(cycle, p => !p.Echo);
        Assert.Equal("Dependency cycle: a → b → c → a", primary.Message);
        Assert.Equal(ProblemSite.On("A", AttributeKind.DependsOn, 0, Arguments.Target), primary.Site);
        Assert.Equal(new[] { "B", "C" }, cycle.Where(p => p.Echo).Select(p => p.Site.Owner).OrderBy(o => o));
        Assert.All(cycle, p => Assert.Equal(primary.Message, p.Message));
        Assert.False(primary.Blocks); // a cycle describes valid policies
    }

    [Fact]
    public void ASelectorOfOnlyNegativeExpressionsIsRefused()
    {
        var component = Component("A", "a") with { Expressions = new[] { Expr("tier", LabelOperator.NotIn, "db") }.ToEquatableArray() };
        var problem = Assert.Single(Translate(Input(Config, new[] { component })).Check.Problems);
        Assert.Equal(RuleIds.InvalidSelector, problem.Id);
        Assert.Contains("selects every other pod", problem.Message);
    }

    [Theory]
    [InlineData(LabelOperator.In, new string[0], "needs at least one value")]
    [InlineData(LabelOperator.Exists, new[] { "x" }, "takes no values")]
    [InlineData(LabelOperator.In, new[] { "-bad" }, "Expression value '-bad' is invalid")]
    public void BadExpressionsAreReported(LabelOperator op, string[] values, string message)
    {
        var component = Component("A", "a", new[] { L("app", "a") }) with { Expressions = new[] { Expr("tier", op, values) }.ToEquatableArray() };
        var problem = Assert.Single(Translate(Input(Config, new[] { component })).Check.Problems);
        Assert.Equal(RuleIds.InvalidSelector, problem.Id);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void VeryLongNamesAreShortenedDeterministicallyAndStayValid()
    {
        var config = string.Join(".", Enumerable.Repeat(new string('c', 60), 4)) + ".cfg"; // 248 characters
        var input = Input(new ConfigDeclaration(config, null), new[] { Component("A", new string('a', 63)), Component("B", new string('b', 63)) });
        var names = Translate(input).Files.Where(f => f.Path.StartsWith("networkpolicy/component-"))
            .Select(f => GuideExampleTests.Policy(f.Content).Metadata.Name).ToList();
        Assert.Equal(2, names.Distinct().Count());
        Assert.All(names, n => Assert.True(Validation.KubernetesNames.IsDns1123Subdomain(n), n));
        Assert.Equal(names, Translate(input).Files.Where(f => f.Path.StartsWith("networkpolicy/component-")).Select(f => GuideExampleTests.Policy(f.Content).Metadata.Name));
    }
}
