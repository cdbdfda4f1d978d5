using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NetCfg.Generators.Parsing;

/// <summary>
/// An attribute as the user wrote it, in C#'s normal spacing and without comments or line breaks: its tokens joined
/// with the spaces NormalizeWhitespace would put between them, without building a new tree (a tenth of the cost, once per
/// [DependsOn] in every build). A reformat or a moved line changes nothing.
/// </summary>
public static class AttributeText
{
    // An IDE runs the generator's transform again for every class on each edit, but an unchanged file keeps its syntax
    // nodes: each attribute's text is joined once, and the table lets it go with its tree.
    private static readonly ConditionalWeakTable<AttributeSyntax, string> Joined = new();

    public static string Of(AttributeSyntax attribute) => Joined.GetValue(attribute, Join);

    private static string Join(AttributeSyntax attribute)
    {
        var text = new StringBuilder("[");
        SyntaxToken previous = default;
        foreach (var token in attribute.DescendantTokens())
        {
            if (previous.RawKind != 0 && SpaceBetween(previous, token)) text.Append(' ');
            text.Append(token.Text);
            previous = token;
        }

        return text.Append(']').ToString();
    }

    private static bool SpaceBetween(SyntaxToken left, SyntaxToken right) =>
        SpacedAfter(left) || SpacedAround(right) || (IsWord(left) && IsWord(right));

    private static bool SpacedAfter(SyntaxToken token) =>
        token.IsKind(SyntaxKind.CommaToken) || SpacedAround(token) || (token.IsKind(SyntaxKind.ColonToken) && token.Parent is NameColonSyntax);

    // Binary, assignment-like and conditional operators take a space on each side.
    private static bool SpacedAround(SyntaxToken token) => token.Parent switch
    {
        BinaryExpressionSyntax binary => binary.OperatorToken == token,
        NameEqualsSyntax equals => equals.EqualsToken == token,
        ConditionalExpressionSyntax conditional => conditional.QuestionToken == token || conditional.ColonToken == token,
        _ => false,
    };

    private static bool IsWord(SyntaxToken token) =>
        token.IsKind(SyntaxKind.IdentifierToken) || token.IsKeyword() || token.IsKind(SyntaxKind.NumericLiteralToken)
        || token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.CharacterLiteralToken);
}
