using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Profiles;
using NetCfg.Core.Translation;
using Xunit;
using static NetCfg.Core.Tests.Fixtures;

namespace NetCfg.Core.Tests;

/// <summary>network-sources.yaml: what declared each rule, by policy file and rule number; no machine path, no line.</summary>
public sealed class SourceMapTests
{
    [Fact]
    public void EachRuleNamesItsAttributeProfileRuleOrDnsSetting()
    {
        var input = Input(
            new ConfigDeclaration("shop", "shop"),
            new[]
            {
                Component("Shop.Web", "web", new[] { L("app", "web") }, new[] { Dep("Shop.Api", 8080), DepOn("api", 8443) }, profiles: new[] { "allow-egress-to-cloudflare-dns" }),
                Component("Shop.Api", "api", new[] { L("app", "api") }),
            },
            new[] { ProfileParser.Parse("/home/someone/src/profiles/cloudflare.yaml", Guide("allow-egress-to-cloudflare-dns.yaml")) });
        var map = SourceMapWriter.For(input, TranslationOptions.Default);
        Assert.Equal(new[] { "[DependsOn(typeof(Shop.Api), Port = 8080)] on Shop.Web", "[DependsOn(\"api\", Port = 8443)] on Shop.Web" }, map.Declarations("networkpolicy/component-web.yaml", "egress", 1));
        Assert.Equal(map.Declarations("networkpolicy/component-web.yaml", "egress", 1), map.Declarations("networkpolicy/component-api.yaml", "ingress", 1));
        Assert.Equal(new[] { "egress rule 1 of profile allow-egress-to-cloudflare-dns (cloudflare.yaml), by [DependsOnProfile(\"allow-egress-to-cloudflare-dns\")] on Shop.Web" }, map.Declarations("networkpolicy/component-web.yaml", "egress", 2));
        Assert.Equal(new[] { "the DNS setting (NetCfgDns=KubeDns)" }, map.Declarations("networkpolicy/component-web.yaml", "egress", 3));
        Assert.Null(map.Declarations("networkpolicy/component-web.yaml", "egress", 4));
        Assert.Equal("cluster DNS", map.PeerLabels["ns kube-system / k8s-app=kube-dns"]);

        var text = map.Render();
        Assert.DoesNotContain("/home", text);
        var read = SourceMap.Read(text)!;
        Assert.Equal(map.Declarations("networkpolicy/component-web.yaml", "egress", 2), read.Declarations("networkpolicy/component-web.yaml", "egress", 2));
        Assert.Equal(map.PeerLabels.OrderBy(l => l.Key), read.PeerLabels.OrderBy(l => l.Key));

        // Declared in another order, it is the same map, byte for byte (the input carries no line numbers).
        var shuffled = input with { Components = input.Components.Reverse().ToEquatableArray() };
        Assert.Equal(text, SourceMapWriter.For(shuffled, TranslationOptions.Default).Render());
    }

    [Fact]
    public void AnAttributeIsQuotedAsWrittenWhenTheSourceGaveIt()
    {
        var written = Dep("Shop.Api", 8080) with { Written = "[DependsOn(typeof(Api), Port = 8080)]" };
        var input = Input(new ConfigDeclaration("shop", "shop"), new[] { Component("Shop.Web", "web", deps: new[] { written }), Component("Shop.Api", "api") });
        var map = SourceMapWriter.For(input, TranslationOptions.Default);
        Assert.Equal(new[] { "[DependsOn(typeof(Api), Port = 8080)] on Shop.Web" }, map.Declarations("networkpolicy/component-web.yaml", "egress", 1));
        Assert.Equal(map.Declarations("networkpolicy/component-web.yaml", "egress", 1), map.Declarations("networkpolicy/component-api.yaml", "ingress", 1));
    }

    [Theory]
    [InlineData("kind: Other\n")]
    [InlineData("- a\n")]
    [InlineData("kind: [")]
    public void ATextThatIsNoMapReadsAsNone(string text) => Assert.Null(SourceMap.Read(text));
}
