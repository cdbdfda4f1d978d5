using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Generators.Parsing;

namespace NetCfg.Generators.Suppressions;

/// <summary>
/// Suppresses CA1052, CA1515 and CA1812 on component classes only, so the README's <c>public partial class</c> builds
/// under <c>AnalysisLevel=latest-all</c> with warnings as errors (as xunit.analyzers and the CommunityToolkit
/// generators do for the shapes they require). Any other class keeps every finding.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ComponentClassSuppressor : DiagnosticSuppressor
{
    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions => SuppressionDescriptors.All;

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        var component = context.Compilation.GetTypeByMetadataName(AttributeNames.Component);
        if (component is null) return;
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            if (!SuppressionDescriptors.BySuppressedId.TryGetValue(diagnostic.Id, out var suppression)) continue;
            if (diagnostic.Location.SourceTree is not { } tree) continue;
            var node = tree.GetRoot(context.CancellationToken).FindNode(diagnostic.Location.SourceSpan);
            if (node.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault() is not { } declaration) continue;
            var type = context.GetSemanticModel(tree).GetDeclaredSymbol(declaration, context.CancellationToken);
            if (type is not null && type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, component)))
            {
                context.ReportSuppression(Suppression.Create(suppression, diagnostic));
            }
        }
    }
}
