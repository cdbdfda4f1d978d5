using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Generators.Diagnostics;

namespace NetCfg.Generators.Analyzers;

/// <summary>
/// NETCFG003: a [DependsOn] target that is not a [Component] class of this assembly. Reported per class, at the
/// <c>typeof(...)</c> argument or at the type argument of <c>DependsOn&lt;T&gt;</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DependencyTargetAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.NotAComponent);

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
            var target = NetCfgSymbols.Target(attribute);
            string shown;
            string reason;
            if (target is null)
            {
                // Only [DependsOn(null)] is worth a word; anything else unreadable is the compiler's to report.
                if (attribute.AttributeClass is { IsGenericType: true } || !NetCfgSymbols.IsNullConstant(attribute, 0)) continue;
                shown = "null";
                reason = "; pass typeof(TheComponent)";
            }
            else if (NetCfgSymbols.IsComponentOf(target, context.Compilation.Assembly))
            {
                continue;
            }
            else
            {
                shown = NetCfgSymbols.Display(target);
                reason = Reason(target, context.Compilation.Assembly);
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.NotAComponent,
                AttributeLocations.Target(attribute, context.CancellationToken),
                shown,
                reason));
        }
    }

    private static bool ComponentAttributeOfDefinition(INamedTypeSymbol type) => NetCfgSymbols.ComponentAttribute(type.OriginalDefinition) is not null;

    private static string Reason(ITypeSymbol target, IAssemblySymbol assembly)
    {
        if (target is not INamedTypeSymbol { TypeKind: TypeKind.Class } named) return "; only classes marked [Component] can be depended on";
        if (!SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, assembly))
        {
            return $"; it is in assembly '{named.ContainingAssembly?.Name}', and a config only knows the components of its own assembly";
        }

        if (named.IsGenericType && ComponentAttributeOfDefinition(named)) return "; a generic class cannot be a dependency target";
        return "; add [Component(\"name\")] to it";
    }
}
