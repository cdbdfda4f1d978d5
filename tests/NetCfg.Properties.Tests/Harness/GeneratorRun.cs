using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Generators;
using NetCfg.Tasks;
using NetCfg.TestKit;

namespace NetCfg.Properties.Tests.Harness;

/// <summary>One generator run: the updated compilation, what the driver said, and the carrier read back.</summary>
internal sealed record GeneratorRun(
    Compilation Output,
    ImmutableArray<AdditionalText> AdditionalFiles,
    BuildOptions Options,
    ImmutableArray<Diagnostic> DriverDiagnostics,
    Exception? GeneratorException,
    ImmutableArray<SyntaxTree> GeneratedTrees,
    CarrierReadBack? ReadBack)
{
    /// <summary>Every non-abstract DiagnosticAnalyzer in the generator assembly, found by reflection.</summary>
    public static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new(() =>
        typeof(NetCfgGenerator).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray());

    public ManifestCarrier? Carrier => ReadBack?.Carrier;

    public string Status => Carrier?.Status ?? "<no carrier>";

    /// <summary>The driver's own complaints: CS8784/CS8785 (generator failed to initialize / threw).</summary>
    public IEnumerable<Diagnostic> GeneratorFailures => DriverDiagnostics.Where(d => d.Id is "CS8784" or "CS8785");

    /// <summary>Runs every analyzer of the generator assembly over the output compilation, as a build would.</summary>
    public AnalyzerRun RunAnalyzers()
    {
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(AdditionalFiles, Options),
            onAnalyzerException: (e, analyzer, _) =>
            {
                lock (exceptions) exceptions.Add($"{analyzer.GetType().Name}: {e}");
            },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = Output.WithAnalyzers(Analyzers.Value, options);
        var diagnostics = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        return new AnalyzerRun(diagnostics, exceptions);
    }
}

/// <summary>All diagnostics (compiler and analyzers) of one analyzer run, and the exceptions the analyzers threw.</summary>
internal sealed record AnalyzerRun(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> AnalyzerExceptions)
{
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<Diagnostic> NetCfgErrors => Errors.Where(d => d.Id.StartsWith("NETCFG", StringComparison.Ordinal));

    public IEnumerable<Diagnostic> CompilerErrors => Errors.Where(d => d.Id.StartsWith("CS", StringComparison.Ordinal));

    /// <summary>AD0001 (an analyzer threw) or AD0002-style failures.</summary>
    public IEnumerable<Diagnostic> AnalyzerFailures => Diagnostics.Where(d => d.Id.StartsWith("AD", StringComparison.Ordinal));
}
