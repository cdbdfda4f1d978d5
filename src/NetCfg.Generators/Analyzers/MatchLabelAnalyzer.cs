using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Core.Validation;
using NetCfg.Generators.Diagnostics;

namespace NetCfg.Generators.Analyzers;

/// <summary>
/// NETCFG006: a [MatchLabel] key or value that Kubernetes rejects (the core's <see cref="KubernetesNames"/> rules), at the
/// key or value argument; and the same key twice on one class, at each repeated key after the first.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MatchLabelAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidLabel);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var labels = NetCfgSymbols.Attributes(context.Symbol, NetCfgSymbols.MatchLabel);
        if (labels.IsEmpty) return;
        var keys = new List<(string Key, Location Location)>();
        foreach (var attribute in labels)
        {
            var key = NetCfgSymbols.String(attribute, 0);
            var value = NetCfgSymbols.String(attribute, 1);
            if (key is not null)
            {
                var location = AttributeLocations.Constructor(attribute, 0, context.CancellationToken);
                keys.Add((key, location));
                if (KubernetesNames.LabelKeyError(key) is { } keyError) Report(context, location, $"Label key '{key}' is invalid: {keyError}");
            }
            else if (NetCfgSymbols.IsNullConstant(attribute, 0))
            {
                Report(context, AttributeLocations.Constructor(attribute, 0, context.CancellationToken), "A label key may not be null");
            }

            if (value is not null)
            {
                if (KubernetesNames.LabelValueError(value) is { } valueError)
                {
                    Report(context, AttributeLocations.Constructor(attribute, 1, context.CancellationToken), $"Label value '{value}' is invalid: {valueError}");
                }
            }
            else if (NetCfgSymbols.IsNullConstant(attribute, 1))
            {
                Report(context, AttributeLocations.Constructor(attribute, 1, context.CancellationToken), "A label value may not be null; use \"\" for an empty value");
            }
        }

        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var (key, location) in NetCfgSymbols.InSourceOrder(keys, k => k.Location))
        {
            if (!seen.Add(key)) Report(context, location, $"Label key '{key}' is matched more than once on '{context.Symbol.Name}'; a selector holds each key once");
        }
    }

    private static void Report(SymbolAnalysisContext context, Location location, string message) =>
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidLabel, location, message));
}
