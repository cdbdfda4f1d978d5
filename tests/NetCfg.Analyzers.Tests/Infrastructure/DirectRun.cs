using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace NetCfg.Analyzers.Tests.Infrastructure;

/// <summary>Runs analyzers straight on a compilation (no test-framework passes): for big inputs and robustness runs.</summary>
public static class DirectRun
{
    /// <summary>Every DiagnosticAnalyzer in the generator assembly.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = typeof(NetCfg.Generators.Analyzers.NetCfgAnalyzer).Assembly
        .GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public sealed record Result(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions, Compilation Compilation);

    public static async Task<Result> AnalyzeAsync(
        IEnumerable<(string Path, string Text)> sources,
        IEnumerable<(string Path, string Text)>? profiles = null,
        ImmutableArray<DiagnosticAnalyzer>? analyzers = null,
        CancellationToken cancellationToken = default)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, s.Path, cancellationToken: cancellationToken)).ToList();
        var compilation = CSharpCompilation.Create(
            "TestAssembly",
            trees,
            References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: true));
        var additional = (profiles ?? Array.Empty<(string, string)>()).Select(p => (AdditionalText)new InMemoryText(p.Path, p.Text)).ToImmutableArray();
        var options = new AnalyzerOptions(additional, new ProfileMetadata(additional.Select(a => a.Path)));
        var exceptions = new ConcurrentQueue<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers ?? AllAnalyzers,
            new CompilationWithAnalyzersOptions(options, (e, _, _) => exceptions.Enqueue(e), concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
        return new Result(diagnostics, exceptions.ToList(), compilation);
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Marks the given paths as NetworkProfile items, as the build targets do.</summary>
    private sealed class ProfileMetadata(IEnumerable<string> profilePaths) : AnalyzerConfigOptionsProvider
    {
        private readonly HashSet<string> _paths = new(profilePaths, StringComparer.Ordinal);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _paths.Contains(textFile.Path)
            ? new Options(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.NetCfgItemType", "NetworkProfile"))
            : GlobalOptions;
    }

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
