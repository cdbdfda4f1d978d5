using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Core.Rules;
using NetCfg.Generators.Diagnostics;
using NetCfg.Generators.Parsing;

namespace NetCfg.Generators.Analyzers;

/// <summary>
/// Reports the core's problems where the user types. It parses the compilation's declarations once
/// (<see cref="CompilationDeclarations"/>) and reports each problem from the action that covers its place: a class,
/// a file with assembly attributes, or a profile file. A whole-graph problem (a cycle, a shared name, identical selectors)
/// is reported once in a full analysis, and at every participant when an IDE analyses one document at a time.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NetCfgAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.ById.Values.ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(AttributeNames.Component) is null) return; // NetCfg.Attributes not referenced
            var declarations = CompilationDeclarations.Lazy(start.Compilation, start.Options);
            start.RegisterSymbolAction(symbol => OnClass(symbol, declarations), SymbolKind.NamedType);
            start.RegisterSemanticModelAction(model => OnDocument(model, declarations));
            start.RegisterAdditionalFileAction(file => OnFile(file, declarations));
        });
    }

    private static void OnClass(SymbolAnalysisContext context, System.Func<System.Threading.CancellationToken, CompilationDeclarations> lazy)
    {
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Class } type || !type.GetAttributes().Any(a => AttributeNames.KindOf(a) is not null)) return;
        var declarations = lazy(context.CancellationToken);
        var fullAnalysis = context.FilterTree is null;
        foreach (var problem in declarations.OnType(TypeKeys.Key(type)))
        {
            if (problem.Echo && fullAnalysis) continue;
            context.ReportDiagnostic(Create(problem, declarations, context.CancellationToken));
        }
    }

    private static void OnDocument(SemanticModelAnalysisContext context, System.Func<System.Threading.CancellationToken, CompilationDeclarations> lazy)
    {
        // Only a file with assembly attributes can hold a config.
        if (context.SemanticModel.SyntaxTree.GetRoot(context.CancellationToken) is not CompilationUnitSyntax { AttributeLists.Count: > 0 } root
            || !root.AttributeLists.Any(l => l.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) == true))
        {
            return;
        }

        var declarations = lazy(context.CancellationToken);
        for (var i = 0; i < declarations.Configs.Count; i++)
        {
            if (declarations.Configs[i].ApplicationSyntaxReference?.SyntaxTree != context.SemanticModel.SyntaxTree) continue;
            foreach (var problem in declarations.OnConfig(i)) context.ReportDiagnostic(Create(problem, declarations, context.CancellationToken));
        }
    }

    private static void OnFile(AdditionalFileAnalysisContext context, System.Func<System.Threading.CancellationToken, CompilationDeclarations> lazy)
    {
        var fileOptions = context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.AdditionalFile);
        var profile = GeneratorOptions.IsProfileFile(fileOptions);
        var workload = GeneratorOptions.IsWorkloadFile(fileOptions);
        if (!profile && !workload) return;
        var declarations = lazy(context.CancellationToken);
        var problems = (profile ? declarations.InFile(context.AdditionalFile.Path) : new List<Problem>())
            .Concat(workload ? declarations.InFile(CompilationDeclarations.WorkloadPath(context.Options, context.AdditionalFile.Path)) : new List<Problem>())
            .Distinct(); // a file listed as both, at one path, holds one list
        foreach (var problem in problems) context.ReportDiagnostic(Create(problem, declarations, context.CancellationToken));
    }

    private static Diagnostic Create(Problem problem, CompilationDeclarations declarations, System.Threading.CancellationToken cancellationToken)
    {
        var additional = problem.Also.Select(s => SiteLocations.Locate(s, declarations, cancellationToken)).Where(l => l != Location.None).ToList();
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        for (var i = 0; i < problem.Suggestions.Count; i++)
        {
            properties.Add(DiagnosticDescriptors.SuggestionProperty + i.ToString(CultureInfo.InvariantCulture), problem.Suggestions[i]);
        }

        return Diagnostic.Create(
            DiagnosticDescriptors.ById[problem.Id],
            SiteLocations.Locate(problem.Site, declarations, cancellationToken),
            additional,
            properties.ToImmutable(),
            problem.Message);
    }
}
