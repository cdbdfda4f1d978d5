using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
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
        context.RegisterAdditionalFileAction(file =>
        {
            if (!ProfileIndex.IsProfileFile(file.Options, file.AdditionalFile)) return;
            var text = file.AdditionalFile.GetText(file.CancellationToken);
            if (text is null) return;
            foreach (var error in ProfileFiles.Parse(file.AdditionalFile.Path, text).Errors)
            {
                file.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MalformedProfile, ProfileIndex.At(file.AdditionalFile.Path, text, error.Line, error.Column), error.Message));
            }
        });
    }
}
