using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NetCfg.Generators.Diagnostics;

namespace NetCfg.CodeFixes;

/// <summary>NETCFG001: "Use 'closest-name'", one action per suggestion the analyzer put in the diagnostic's properties.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseClosestProfileNameCodeFix))]
[Shared]
public sealed class UseClosestProfileNameCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnknownProfileId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            for (var i = 0; diagnostic.Properties.TryGetValue(DiagnosticDescriptors.SuggestionProperty + i.ToString(CultureInfo.InvariantCulture), out var suggestion); i++)
            {
                if (string.IsNullOrEmpty(suggestion)) continue;
                var name = suggestion!;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use '{name}'",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(
                            literal,
                            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name)).WithTriviaFrom(literal)))),
                        equivalenceKey: DiagnosticDescriptors.UnknownProfileId + ":" + name),
                    diagnostic);
            }
        }
    }
}
