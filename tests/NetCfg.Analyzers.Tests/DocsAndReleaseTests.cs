using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using NetCfg.Generators.Analyzers;
using NetCfg.Generators.Diagnostics;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>Every diagnostic has its doc page, its help link, a row in the docs table and a release-tracking entry.</summary>
public class DocsAndReleaseTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = DirectRun.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).ToArray();

    [Fact]
    public void The_analyzer_reports_exactly_the_core_rules_NETCFG001_to_NETCFG017_and_NETCFG030_to_NETCFG035()
    {
        Assert.Equal(
            Enumerable.Range(1, 17).Concat(Enumerable.Range(30, 6)).Select(i => $"NETCFG{i:000}"),
            Descriptors.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(RuleIds.Analyzer.OrderBy(id => id, StringComparer.Ordinal), Descriptors.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(RuleIds.Warnings, id => Assert.Equal(DiagnosticSeverity.Warning, DiagnosticDescriptors.ById[id].DefaultSeverity));
        Assert.All(RuleIds.Analyzer.Except(RuleIds.Warnings), id => Assert.Equal(DiagnosticSeverity.Error, DiagnosticDescriptors.ById[id].DefaultSeverity));
    }

    [Fact]
    public void Each_descriptor_links_to_its_page_which_explains_severity_and_examples()
    {
        foreach (var descriptor in Descriptors)
        {
            Assert.Equal("NetCfg", descriptor.Category);
            Assert.Equal(DiagnosticDescriptors.DocsBase + descriptor.Id + ".md", descriptor.HelpLinkUri);
            var page = Path.Combine(Root(), "docs", "diagnostics", descriptor.Id + ".md");
            Assert.True(File.Exists(page), page);
            var text = File.ReadAllText(page);
            Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", text, StringComparison.Ordinal);
            Assert.Contains("## Example", text, StringComparison.Ordinal);
            Assert.Contains("## Fix", text, StringComparison.Ordinal);
            Assert.Contains($"dotnet_diagnostic.{descriptor.Id}.severity", text, StringComparison.Ordinal);
            var isYaml = descriptor.Id is RuleIds.MalformedProfile or RuleIds.DuplicateProfile or RuleIds.MalformedWorkload;
            Assert.Contains(isYaml ? "is_global = true" : $"#pragma warning disable {descriptor.Id}", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_index_and_the_release_file_list_every_diagnostic_with_its_severity()
    {
        var index = File.ReadAllText(Path.Combine(Root(), "docs", "diagnostics", "README.md"));
        var unshipped = File.ReadAllText(Path.Combine(Root(), "src", "NetCfg.Generators", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in Descriptors)
        {
            Assert.Contains($"| [{descriptor.Id}]({descriptor.Id}.md) | {descriptor.DefaultSeverity} |", index, StringComparison.Ordinal);
            Assert.Contains($"{descriptor.Id} | NetCfg | {descriptor.DefaultSeverity} |", unshipped, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_rule_waits_for_the_end_of_the_compilation()
    {
        // Whole-graph rules report from per-symbol actions too, so an IDE that analyses open documents shows them.
        Assert.All(Descriptors, d => Assert.DoesNotContain(WellKnownDiagnosticTags.CompilationEnd, d.CustomTags));
    }

    [Fact]
    public void The_docs_name_exactly_the_blocking_rules()
    {
        var index = File.ReadAllText(Path.Combine(Root(), "docs", "diagnostics", "README.md"));
        var line = index.Split('\n').Single(l => l.StartsWith("Blocking:", StringComparison.Ordinal));
        Assert.Equal(RuleIds.Blocking.OrderBy(id => id, StringComparer.Ordinal), System.Text.RegularExpressions.Regex.Matches(line, "NETCFG\\d{3}").Select(m => m.Value).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public Task SuppressMessage_on_the_class_works() =>
        NetCfgTest.For(RuleIds.MissingPort, Code.Header + """
            [System.Diagnostics.CodeAnalysis.SuppressMessage("NetCfg", "NETCFG011")]
            [Component("frontend")]
            [DependsOn(typeof(Backend))]
            public class Frontend { }

            [Component("backend")] public class Backend { }
            """)
            .RunAsync();

    private static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NetCfg.Generators.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException("repo root not found");
    }
}
