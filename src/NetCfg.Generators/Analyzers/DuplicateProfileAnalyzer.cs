using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NetCfg.Core.Model;
using NetCfg.Generators.Diagnostics;
using NetCfg.Generators.Parsing;

namespace NetCfg.Generators.Analyzers;

/// <summary>
/// NETCFG012: two NetworkProfile documents (in two files, or twice in one) declare the same profile name. Reported in
/// each such file, at the profile's metadata.name, naming the other declarations.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateProfileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.DuplicateProfile);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var index = ProfileIndex.Lazy(start.Options);
            start.RegisterAdditionalFileAction(file =>
            {
                if (ProfileIndex.IsProfileFile(file.Options, file.AdditionalFile)) Analyze(file, index(file.CancellationToken));
            });
        });
    }

    private static void Analyze(AdditionalFileAnalysisContext context, ProfileIndex index)
    {
        var path = context.AdditionalFile.Path;
        foreach (var (_, text, parsed) in index.Files.Where(f => f.File.Path == path))
        {
            foreach (var profile in parsed.Profiles)
            {
                if (!index.Declarations.TryGetValue(profile.Name, out var declarations) || declarations.Count < 2) continue;
                var others = declarations.Where(d => !ReferenceEquals(d.Profile, profile)).ToList();
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.DuplicateProfile,
                    NameLocation(path, text, profile),
                    others.Select(o => NameLocation(o.File.Path, o.Text, o.Profile)),
                    profile.Name,
                    Names.List(others.Select(o => $"{o.File.Path}({Position(o.Text, o.Profile)})"))));
            }
        }
    }

    private static Location NameLocation(string path, SourceText text, NetworkProfile profile)
    {
        if (ProfileNamePositions.Find(text.ToString(), profile.Line, profile.Column) is { } name && name.EndLine == name.Line)
        {
            var start = Offset(text, name.Line, name.Column);
            var end = Offset(text, name.EndLine, name.EndColumn);
            if (start is { } s && end is { } e && e >= s)
            {
                return Location.Create(
                    path,
                    TextSpan.FromBounds(s, e),
                    new LinePositionSpan(new LinePosition(name.Line - 1, name.Column - 1), new LinePosition(name.EndLine - 1, name.EndColumn - 1)));
            }
        }

        return ProfileIndex.At(path, text, profile.Line, profile.Column);
    }

    private static string Position(SourceText text, NetworkProfile profile)
    {
        var found = ProfileNamePositions.Find(text.ToString(), profile.Line, profile.Column);
        var line = found?.Line ?? profile.Line;
        var column = found?.Column ?? profile.Column;
        return line.ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + column.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int? Offset(SourceText text, int oneBasedLine, int oneBasedColumn)
    {
        if (oneBasedLine < 1 || oneBasedLine > text.Lines.Count) return null;
        var line = text.Lines[oneBasedLine - 1];
        var column = oneBasedColumn - 1;
        return column < 0 || column > line.Span.Length ? null : line.Start + column;
    }
}
