using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Generators.Analyzers;
using NetCfg.Generators.Diagnostics;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>Every diagnostic has its doc page, its help link, a row in the docs table and a release-tracking entry.</summary>
public class DocsAndReleaseTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = DirectRun.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).ToArray();

    [Fact]
    public void The_ids_are_NETCFG001_to_NETCFG014()
    {
        Assert.Equal(
            Enumerable.Range(1, 14).Select(i => $"NETCFG{i:000}"),
            Descriptors.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
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
            var isYaml = descriptor.Id is DiagnosticDescriptors.MalformedProfileId or DiagnosticDescriptors.DuplicateProfileId;
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
    public void Cross_symbol_rules_are_compilation_end_and_the_others_are_not()
    {
        var end = new[] { "NETCFG002", "NETCFG005", "NETCFG008", "NETCFG013" };
        foreach (var descriptor in Descriptors)
        {
            Assert.Equal(end.Contains(descriptor.Id), descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd));
        }
    }

    [Fact]
    public Task SuppressMessage_on_the_class_works() =>
        new NetCfgTest<MissingPortAnalyzer>(Code.Header + """
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
