using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Generators.Diagnostics;

namespace NetCfg.Generators.Analyzers;

/// <summary>
/// NETCFG005: two [Component] classes of one assembly (one config) with the same name. Collected per class, reported at
/// the end of the compilation at every such name argument, naming the other classes.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateComponentNameAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.DuplicateComponentName);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var components = new ConcurrentBag<(INamedTypeSymbol Type, string Name, AttributeData Attribute)>();
            start.RegisterSymbolAction(
                symbol =>
                {
                    if (symbol.Symbol is INamedTypeSymbol type
                        && NetCfgSymbols.ComponentAttribute(type) is { } attribute
                        && NetCfgSymbols.String(attribute, 0) is { } name)
                    {
                        components.Add((type, name, attribute));
                    }
                },
                SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var group in components.GroupBy(c => c.Name, System.StringComparer.Ordinal).Where(g => g.Count() > 1))
                {
                    var members = group
                        .Select(c => (c.Type, Location: AttributeLocations.Constructor(c.Attribute, 0, end.CancellationToken)))
                        .OrderBy(c => NetCfgSymbols.Key(c.Type), System.StringComparer.Ordinal)
                        .ToList();
                    foreach (var member in members)
                    {
                        var others = members.Where(m => !SymbolEqualityComparer.Default.Equals(m.Type, member.Type)).ToList();
                        end.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.DuplicateComponentName,
                            member.Location,
                            others.Select(o => o.Location).Where(l => l.IsInSource),
                            group.Key,
                            Names.List(others.Select(o => "'" + NetCfgSymbols.Display(o.Type) + "'"))));
                    }
                }
            });
        });
    }
}
