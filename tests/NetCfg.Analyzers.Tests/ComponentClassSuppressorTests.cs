using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Generators.Suppressions;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>NETCFGSPR001-003: strict analysis's findings on component classes are suppressed, on other classes kept.</summary>
public class ComponentClassSuppressorTests
{
    /// <summary>Stands in for the .NET analyzers: reports CA1052, CA1515, CA1812 and CA1000 at every class's name.</summary>
#pragma warning disable RS1001 // a stand-in that this test runs directly, never loaded as an analyzer
    private sealed class StrictAnalysis : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
        private static readonly DiagnosticDescriptor[] Rules = new[] { "CA1052", "CA1515", "CA1812", "CA1000" }
            .Select(id => new DiagnosticDescriptor(id, id, id, "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true))
            .ToArray();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Rules.ToImmutableArray();

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSymbolAction(
                symbol =>
                {
                    foreach (var rule in Rules) symbol.ReportDiagnostic(Diagnostic.Create(rule, symbol.Symbol.Locations[0]));
                },
                SymbolKind.NamedType);
        }
    }

    [Fact]
    public async Task Component_classes_lose_exactly_the_three_findings_and_other_classes_keep_them()
    {
        var source = """
            using NetCfg;
            namespace Shop;
            [Component("web")] [DependsOn<Api>(Port = 8080)] public partial class Web { }
            [Component("api")] internal sealed partial class Api { }
            public partial class Web { }
            public class Plain { }
            """;
        var compilation = CSharpCompilation.Create(
            "Strict",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            RoslynReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new StrictAnalysis(), new ComponentClassSuppressor());
        var diagnostics = await compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true))
            .GetAnalyzerDiagnosticsAsync();

        string Of(string type) => string.Join(",", diagnostics
            .Where(d => d.Location.SourceTree!.GetRoot().FindToken(d.Location.SourceSpan.Start).ValueText == type)
            .OrderBy(d => d.Id, System.StringComparer.Ordinal)
            .Select(d => d.Id + (d.IsSuppressed ? "-suppressed" : string.Empty)));

        Assert.Equal("CA1000,CA1052-suppressed,CA1515-suppressed,CA1812-suppressed", Of("Web"));
        Assert.Equal("CA1000,CA1052-suppressed,CA1515-suppressed,CA1812-suppressed", Of("Api"));
        Assert.Equal("CA1000,CA1052,CA1515,CA1812", Of("Plain"));
    }

    [Fact]
    public void Each_suppression_has_its_page_and_a_row_in_the_index()
    {
        var root = NetCfg.TestKit.Builds.Repo.Root;
        var index = System.IO.File.ReadAllText(System.IO.Path.Combine(root, "docs", "diagnostics", "README.md"));
        Assert.Equal(new[] { "NETCFGSPR001", "NETCFGSPR002", "NETCFGSPR003" }, SuppressionDescriptors.All.Select(d => d.Id));
        foreach (var descriptor in SuppressionDescriptors.All)
        {
            var page = System.IO.File.ReadAllText(System.IO.Path.Combine(root, "docs", "diagnostics", descriptor.Id + ".md"));
            Assert.Contains($"| Suppresses | {descriptor.SuppressedDiagnosticId} |", page, System.StringComparison.Ordinal);
            Assert.Contains(descriptor.Justification.ToString(System.Globalization.CultureInfo.InvariantCulture), page, System.StringComparison.Ordinal);
            Assert.Contains($"| [{descriptor.Id}]({descriptor.Id}.md) | {descriptor.SuppressedDiagnosticId} |", index, System.StringComparison.Ordinal);
        }
    }
}
