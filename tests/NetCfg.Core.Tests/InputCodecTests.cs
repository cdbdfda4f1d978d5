using System;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Carrier;
using Xunit;
using static NetCfg.Core.Tests.Fixtures;

namespace NetCfg.Core.Tests;

/// <summary>The generator hands the task its input as one string: it must come back equal, or not at all.</summary>
public sealed class InputCodecTests
{
    private static readonly string[] Hostile = { "", "!", "3:abc", "12:", ":", "a\nb", "\0", "é€😀", "\"quoted\"", new string('x', 5000) };

    /// <summary>Every field of the model set, with strings that look like the encoding's own tokens.</summary>
    private static TranslationInput Everything()
    {
        var peer = new Peer(new IpBlock("10.0.0.0/8", new[] { "10.1.0.0/16", "1:!" }.ToEquatableArray()), null, null);
        var expressions = new[] { new Requirement("tier", LabelOperator.NotIn, new[] { "a", "2:" }.ToEquatableArray()), new Requirement("x", LabelOperator.Exists, default) }.ToEquatableArray();
        var selectors = new Peer(null, new Selector(new[] { L("ns", "!") }.ToEquatableArray()), new Selector(new[] { L("2:", "") }.ToEquatableArray(), expressions));
        var ports = new[] { new PortSpec(Protocol.Udp, 53, null), new PortSpec(Protocol.Sctp, 1000, 2000), new PortSpec(Protocol.Tcp, null, null), new PortSpec(Protocol.Tcp, null, null, "http") }.ToEquatableArray();
        var rule = new Rule(new[] { peer, selectors }.ToEquatableArray(), ports);
        var ingress = new Rule(new[] { selectors }.ToEquatableArray(), default);
        var file = new ProfileFile("p/a:b.yaml", new[] { new NetworkProfile("prof", new[] { rule }.ToEquatableArray(), new[] { ingress }.ToEquatableArray(), 3, 7) }.ToEquatableArray(), new[] { new ProfileError("bad\nthing", 1, 2) }.ToEquatableArray());
        var components = new[]
        {
            Component("N.A", "a", new[] { L("k", "v"), L(Hostile[2], Hostile[7]) }, new[] { Dep("N.B", 80, 90, Protocol.Udp), Dep("N.B", null), DepOn("b", null, "http") }, new[] { "prof", Hostile[1] })
                with { Expressions = new[] { Expr("tier", LabelOperator.In, "web", Hostile[3]), new ExpressionDeclaration(null, 9, default, true, false) }.ToEquatableArray() },
            Component("N.B", Hostile[5]) with { Name = null, NameComplete = false, IsComponent = false, Labels = new[] { new LabelDeclaration(null, Hostile[9], false) }.ToEquatableArray() },
        };
        var imports = new[]
        {
            new ComponentExport("Lib", null, new[] { Component("L.C", "c", assembly: "Lib") }.ToEquatableArray()),
            new ComponentExport("Net", "other-config", EquatableArray<ComponentDeclaration>.Empty, "it is truncated"),
        };
        return new TranslationInput(
            Hostile[6],
            new[] { new ConfigDeclaration("cfg", null), new ConfigDeclaration(null, "ns:1", false) }.ToEquatableArray(),
            components.ToEquatableArray(),
            imports.ToEquatableArray(),
            new[] { file, new ProfileFile("empty.yaml", EquatableArray<NetworkProfile>.Empty, EquatableArray<ProfileError>.Empty) }.ToEquatableArray());
    }

    public static TheoryData<string> Inputs() => new() { nameof(MyApp), nameof(MyWorker), nameof(Everything), "Empty" };

    private static TranslationInput Named(string name) => name switch
    {
        nameof(MyApp) => MyApp(),
        nameof(MyWorker) => MyWorker(),
        nameof(Everything) => Everything(),
        _ => Input(null, Array.Empty<ComponentDeclaration>()),
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void DecodingTheEncodingGivesTheSameInput(string name)
    {
        var input = Named(name);
        Assert.Equal(input, InputCodec.Decode(InputCodec.Encode(input)));
    }

    [Fact]
    public void HostileStringsRoundTripInEveryStringField()
    {
        foreach (var text in Hostile)
        {
            var input = Input(new ConfigDeclaration(text, text), new[] { Component(text, text, new[] { L(text, text) }, new[] { Dep(text, 1) }, new[] { text }) });
            Assert.Equal(input, InputCodec.Decode(InputCodec.Encode(input)));
        }
    }

    [Fact]
    public void DifferentInputsEncodeDifferently()
    {
        var a = MyApp();
        var b = a with { Assembly = "Other" };
        var c = a with { Components = new[] { a.Components[0] with { Name = "frontend2" }, a.Components[1] }.ToEquatableArray() };
        Assert.Equal(3, new[] { InputCodec.Encode(a), InputCodec.Encode(b), InputCodec.Encode(c) }.Distinct().Count());
    }

    [Fact]
    public void EveryTruncationIsRejected()
    {
        var text = InputCodec.Encode(MyWorker());
        for (var length = 0; length < text.Length; length++)
        {
            Assert.Throws<FormatException>(() => InputCodec.Decode(text.Substring(0, length)));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("14:netcfg-input/9")]
    [InlineData("x")]
    [InlineData("99999999999:")]
    [InlineData("-1:")]
    public void ForeignTextIsRejected(string text) => Assert.Throws<FormatException>(() => InputCodec.Decode(text));

    [Fact]
    public void TrailingTextIsRejected() =>
        Assert.Throws<FormatException>(() => InputCodec.Decode(InputCodec.Encode(MyApp()) + "0:"));

    [Fact]
    public void ACorruptedCharacterGivesAFormatErrorOrAValidInputNeverAnotherException()
    {
        var text = InputCodec.Encode(Everything());
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var chars = text.ToCharArray();
            chars[random.Next(chars.Length)] = "0123456789:!x-"[random.Next(14)];
            try
            {
                InputCodec.Decode(new string(chars));
            }
            catch (FormatException)
            {
            }
        }
    }
}
