using System.IO;
using NetCfg.Core.Yaml;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Tests;

/// <summary>Any string must come back from a YAML reader as the same string, never as another type or structure.</summary>
public sealed class YamlQuotingTests
{
    [Theory]
    [InlineData("true")]
    [InlineData("False")]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("0123")]
    [InlineData("12345")]
    [InlineData("1e3")]
    [InlineData("0x1F")]
    [InlineData(".inf")]
    [InlineData("")]
    [InlineData("a: b")]
    [InlineData("x #comment")]
    [InlineData("- item")]
    [InlineData("line\nbreak")]
    [InlineData("quote\"and'apostrophe")]
    [InlineData("{a: 1}")]
    [InlineData("*alias")]
    [InlineData("&anchor")]
    [InlineData("!!binary")]
    [InlineData(" leading space")]
    [InlineData("tab\there")]
    [InlineData("unicode \u2028 sep")]
    [InlineData("2001-12-14")]
    public void StringScalarsRoundTripAsStrings(string value)
    {
        var yaml = YamlText.Write(YamlText.Map(("key", YamlText.Str(value)), ("next", YamlText.Str("ok"))));
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var map = (YamlMappingNode)stream.Documents[0].RootNode;
        Assert.Equal(2, map.Children.Count);
        var scalar = (YamlScalarNode)map.Children[new YamlScalarNode("key")];
        Assert.Equal(value, scalar.Value);

        // Ambiguous plain scalars would be typed by a YAML 1.1 reader (kubectl): they must be quoted.
        if (value is "true" or "False" or "yes" or "on" or "null" or "~" or "0123" or "12345" or "1e3" or "0x1F" or ".inf" or "" or "2001-12-14")
        {
            Assert.NotEqual(ScalarStyle.Plain, scalar.Style);
        }
    }

    [Fact]
    public void LabelValuesThatLookTypedStayStringsInKubernetesObjects()
    {
        var input = Fixtures.Input(
            new Model.ConfigDeclaration("cfg", null),
            new[] { Fixtures.Component("global::A", "a", new[] { Fixtures.L("flag", "true"), Fixtures.L("zip", "0123"), Fixtures.L("nothing", "null"), Fixtures.L("empty", "") }) });
        var policy = GuideExampleTests.Policy(Fixtures.Translate(input).File("networkpolicy/component-a.yaml"));
        Assert.Equal("true", policy.Spec.PodSelector.MatchLabels["flag"]);
        Assert.Equal("0123", policy.Spec.PodSelector.MatchLabels["zip"]);
        Assert.Equal("null", policy.Spec.PodSelector.MatchLabels["nothing"]);
        Assert.Equal("", policy.Spec.PodSelector.MatchLabels["empty"]);
    }
}
