using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Generators.Diagnostics;

namespace NetCfg.Generators.Analyzers;

/// <summary>
/// NETCFG011: a dependency on a component without Port, which allows every port of its protocol. Reported per class, at
/// the [DependsOn] attribute (there is no argument to point at: the missing one is the problem).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingPortAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.MissingPort);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        foreach (var attribute in NetCfgSymbols.Attributes(context.Symbol, NetCfgSymbols.DependsOn))
        {
            NetCfgSymbols.NamedInt(attribute, DependencyPortAnalyzer.Port, out var hasPort);
            NetCfgSymbols.NamedInt(attribute, DependencyPortAnalyzer.EndPort, out var hasEndPort);
            if (hasPort || hasEndPort) continue; // EndPort alone is NETCFG004's
            if (NetCfgSymbols.Target(attribute) is not { } target || !NetCfgSymbols.IsComponentOf(target, context.Compilation.Assembly)) continue;
            var protocol = NetCfgSymbols.NamedInt(attribute, DependencyPortAnalyzer.Protocol, out _) switch
            {
                1 => "UDP",
                2 => "SCTP",
                _ => "TCP",
            };

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MissingPort,
                AttributeLocations.Attribute(attribute, context.CancellationToken),
                NetCfgSymbols.Display(target),
                protocol));
        }
    }
}
