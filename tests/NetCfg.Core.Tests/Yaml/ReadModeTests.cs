using System.Collections.Generic;
using System.IO;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Yaml;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Tests.Yaml;

/// <summary>One reader, three modes: strict (profiles), manifest (what NetCfg wrote) and tolerant (files other tools own).</summary>
public sealed class ReadModeTests
{
    public static TheoryData<string> Modes => new() { nameof(ReadMode.Strict), nameof(ReadMode.Manifest), nameof(ReadMode.Tolerant) };

    [Theory]
    [InlineData(nameof(ReadMode.Strict), "1,23: unknown key 'owner' (expected matchLabels, matchExpressions)")]
    [InlineData(nameof(ReadMode.Manifest), "1,23: unknown key 'owner' (expected matchLabels, matchExpressions)")]
    [InlineData(nameof(ReadMode.Tolerant), "")]
    public void UnknownKeysAreErrorsOnlyInStrictReading(string mode, string errors)
    {
        var (selector, reported) = Selector(mode, "{matchLabels: {a: b}, owner: team-x}");
        Assert.Equal(errors, reported);
        Assert.Equal(new[] { new Label("a", "b") }, selector!.MatchLabels);
    }

    [Theory]
    [InlineData(nameof(ReadMode.Strict), "1,9: ports must be a list")]
    [InlineData(nameof(ReadMode.Tolerant), "")]
    public void ATolerantReaderStillChecksTheShapeOfKnownKeys(string mode, string errors)
    {
        var reader = Reader(mode, out var reported);
        var root = (YamlMappingNode)Load(mode == nameof(ReadMode.Strict) ? "{ports: 80}" : "{ports: [{port: 80}], extra: 1}", reader);
        var ports = reader.Items(NodeReader.Get(root, "ports"), "ports").Select(p => PortReader.Read(reader, p)).ToList();
        Assert.Equal(errors, string.Join("; ", reported));
        Assert.Equal(mode == nameof(ReadMode.Strict) ? 0 : 1, ports.Count);
    }

    [Theory]
    [InlineData(nameof(ReadMode.Strict), "~", "1,1: podSelector must be a mapping")]
    [InlineData(nameof(ReadMode.Strict), "{}", "1,1: an empty podSelector selects everything; name the labels in matchLabels or matchExpressions")]
    [InlineData(nameof(ReadMode.Manifest), "null", "")]
    [InlineData(nameof(ReadMode.Manifest), "{}", "")]
    [InlineData(nameof(ReadMode.Tolerant), "~", "")]
    [InlineData(nameof(ReadMode.Tolerant), "{matchLabels: null, matchExpressions: null}", "")]
    public void ANullOrEmptySelectorSelectsEverythingOnlyUnderKubernetesDefaults(string mode, string yaml, string errors)
    {
        var (selector, reported) = Selector(mode, yaml);
        Assert.Equal(errors, reported);
        if (errors.Length == 0) Assert.True(selector!.IsEmpty);
        else Assert.Null(selector);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void EveryModeRefusesTheSameBadValuesWithTheSameMessage(string mode)
    {
        var (_, reported) = Selector(mode, "{matchLabels: {\"bad key!\": b}, matchExpressions: [{key: a, operator: Like}]}");
        Assert.Equal(
            "1,16: label key 'bad key!': the name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character; "
            + "1,70: operator 'Like' must be In, NotIn, Exists or DoesNotExist",
            reported);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void EveryModeRefusesAnchorsAliasesAndDeepNesting(string mode)
    {
        var reader = Reader(mode, out var reported);
        Assert.Null(YamlDocuments.Load("a: &x [1]\nb: *x\n", "tests", 100, reader));
        Assert.Null(YamlDocuments.Load(new string('[', 40) + new string(']', 40), "tests", 100, reader));
        Assert.Null(YamlDocuments.Load("a: 1234567890", "tests", 10, reader));
        Assert.Equal(
            new[] { "1,4: YAML anchors are not supported in tests", "1,33: nesting deeper than 32 levels", "1,1: the file is larger than 10 characters" },
            reported);
    }

    private static (Selector? Selector, string Errors) Selector(string mode, string yaml)
    {
        var reader = Reader(mode, out var reported);
        var selector = SelectorReader.Read(reader, Load(yaml, reader), "podSelector");
        return (selector, string.Join("; ", reported));
    }

    private static YamlNode Load(string yaml, NodeReader reader) =>
        Assert.Single(YamlDocuments.Load(yaml, "tests", 1000, reader)!);

    private static NodeReader Reader(string mode, out List<string> reported)
    {
        var errors = new List<string>();
        reported = errors;
        var readMode = mode switch
        {
            nameof(ReadMode.Strict) => ReadMode.Strict,
            nameof(ReadMode.Manifest) => ReadMode.Manifest,
            _ => ReadMode.Tolerant,
        };
        return new NodeReader(readMode, (line, column, message) => errors.Add($"{line},{column}: {message}"));
    }
}
