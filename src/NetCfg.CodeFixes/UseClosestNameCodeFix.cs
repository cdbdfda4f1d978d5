using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NetCfg.Core.Rules;
using NetCfg.Generators.Diagnostics;

namespace NetCfg.CodeFixes;

/// <summary>NETCFG001 and NETCFG015: "Use 'closest-name'", one action per suggestion the analyzer put in the diagnostic's properties.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseClosestNameCodeFix))]
[Shared]
public sealed class UseClosestNameCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnknownProfile, RuleIds.UnknownComponentName);

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
                        equivalenceKey: diagnostic.Id + ":" + name),
                    diagnostic);
            }
        }
    }
}
