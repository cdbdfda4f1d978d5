using System;
using System.Linq;
using NetCfg.Core.Carrier;
using NetCfg.Core.Model;
using Xunit;
using static NetCfg.Core.Tests.Fixtures;

namespace NetCfg.Core.Tests;

/// <summary>
/// What a component library compiles in for the config projects that reference it. Decoding never throws: it gives the
/// export back, or one with a problem that says why, and nothing else of the payload.
/// </summary>
public sealed class ExportCodecTests
{
    private const string Lib = "Shop.Basket";

    private static ComponentExport Export(string? config = null) => new(
        Lib,
        config,
        new[]
        {
            Component("Shop.Basket.BasketApi", "basket-api", new[] { L("app.kubernetes.io/name", "basket-api"), L("2:", "!") }, new[] { DepOn("identity-api", 8443), Dep("Shop.Basket.Store", 5432, 5440, Protocol.Udp, Lib) }, new[] { "allow-prometheus-scrape" }, Lib),
            Component("Shop.Basket.Store", "a\nb:é😀", assembly: Lib) with { Expressions = new[] { Expr("tier", LabelOperator.NotIn, "x", "3:abc") }.ToEquatableArray() },
        }.ToEquatableArray());

    private static void AssertFailed(ComponentExport decoded, string problem)
    {
        Assert.Equal(new ComponentExport(Lib, null, EquatableArray<ComponentDeclaration>.Empty, problem), decoded);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("shop-network")]
    public void DecodingTheEncodingGivesTheSameExport(string? config)
    {
        var export = Export(config);
        var decoded = ExportCodec.Decode(Lib, ExportCodec.Encode(export));
        Assert.Equal(export, decoded);
        Assert.Null(decoded.Problem);
    }

    [Fact]
    public void AnEmptyExportRoundTrips()
    {
        var export = new ComponentExport(Lib, null, EquatableArray<ComponentDeclaration>.Empty);
        Assert.Equal(export, ExportCodec.Decode(Lib, ExportCodec.Encode(export)));
    }

    [Fact]
    public void EveryTruncationIsAProblemWithNothingOfThePayload()
    {
        var text = ExportCodec.Encode(Export());
        for (var length = 0; length < text.Length; length++)
        {
            var decoded = ExportCodec.Decode(Lib, text.Substring(0, length));
            Assert.StartsWith("it is truncated or corrupt (", decoded.Problem);
            AssertFailed(decoded, decoded.Problem!);
        }
    }

    [Fact]
    public void ANewerFormatSaysWhichVersionsToAlign()
    {
        var newer = ExportCodec.Encode(Export()).Replace(ExportCodec.Format, "netcfg-components/2", StringComparison.Ordinal);
        AssertFailed(
            ExportCodec.Decode(Lib, newer),
            "it is in format 'netcfg-components/2', which this version of NetCfg.Generators does not read (it reads 'netcfg-components/1'); use the same NetCfg.Generators version in both projects");
    }

    [Fact]
    public void AFormatNameIsShortenedAndShowsNoControlCharacters()
    {
        var format = ExportCodec.FormatPrefix + "2\n\u001b[31m" + new string('x', 200);
        var problem = ExportCodec.Decode(Lib, format.Length + ":" + format).Problem!;
        Assert.StartsWith("it is in format 'netcfg-components/2??[31m" + new string('x', 35) + "…', which", problem);
    }

    [Theory]
    [InlineData("22:netcfg-checked-input/1")]
    [InlineData("0:")]
    [InlineData("17:netcfg-components")]
    public void AnotherWellFormedFirstTokenIsNotAnExport(string payload) =>
        AssertFailed(ExportCodec.Decode(Lib, payload), "it is not a NetCfg export");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("99999999999:x")]
    [InlineData("-1:")]
    public void TextThatIsNotTokensIsCorrupt(string? payload) =>
        Assert.StartsWith("it is truncated or corrupt (", ExportCodec.Decode(Lib, payload).Problem);

    [Fact]
    public void AHugeCountIsRefusedBeforeAnythingIsAllocated()
    {
        var payload = ExportCodec.Encode(new ComponentExport(Lib, null, EquatableArray<ComponentDeclaration>.Empty)).Replace("1:0!", "9:999999999!", StringComparison.Ordinal);
        var decoded = ExportCodec.Decode(Lib, payload);
        Assert.StartsWith("it is truncated or corrupt (malformed NetCfg input", decoded.Problem);
        AssertFailed(decoded, decoded.Problem!);
    }

    [Fact]
    public void TrailingTextIsCorrupt() =>
        Assert.StartsWith("it is truncated or corrupt (trailing text", ExportCodec.Decode(Lib, ExportCodec.Encode(Export()) + "0:").Problem);

    [Fact]
    public void AnExportThatNamesAnotherAssemblyIsRefused()
    {
        var payload = ExportCodec.Encode(Export() with { Assembly = "Shop.Identity\n" });
        AssertFailed(ExportCodec.Decode(Lib, payload), "it names assembly 'Shop.Identity?'");
    }

    [Fact]
    public void AnEncodedProblemIsKept()
    {
        var export = new ComponentExport(Lib, null, EquatableArray<ComponentDeclaration>.Empty, "it was broken at the source");
        Assert.Equal(export, ExportCodec.Decode(Lib, ExportCodec.Encode(export)));
    }

    [Fact]
    public void ACorruptedCharacterGivesAProblemOrAnExportNeverAnException()
    {
        var text = ExportCodec.Encode(Export());
        var random = new Random(10);
        for (var i = 0; i < 2000; i++)
        {
            var chars = text.ToCharArray();
            chars[random.Next(chars.Length)] = "0123456789:!x-"[random.Next(14)];
            var decoded = ExportCodec.Decode(Lib, new string(chars));
            Assert.True(decoded.Problem is not null || decoded.Components.Count == 2, new string(chars));
            if (decoded.Problem is not null) Assert.Empty(decoded.Components);
        }
    }
}
