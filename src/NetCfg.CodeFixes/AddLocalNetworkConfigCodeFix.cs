using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using NetCfg.Generators.Diagnostics;

namespace NetCfg.CodeFixes;

/// <summary>
/// NETCFG013 (components but no config): "Add [assembly: LocalNetworkConfig("my-app-network-config")]" to the file of the
/// first component, with the name the analyzer suggested. The other NETCFG013 case (too many configs) has no fix: which
/// one to keep is the user's call.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddLocalNetworkConfigCodeFix))]
[Shared]
public sealed class AddLocalNetworkConfigCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ConfigCountId);

    // One config per assembly: fixing "all" would add it several times.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticDescriptors.ConfigProblemProperty, out var problem)
                || problem != DiagnosticDescriptors.ConfigMissing
                || !diagnostic.Properties.TryGetValue(DiagnosticDescriptors.ConfigNameProperty, out var name)
                || string.IsNullOrEmpty(name))
            {
                continue;
            }

            var configName = name!;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Add [assembly: LocalNetworkConfig(\"{configName}\")]",
                    ct => AddAsync(context.Document, configName, ct),
                    equivalenceKey: DiagnosticDescriptors.ConfigCountId),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> AddAsync(Document document, string name, CancellationToken cancellationToken)
    {
        if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root) return document;
        var attribute = SyntaxFactory.Attribute(
            SyntaxFactory.ParseName("global::NetCfg.LocalNetworkConfig").WithAdditionalAnnotations(Simplifier.Annotation),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name))))));
        var list = SyntaxFactory.AttributeList(
                SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(SyntaxKind.AssemblyKeyword)),
                SyntaxFactory.SingletonSeparatedList(attribute))
            .WithAdditionalAnnotations(Formatter.Annotation);
        return document.WithSyntaxRoot(root.AddAttributeLists(list));
    }
}
