using System.Collections.Generic;
using System.IO;
using NetCfg.Core.Carrier;
using NetCfg.Core.Model;
using Xunit;

namespace NetCfg.Tasks.Tests;

/// <summary>The task refuses any carrier that is not exactly this version's, with a clear reason.</summary>
public sealed class CarriedInputTests
{
    private static Dictionary<string, string> Constants(string format = CheckedInputCarrier.Format, string status = "Ok", string problems = "1:0", string input = "") => new()
    {
        [CheckedInputCarrier.FormatField] = format,
        [CheckedInputCarrier.StatusField] = status,
        [CheckedInputCarrier.ProblemsField] = problems,
        [CheckedInputCarrier.InputField] = input,
    };

    [Fact]
    public void AnotherFormatIsRefused() =>
        Assert.Contains("different package versions", Assert.Throws<InvalidDataException>(() => CarriedInput.From(Constants(format: "netcfg-checked-input/0"))).Message);

    [Theory]
    [InlineData("ok")]
    [InlineData("7")]
    [InlineData("")]
    public void AnUnknownStatusIsRefused(string status) => Assert.Throws<InvalidDataException>(() => CarriedInput.From(Constants(status: status)));

    [Fact]
    public void UnreadableProblemsAreRefused() => Assert.Throws<InvalidDataException>(() => CarriedInput.From(Constants(problems: "3:ab")));

    [Fact]
    public void AnUnreadableInputIsRefusedWhenItIsUsed()
    {
        var carried = CarriedInput.From(Constants(input: "garbage"));
        Assert.Throws<InvalidDataException>(() => carried.Input);
    }

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
