using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Validation;
using NetCfg.Oracle;
using Xunit;

namespace NetCfg.Core.Tests;

/// <summary>Core's name rules against the oracle's, written apart from them from the API server's rules.</summary>
public sealed class KubernetesNamesTests
{
    // Characters on each side of every rule: lower, upper, digit, the separators and one multi-byte letter.
    private const string Alphabet = "az09Z-_./é";

    public static IEnumerable<object[]> Lengths() =>
        new[] { 0, 1, 2, 14, 15, 16, 62, 63, 64, 252, 253, 254 }.Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(Lengths))]
    public void AgreeWithTheOracleAroundEachLengthLimit(int length)
    {
        var random = new Random(length);
        foreach (var value in Samples(random, length).Take(400)) AssertAgree(value);
    }

    [Theory]
    [InlineData("a-b"), InlineData("-ab"), InlineData("ab-"), InlineData("a--b"), InlineData("123"), InlineData("1a"), InlineData("a1")]
    [InlineData("a.b"), InlineData("a..b"), InlineData(".a"), InlineData("a."), InlineData("a_b"), InlineData("_a"), InlineData("a_")]
    [InlineData("A"), InlineData("aB"), InlineData("é"), InlineData("a\n"), InlineData("p/a"), InlineData("/a"), InlineData("p/"), InlineData("a/b/c")]
    [InlineData("P.io/a"), InlineData("p.io/A_b.c"), InlineData("p..io/a"), InlineData("abcdefghijklmno"), InlineData("abcdefghijklmnop")]
    public void AgreeWithTheOracleOnEachCharacterRule(string value) => AssertAgree(value);

    [Fact]
    public void LongPartsMeetEachLimitExactly()
    {
        AssertAgree(new string('a', 63));
        AssertAgree(new string('a', 64));
        AssertAgree(new string('a', 253) + "/a");
        AssertAgree(new string('a', 254) + "/a");
        AssertAgree("p/" + new string('a', 63));
        AssertAgree("p/" + new string('a', 64));
        AssertAgree(new string('é', 32));
        AssertAgree(string.Join(".", Enumerable.Repeat(new string('a', 63), 4)).Substring(0, 253));
        AssertAgree(string.Join(".", Enumerable.Repeat(new string('a', 63), 4)).Substring(0, 253) + "a");
    }

    [Theory]
    [InlineData("a/b/c", "at most one '/'")]
    [InlineData("/a", "prefix before '/' must be non-empty")]
    [InlineData("A.io/a", "prefix before '/' must be a lowercase DNS-1123 subdomain")]
    [InlineData("p/", "name part must be non-empty")]
    [InlineData("p/-a", "must start and end with an alphanumeric character")]
    public void ALabelKeyErrorSaysWhichRuleItBreaks(string key, string reason) => Assert.Contains(reason, KubernetesNames.LabelKeyError(key));

    [Fact]
    public void LengthErrorsSayWhichPartIsTooLong()
    {
        Assert.Contains("name part must be no more than 63 characters", KubernetesNames.LabelKeyError(new string('a', 64)));
        Assert.Contains("label value must be no more than 63 characters", KubernetesNames.LabelValueError(new string('a', 64)));
        Assert.Contains("must start and end with an alphanumeric character", KubernetesNames.LabelValueError("a-"));
    }

    private static IEnumerable<string> Samples(Random random, int length)
    {
        // Mostly valid-looking strings with one or two characters changed, so each rule is met near its edge.
        while (true)
        {
            var chars = Enumerable.Range(0, length).Select(_ => random.Next(4) == 0 ? '0' : 'a').ToArray();
            for (var i = random.Next(3); i > 0 && length > 0; i--) chars[random.Next(length)] = Alphabet[random.Next(Alphabet.Length)];
            var value = new string(chars);
            yield return random.Next(5) == 0 && length > 2 ? value.Substring(0, length / 2) + "/" + value.Substring(length / 2 + 1) : value;
        }
    }

    private static void AssertAgree(string value)
    {
        Assert.True(ApiValidator.IsDns1123Label(value) == KubernetesNames.IsDns1123Label(value), $"DNS-1123 label: '{value}'");
        Assert.True(ApiValidator.IsDns1123Subdomain(value) == KubernetesNames.IsDns1123Subdomain(value), $"DNS-1123 subdomain: '{value}'");
        Assert.True(ApiValidator.IsLabelKey(value) == (KubernetesNames.LabelKeyError(value) is null), $"label key: '{value}'");
        Assert.True(ApiValidator.IsLabelValue(value) == (KubernetesNames.LabelValueError(value) is null), $"label value: '{value}'");
        Assert.True(ApiValidator.IsPortName(value) == KubernetesNames.IsPortName(value), $"port name: '{value}'");
    }
}
