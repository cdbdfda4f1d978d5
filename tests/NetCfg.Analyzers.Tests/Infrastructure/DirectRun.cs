using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.TestKit;

namespace NetCfg.Analyzers.Tests.Infrastructure;

/// <summary>Runs analyzers straight on a compilation through the TestKit (no test-framework passes): for big inputs and robustness runs.</summary>
public static class DirectRun
{
    /// <summary>Every DiagnosticAnalyzer in the generator assembly.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers => Analysis.Analyzers;

    public sealed record Result(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Exceptions, Compilation Compilation);

    /// <summary>Profiles are the files whose path ends in .yaml, as the TestKit's build options mark them.</summary>
    public static Task<Result> AnalyzeAsync(
        IEnumerable<(string Path, string Text)> sources,
        IEnumerable<(string Path, string Text)>? profiles = null,
        ImmutableArray<DiagnosticAnalyzer>? analyzers = null,
        CancellationToken cancellationToken = default)
    {
        var compilation = Generation.Compile(sources);
        var files = (profiles ?? Array.Empty<(string, string)>()).Select(p => (AdditionalText)new InMemoryText(p.Path, p.Text)).ToImmutableArray();
        var run = Analysis.Run(compilation, files, new BuildOptions(), analyzers);
        return Task.FromResult(new Result(run.Diagnostics, run.AnalyzerExceptions, compilation));
    }
}
