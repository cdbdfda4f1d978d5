using System;
using System.Linq;
using System.Text;
using NetCfg.Core.Workloads;
using NetCfg.TestKit;
using Xunit;
using static NetCfg.Core.Tests.Workloads.WorkloadFiles;

namespace NetCfg.Core.Tests.Workloads;

/// <summary>The reader never throws, and every error it gives has a line and column inside the file.</summary>
public class ReaderFuzzTests
{
    private static readonly string[] Seeds =
    {
        Data("kubectl-deployment.yaml"), Data("kubectl-cronjob.yaml"), Data("kubectl-mixed.yaml"), Data("helm-template.yaml"), Data("kubectl-get-list.yaml"),
        WorkloadYaml.Deployment("api", new[] { "app=api" }, new[] { "http:8080", "dns:53/UDP" }),
    };

    private static void Holds(string text)
    {
        var file = WorkloadParser.Parse("deploy/x.yaml", text);
        var lines = text.Count(c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029') + 2; // YAML's line breaks
        Assert.All(file.Errors, e => Assert.True(e.Line >= 1 && e.Line <= lines && e.Column >= 1, $"({e.Line},{e.Column}) {e.Message}"));
        Assert.All(file.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public void Every_truncation_of_every_seed_reads_or_is_reported()
    {
        foreach (var seed in Seeds)
        {
            for (var length = 0; length <= seed.Length; length += 3) Holds(seed.Substring(0, length));
        }
    }

    [Fact]
    public void Wrong_types_in_every_value_are_reported_at_their_place()
    {
        var random = new Random(19);
        var replacements = new[] { "[]", "{}", "[1, 2]", "{a: b}", "null", "~", "yes", "\"\"", "-1", "99999999999", "\"\\u0000\"", "!!binary aGk=", "&a x", "*a" };
        foreach (var seed in Seeds)
        {
            var lines = seed.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var colon = lines[i].IndexOf(": ", StringComparison.Ordinal);
                if (colon < 0) continue;
                var copy = (string[])lines.Clone();
                copy[i] = lines[i].Substring(0, colon + 2) + replacements[random.Next(replacements.Length)];
                Holds(string.Join("\n", copy));
            }
        }
    }

    [Fact]
    public void Random_bytes_deep_nesting_huge_files_and_hostile_strings_never_throw()
    {
        var random = new Random(1919);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(1, 400)];
            random.NextBytes(bytes);
            Holds(Encoding.UTF8.GetString(bytes));
            var seed = Seeds[i % Seeds.Length].ToCharArray();
            for (var k = 0; k < 5; k++) seed[random.Next(seed.Length)] = "\t:-[]{}#&*!|>'\"%@`\u0085\u2028\0"[random.Next(19)];
            Holds(new string(seed));
        }

        Holds(new string('[', 5000) + new string(']', 5000));
        Holds(string.Concat(Enumerable.Repeat("a:\n ", 3000)));
        var count = 1_000_000 / WorkloadYaml.Deployment("w0000", new[] { "app=w0000" }, new[] { "http:8080" }).Length + 1;
        var huge = string.Join("---\n", Enumerable.Range(0, count).Select(i => WorkloadYaml.Deployment("w" + i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture), new[] { "app=w" + i }, new[] { "http:8080" })));
        Assert.True(huge.Length > 1_000_000, huge.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(count, Clean(huge).Workloads.Count);
        Holds(new string('x', WorkloadParser.MaxLength + 1));
        Holds("kind: Deployment\nmetadata: {name: \"a\\nb: c\"}\nspec: {template: {metadata: {labels: {\"app\": \"x: y # z\"}}}}\n");
    }
}
