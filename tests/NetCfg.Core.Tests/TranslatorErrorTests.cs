using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Profiles;
using Xunit;
using static NetCfg.Core.Tests.Fixtures;

namespace NetCfg.Core.Tests;

/// <summary>Any problem blocks all output: a partial set of manifests would drop flows silently.</summary>
public sealed class TranslatorErrorTests
{
    private static readonly ConfigDeclaration Config = new("cfg", null);

    public static TheoryData<string, TranslationInput> Broken() => new()
    {
        { "not a [Component] class", Input(Config, new[] { Component("global::A", "a", deps: new[] { Dep("global::Missing", 80) }) }) },
        { "outside 1-65535", Input(Config, new[] { Component("global::A", "a", deps: new[] { Dep("global::A", 70000) }) }) },
        { "below Port", Input(Config, new[] { Component("global::A", "a", deps: new[] { Dep("global::A", 90, 80) }) }) },
        { "needs a Port", Input(Config, new[] { Component("global::A", "a", deps: new[] { Dep("global::A", null, 80) }) }) },
        { "used by more than one class", Input(Config, new[] { Component("global::A", "a"), Component("global::B", "a") }) },
        { "label key", Input(Config, new[] { Component("global::A", "a", new[] { L("bad key", "v") }) }) },
        { "label value", Input(Config, new[] { Component("global::A", "a", new[] { L("k", "-bad") }) }) },
        { "matched more than once", Input(Config, new[] { Component("global::A", "a", new[] { L("k", "1"), L("k", "2") }) }) },
        { "DNS-1123 label", Input(Config, new[] { Component("global::A", "Frontend") }) },
        { "reserved", Input(Config, new[] { Component("global::A", "default-deny") }) },
        { "DNS-1123 subdomain", Input(new ConfigDeclaration("My_Config", null), new[] { Component("global::A", "a") }) },
        { "namespace", Input(new ConfigDeclaration("cfg", "Shop"), new[] { Component("global::A", "a") }) },
        { "no config", Input(null, new[] { Component("global::A", "a") }) },
        { "no NetworkProfile file declares profile 'nope'", Input(Config, new[] { Component("global::A", "a", profiles: new[] { "nope" }) }) },
        { "p.yaml(1,1)", Input(Config, new[] { Component("global::A", "a") }, new[] { ProfileParser.Parse("p.yaml", "garbage") }) },
        {
            "declared more than once",
            Input(Config, new[] { Component("global::A", "a") }, new[] { ProfileParser.Parse("1.yaml", DeterminismTests.Profile("p", "10.0.0.0/8")), ProfileParser.Parse("2.yaml", DeterminismTests.Profile("p", "10.0.0.0/8")) })
        },
        { "trailing newline", Input(Config, new[] { Component("global::A", "a\n") }) },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void ProblemsBlockAllOutput(string expected, TranslationInput input)
    {
        var result = Translate(input);
        Assert.Empty(result.Files);
        Assert.Contains(result.Errors, e => e.Contains(expected.Replace("trailing newline", "DNS-1123 label")));
    }

    [Fact]
    public void MoreThanOneConfigIsAnError()
    {
        var input = Input(Config, new[] { Component("global::A", "a") }) with
        {
            Configs = new[] { Config, new ConfigDeclaration("other", null) }.ToEquatableArray(),
        };
        Assert.Contains(Translate(input).Errors, e => e.Contains("more than one"));
    }

    [Fact]
    public void NoDeclarationsAtAllIsEmptyNotAnError()
    {
        var result = Translate(Input(null, System.Array.Empty<ComponentDeclaration>()));
        Assert.True(result.Succeeded);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void VeryLongNamesAreShortenedDeterministicallyAndStayValid()
    {
        var config = string.Join(".", Enumerable.Repeat(new string('c', 60), 4)) + ".cfg"; // 248 characters
        var input = Input(new ConfigDeclaration(config, null), new[] { Component("global::A", new string('a', 63)), Component("global::B", new string('b', 63)) });
        var names = Translate(input).Files.Where(f => f.Path.StartsWith("networkpolicy/component-"))
            .Select(f => GuideExampleTests.Policy(f.Content).Metadata.Name).ToList();
        Assert.Equal(2, names.Distinct().Count());
        Assert.All(names, n => Assert.True(Validation.KubernetesNames.IsDns1123Subdomain(n), n));
        Assert.Equal(names, Translate(input).Files.Where(f => f.Path.StartsWith("networkpolicy/component-")).Select(f => GuideExampleTests.Policy(f.Content).Metadata.Name));
    }
}
