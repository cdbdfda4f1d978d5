using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Generators.Analyzers;

namespace NetCfg.TestKit;

/// <summary>Runs the NetCfg analyzers straight on a compilation, as a build does, and collects what they threw.</summary>
public static class Analysis
{
    /// <summary>Every DiagnosticAnalyzer in the generator assembly.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(NetCfgAnalyzer).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static AnalyzerRun Run(Compilation compilation, ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options, ImmutableArray<DiagnosticAnalyzer>? analyzers = null)
    {
        var exceptions = new List<string>();
        var withAnalyzers = compilation.WithAnalyzers(analyzers ?? Analyzers, Options(files, options, exceptions));
        var diagnostics = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        return new AnalyzerRun(diagnostics, exceptions);
    }

    /// <summary>As an IDE analyses one open document: only that tree's semantic diagnostics.</summary>
    public static AnalyzerRun RunOnDocument(Compilation compilation, SyntaxTree document, ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options)
    {
        var exceptions = new List<string>();
        var withAnalyzers = compilation.WithAnalyzers(Analyzers, Options(files, options, exceptions));
        var model = compilation.GetSemanticModel(document);
        var diagnostics = withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, System.Threading.CancellationToken.None).GetAwaiter().GetResult();
        return new AnalyzerRun(diagnostics, exceptions);
    }

    private static CompilationWithAnalyzersOptions Options(ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options, List<string> exceptions) => new(
        new AnalyzerOptions(files, options),
        onAnalyzerException: (e, analyzer, _) =>
        {
            lock (exceptions) exceptions.Add($"{analyzer.GetType().Name}: {e}");
        },
        concurrentAnalysis: false,
        logAnalyzerExecutionTime: false);
}

/// <summary>All diagnostics (compiler and analyzers) of one analyzer run, and the exceptions the analyzers threw.</summary>
public sealed record AnalyzerRun(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> AnalyzerExceptions)
{
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<Diagnostic> NetCfg => Diagnostics.Where(d => d.Id.StartsWith("NETCFG", StringComparison.Ordinal));

    public IEnumerable<Diagnostic> NetCfgErrors => Errors.Where(d => d.Id.StartsWith("NETCFG", StringComparison.Ordinal));

    public IEnumerable<Diagnostic> CompilerErrors => Errors.Where(d => d.Id.StartsWith("CS", StringComparison.Ordinal));

    /// <summary>AD0001 (an analyzer threw) or AD0002-style failures.</summary>
    public IEnumerable<Diagnostic> AnalyzerFailures => Diagnostics.Where(d => d.Id.StartsWith("AD", StringComparison.Ordinal));
}
