using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Generators.Diagnostics;

namespace NetCfg.Generators.Analyzers;

/// <summary>
/// NETCFG014: [DependsOn], [DependsOn&lt;T&gt;], [MatchLabel] or [DependsOnProfile] on a class without [Component], which
/// the generator ignores. Per symbol, so [Component] on another partial declaration counts. Reported at each attribute.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IgnoredAttributeAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.IgnoredAttribute);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        // Structs, interfaces etc. cannot carry these attributes at all (CS0592); that is the compiler's to report.
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Class } type) return;
        var attributes = type.GetAttributes();
        var any = false;
        foreach (var attribute in attributes)
        {
            if (NetCfgSymbols.Is(attribute, NetCfgSymbols.Component)) return;
            any |= Shown(attribute) is not null;
        }

        if (!any) return;
        var shownType = NetCfgSymbols.Display(type);
        foreach (var attribute in attributes)
        {
            if (Shown(attribute) is not { } shown) continue;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.IgnoredAttribute,
                AttributeLocations.Attribute(attribute, context.CancellationToken),
                shown,
                shownType));
        }
    }

    /// <summary>The attribute's name as written without the suffix, or null when it is not one the generator ignores here.</summary>
    private static string? Shown(AttributeData attribute) =>
        NetCfgSymbols.Is(attribute, NetCfgSymbols.DependsOn) ? "DependsOn"
        : NetCfgSymbols.Is(attribute, NetCfgSymbols.MatchLabel) ? "MatchLabel"
        : NetCfgSymbols.Is(attribute, NetCfgSymbols.DependsOnProfile) ? "DependsOnProfile"
        : null;
}
