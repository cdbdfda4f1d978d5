using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Generators.Diagnostics;

namespace NetCfg.Generators.Analyzers;

/// <summary>
/// NETCFG001: [DependsOnProfile] names a profile that no NetworkProfile file declares. Reported per class as it is typed,
/// at the profile-name argument, with up to three closest known names (also in Diagnostic.Properties for the code fix).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnknownProfileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnknownProfile);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var index = ProfileIndex.Lazy(start.Options);
            start.RegisterSymbolAction(
                symbol =>
                {
                    var attributes = NetCfgSymbols.Attributes(symbol.Symbol, NetCfgSymbols.DependsOnProfile);
                    if (!attributes.IsEmpty) Analyze(symbol, attributes, index(symbol.CancellationToken));
                },
                SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, ImmutableArray<AttributeData> attributes, ProfileIndex index)
    {
        foreach (var attribute in attributes)
        {
            var name = NetCfgSymbols.String(attribute, 0);
            if (name is null && !NetCfgSymbols.IsNullConstant(attribute, 0)) continue; // half-typed: the compiler reports it
            if (name is not null && index.Declarations.ContainsKey(name)) continue;

            var suggestions = name is null ? (IReadOnlyList<string>)System.Array.Empty<string>() : ClosestNames.Find(name, index.Declarations.Keys);
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            for (var i = 0; i < suggestions.Count; i++)
            {
                properties.Add(DiagnosticDescriptors.SuggestionProperty + i.ToString(CultureInfo.InvariantCulture), suggestions[i]);
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnknownProfile,
                AttributeLocations.Constructor(attribute, 0, context.CancellationToken),
                properties.ToImmutable(),
                name ?? "null",
                Hint(suggestions, index)));
        }
    }

    private static string Hint(IReadOnlyList<string> suggestions, ProfileIndex index)
    {
        var text = new StringBuilder();
        if (suggestions.Count > 0)
        {
            text.Append("; did you mean ");
            for (var i = 0; i < suggestions.Count; i++)
            {
                if (i > 0) text.Append(i == suggestions.Count - 1 ? " or " : ", ");
                text.Append('\'').Append(suggestions[i]).Append('\'');
            }

            text.Append('?');
        }
        else if (index.Files.IsEmpty)
        {
            text.Append("; the project lists no NetworkProfile files (add them with <NetworkProfile Include=\"profiles/*.yaml\" />)");
        }

        if (index.MalformedFileCount > 0)
        {
            text.Append(" (")
                .Append(index.MalformedFileCount.ToString(CultureInfo.InvariantCulture))
                .Append(index.MalformedFileCount == 1 ? " profile file could not be read: see NETCFG009)" : " profile files could not be read: see NETCFG009)");
        }

        return text.ToString();
    }
}
