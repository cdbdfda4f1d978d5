using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NetCfg.Core.Model;
using NetCfg.Core.Profiles;
using NetCfg.Generators.Diagnostics;
using NetCfg.Generators.Parsing;

namespace NetCfg.Generators.Analyzers;

/// <summary>NETCFG009: a NetworkProfile file that cannot be read, at its file, line and column.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProfileFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.MalformedProfile);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var options = start.Options.AnalyzerConfigOptionsProvider;
            start.RegisterAdditionalFileAction(file =>
            {
                if (!GeneratorOptions.IsProfileFile(options.GetOptions(file.AdditionalFile))) return;
                var text = file.AdditionalFile.GetText(file.CancellationToken);
                if (text is null) return;
                var parsed = ProfileFiles.Parse(file.AdditionalFile.Path, text);
                foreach (var error in parsed.Errors)
                {
                    file.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MalformedProfile, At(file.AdditionalFile.Path, text, error), error.Message));
                }
            });
        });
    }

    private static Location At(string path, SourceText text, ProfileError error)
    {
        var lineIndex = System.Math.Min(System.Math.Max(error.Line - 1, 0), System.Math.Max(text.Lines.Count - 1, 0));
        var line = text.Lines.Count == 0 ? default : text.Lines[lineIndex];
        var column = System.Math.Min(System.Math.Max(error.Column - 1, 0), line.Span.Length);
        var start = new LinePosition(lineIndex, column);
        var end = new LinePosition(lineIndex, line.Span.Length);
        return Location.Create(path, TextSpan.FromBounds(line.Start + column, line.End), new LinePositionSpan(start, end));
    }
}
