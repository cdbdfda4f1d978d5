using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Reading;
using NetCfg.Core.Rules;
using NetCfg.Core.Yaml;

namespace NetCfg.Core.Import;

/// <summary>
/// A problem at a 1-based line and column of the imported file (or of the profile file <see cref="File"/>); <see cref="Id"/>
/// is the rule's ID when the rule book found it.
/// </summary>
public sealed record ImportProblem(int Line, int Column, string Message, string? Id = null, bool IsError = true, string? File = null);

/// <summary>The import's answer: the C# files, or the errors that keep them unwritten. Warnings come with either.</summary>
public sealed record ImportResult(ImportedConfig? Config, EquatableArray<SourceFile> Files, EquatableArray<ImportProblem> Problems)
{
    public bool Succeeded => Config is not null && !Problems.Any(p => p.IsError);
}

/// <summary>
/// netcfg import: reads one LocalNetworkConfig strictly (unknown keys, wrong types, bad ports and two documents are
/// errors at their line and column), checks the declarations it becomes with the rule book, and writes them as C#.
/// </summary>
public static class ConfigImport
{
    public const int MaxLength = 1 << 24;

    /// <param name="profileFiles">The profiles to check names against; null: profile names are left to the build.</param>
    public static ImportResult Run(string text, string origin, IReadOnlyList<ProfileFile>? profileFiles, string? codeNamespace = null)
    {
        var problems = new List<ImportProblem>();
        var document = Read(text, problems);
        if (document is null || problems.Count > 0) return Failed(problems);

        var imported = ImportedConfig.Of(document, codeNamespace);
        var positions = imported.Components.Zip(document.Components, (d, c) => (d.Type, c)).ToDictionary(p => p.Type, p => (p.c.Line, p.c.Column));
        var check = DeclarationCheck.Run(imported.Input(profileFiles ?? new List<ProfileFile>()));
        foreach (var problem in check.Problems.Where(p => !p.Echo && (profileFiles is not null || p.Id != RuleIds.UnknownProfile)))
        {
            if (problem.Site.Kind == SiteKind.File)
            {
                problems.Add(new ImportProblem(problem.Site.Line, problem.Site.Column, problem.Message, problem.Id, IsError(problem), problem.Site.Owner));
                continue;
            }

            var (line, column) = problem.Site.Owner is { } owner && positions.TryGetValue(owner, out var at) ? at : (1, 1);
            problems.Add(new ImportProblem(line, column, problem.Message, problem.Id, IsError(problem)));
        }

        var ordered = problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToEquatableArray();
        return ordered.Any(p => p.IsError)
            ? new ImportResult(null, EquatableArray<SourceFile>.Empty, ordered)
            : new ImportResult(imported, CSharpWriter.Write(imported, origin).ToEquatableArray(), ordered);
    }

    /// <summary>The one LocalNetworkConfig of a file, read strictly; null after adding its problems to <paramref name="problems"/>.</summary>
    public static ConfigDocument? Read(string text, List<ImportProblem> problems)
    {
        var before = problems.Count;
        var reader = new NodeReader(ReadMode.Strict, (line, column, message) => problems.Add(new ImportProblem(line, column, message)));
        var documents = YamlDocuments.Load(text, "a LocalNetworkConfig", MaxLength, reader);
        if (documents is { Count: 0 }) reader.Error(YamlDotNet.Core.Mark.Empty, "the file holds no document; expected one LocalNetworkConfig");
        if (documents is { Count: > 1 }) reader.Error(documents[1], $"the file holds {documents.Count} documents; import one LocalNetworkConfig per file");
        var document = documents is { Count: 1 } ? ConfigReader.ReadDocument(documents[0], reader) : null;
        return problems.Count > before ? null : document;
    }

    // An error by default fails the build of the imported code: the import refuses it (a cycle too, which does not block).
    private static bool IsError(Problem problem) => !RuleIds.Warnings.Contains(problem.Id);

    private static ImportResult Failed(List<ImportProblem> problems) =>
        new(null, EquatableArray<SourceFile>.Empty, problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToEquatableArray());
}
