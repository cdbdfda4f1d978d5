using System.IO;
using NetCfg.Core.Yaml;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Tests;

/// <summary>
/// Readability: names, label keys, paths and CIDRs stay plain; anything a YAML 1.1 or 1.2 reader could take for
/// another type or structure is double-quoted. Each case pins one branch of the plain-or-quoted decision.
/// </summary>
public sealed class YamlStyleTests
{
    private static string Styled(string value) => YamlText.Write(YamlText.Map(("k", YamlText.Str(value)))).TrimEnd('\n');

    [Theory]
    [InlineData("a")]
    [InlineData("Z")]
    [InlineData("frontend")]
    [InlineData("my-app.v2_beta")]
    [InlineData("app.kubernetes.io/name")]
    [InlineData("yesterday")]
    [InlineData("nully")]
    [InlineData("zz9")]
    [InlineData("10.0.0.0/8")]
    [InlineData("0.0.0.0/0")]
    [InlineData("2001:db8::/32")]
    [InlineData("2001:DB8::/32")]
    [InlineData("::/0")]
    public void ReadableValuesArePlain(string value) => Assert.Equal("k: " + value, Styled(value));

    [Theory]
    [InlineData("")]
    [InlineData("yes")]
    [InlineData("No")]
    [InlineData("ON")]
    [InlineData("y")]
    [InlineData("n")]
    [InlineData("off")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("nan")]
    [InlineData("inf")]
    [InlineData("8080")]
    [InlineData("0123")]
    [InlineData("-a")]
    [InlineData("_a")]
    [InlineData(".a")]
    [InlineData("/a")]
    [InlineData("a b")]
    [InlineData("a:b")]
    [InlineData("a#b")]
    [InlineData("a+b")]
    [InlineData("a@b")]
    [InlineData("a~")]
    [InlineData("a`")]
    [InlineData("a{")]
    [InlineData("a[")]
    [InlineData("a@")]
    [InlineData("/8")]
    [InlineData("10.0.0.0/")]
    [InlineData("10.0.0.0")]
    [InlineData("10.0.0.0/8x")]
    [InlineData("10.0.0.0/-8")]
    [InlineData("1g::/8")]
    [InlineData("ABCDEF::/16")]
    [InlineData("2001:dg8::/32")]
    [InlineData("10 0/8")]
    [InlineData("1/2/3")]
    [InlineData("10.0.0.0/8/")]
    public void AmbiguousOrUnusualValuesAreQuoted(string value)
    {
        var text = Styled(value);
        Assert.StartsWith("k: \"", text);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        Assert.Equal(value, ((YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("k")]).Value);
    }

    [Fact]
    public void IntegersArePlainAndAbsentValuesLeaveNoKey()
    {
        Assert.Equal("k: 8080", YamlText.Write(YamlText.Map(("k", YamlText.Int(8080)), ("gone", null))).TrimEnd('\n'));
        Assert.Equal("k: -1", YamlText.Write(YamlText.Map(("k", YamlText.Int(-1)))).TrimEnd('\n'));
    }

    [Fact]
    public void DocumentsEndWithOneNewLineAndNoEndMarker()
    {
        var text = YamlText.Write(YamlText.Map(("a", YamlText.Str("b")), ("c", new YamlSequenceNode(YamlText.Str("d"), YamlText.Str("e")))));
        Assert.Equal("a: b\nc:\n  - d\n  - e\n", text);
    }
}
