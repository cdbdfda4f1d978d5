using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NetCfg.Core.Rules;
using NetCfg.Generators.Parsing;

namespace NetCfg.Generators.Analyzers;

/// <summary>The one place that turns the core's <see cref="Site"/> handles into source locations.</summary>
internal static class SiteLocations
{
    public static Location Locate(ProblemSite site, CompilationDeclarations declarations, CancellationToken cancellationToken) => site.Kind switch
    {
        SiteKind.Attribute when site.Owner is { } owner && declarations.Symbols.TryGetValue(owner, out var type) =>
            Argument(Nth(type.GetAttributes().Where(a => AttributeNames.KindOf(a) == site.Attribute), site.Index), site.Argument, cancellationToken),
        SiteKind.Config => Argument(Nth(declarations.Configs, site.Index), site.Argument, cancellationToken),
        SiteKind.File when site.Owner is { } path && declarations.ProfileTexts.TryGetValue(path, out var text) => InFile(path, text, site.Line, site.Column),
        SiteKind.File when site.Owner is { } path && declarations.WorkloadTexts.TryGetValue(path, out var workload) => InFile(workload.Path, workload.Text, site.Line, site.Column),
        _ => Location.None,
    };

    /// <summary>A line and column of a file: from there to the end of the line (clamped, for any position).</summary>
    public static Location InFile(string path, SourceText text, int oneBasedLine, int oneBasedColumn)
    {
        if (text.Lines.Count == 0) return Location.Create(path, default, default);
        var lineIndex = System.Math.Min(System.Math.Max(oneBasedLine - 1, 0), text.Lines.Count - 1);
        var line = text.Lines[lineIndex];
        var column = System.Math.Min(System.Math.Max(oneBasedColumn - 1, 0), line.Span.Length);
        return Location.Create(
            path,
            TextSpan.FromBounds(line.Start + column, line.End),
            new LinePositionSpan(new LinePosition(lineIndex, column), new LinePosition(lineIndex, line.Span.Length)));
    }

    private static AttributeData? Nth(IEnumerable<AttributeData> attributes, int index) => attributes.Skip(index).FirstOrDefault();

    private static Location Argument(AttributeData? attribute, string? argument, CancellationToken cancellationToken)
    {
        if (attribute is null) return Location.None;
        if (argument is null) return AttributeLocations.Attribute(attribute, cancellationToken);
        if (argument == Arguments.Target) return AttributeLocations.Target(attribute, cancellationToken);
        var position = Arguments.Position(argument);
        return position >= 0
            ? AttributeLocations.Constructor(attribute, position, cancellationToken)
            : AttributeLocations.Named(attribute, argument, cancellationToken);
    }
}
