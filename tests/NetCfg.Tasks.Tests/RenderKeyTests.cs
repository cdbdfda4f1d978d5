using NetCfg.Core.Model;
using Xunit;

namespace NetCfg.Tasks.Tests;

/// <summary>Equal keys skip rendering, so every option and the input must change the key.</summary>
public sealed class RenderKeyTests
{
    [Fact]
    public void TheRenderKeyChangesWithTheOptionsAndTheInput()
    {
        var a = RenderKey.Of("x", TranslationOptions.Default);
        Assert.Equal(a, RenderKey.Of("x", TranslationOptions.Default));
        Assert.NotEqual(a, RenderKey.Of("y", TranslationOptions.Default));
        Assert.NotEqual(a, RenderKey.Of("x", TranslationOptions.Default with { DnsPort = 5353 }));
        Assert.NotEqual(a, RenderKey.Of("x", TranslationOptions.Default with { Dns = DnsMode.NodeLocal }));
        Assert.NotEqual(a, RenderKey.Of("x", TranslationOptions.Default with { DnsPodLabel = new Label("k8s-app", "coredns") }));
    }
}
