using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NetCfg.Generators.Parsing;
using Xunit;

namespace NetCfg.Generators.Tests;

/// <summary>The carried [DependsOn] text is what Roslyn's own NormalizeWhitespace gives, without comments, for every form.</summary>
public sealed class AttributeTextTests
{
    [Theory]
    [InlineData("[DependsOn(typeof(Backend), Port = 8080)]")]
    [InlineData("[DependsOn(\n    typeof(Backend), /* the API */\n    Port=8080)]")]
    [InlineData("[DependsOn<Backend>(Port = 8080)] // trailing")]
    [InlineData("[DependsOn(typeof(global::MyApp.Backend),Port=8000+80,EndPort=9000 * 2, Protocol = NetworkProtocol.Udp)]")]
    [InlineData("[DependsOn(typeof(Outer.Inner<int, string>), PortName = \"http\")]")]
    [InlineData("[DependsOn(\"backend\", Port = -1)]")]
    [InlineData("[DependsOn(typeof(Backend), Port = (int)Ports.Http, Protocol = (NetworkProtocol)1)]")]
    [InlineData("[DependsOn(nameof(Backend), Port = Ports.Base | 1, EndPort = true ? 2 : 3)]")]
    [InlineData("[NetCfg.Attributes.DependsOn(target: typeof(Backend), Port = 'a' + 1)]")]
    [InlineData("[DependsOn(typeof(Backend[]), Port = sizeof(int) << 2)]")]
    public void IsRoslynsNormalizedTextWithoutComments(string written)
    {
        var attribute = CSharpSyntaxTree.ParseText(written + " class C { }").GetRoot().DescendantNodes().OfType<AttributeSyntax>().First();
        var normalized = "[" + attribute.ReplaceTokens(attribute.DescendantTokens(), static (token, _) => token.WithoutTrivia()).NormalizeWhitespace().ToString() + "]";
        Assert.Equal(normalized, AttributeText.Of(attribute));
    }
}
