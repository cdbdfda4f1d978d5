using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NetCfg.Core.Model;
using NetCfg.Generators.Parsing;

namespace NetCfg.Generators.Analyzers;

/// <summary>
/// The NetworkProfile files of one compilation (AdditionalFiles with NetCfgItemType=NetworkProfile), parsed through the
/// per-text cache the generator's analyzers share.
/// </summary>
internal sealed class ProfileIndex
{
    private ProfileIndex(ImmutableArray<(AdditionalText File, SourceText Text, ProfileFile Parsed)> files)
    {
        Files = files;
        var names = new Dictionary<string, List<(AdditionalText File, SourceText Text, NetworkProfile Profile)>>(System.StringComparer.Ordinal);
        var malformed = 0;
        foreach (var (file, text, parsed) in files)
        {
            if (!parsed.Errors.IsEmpty) malformed++;
            foreach (var profile in parsed.Profiles)
            {
                if (!names.TryGetValue(profile.Name, out var list)) names[profile.Name] = list = new();
                list.Add((file, text, profile));
            }
        }

        Declarations = names;
        MalformedFileCount = malformed;
    }

    /// <summary>Every profile file with its text and parse.</summary>
    public ImmutableArray<(AdditionalText File, SourceText Text, ProfileFile Parsed)> Files { get; }

    /// <summary>Each declared profile name with its declarations, in file order.</summary>
    public IReadOnlyDictionary<string, List<(AdditionalText File, SourceText Text, NetworkProfile Profile)>> Declarations { get; }

    /// <summary>How many profile files could not be read (each contributes no profiles).</summary>
    public int MalformedFileCount { get; }

    public static ProfileIndex Build(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var builder = ImmutableArray.CreateBuilder<(AdditionalText, SourceText, ProfileFile)>();
        foreach (var file in options.AdditionalFiles)
        {
            if (!IsProfileFile(options, file)) continue;
            var text = file.GetText(cancellationToken);
            if (text is null) continue;
            builder.Add((file, text, ProfileFiles.Parse(file.Path, text)));
        }

        // Same order as the generator: by path.
        var sorted = builder.ToImmutable().Sort((a, b) => string.CompareOrdinal(a.Item1.Path, b.Item1.Path));
        return new ProfileIndex(sorted);
    }

    /// <summary>The index of one compilation, built once on first use by whichever action needs it first.</summary>
    public static System.Func<CancellationToken, ProfileIndex> Lazy(AnalyzerOptions options)
    {
        ProfileIndex? index = null;
        var gate = new object();
        return cancellationToken =>
        {
            lock (gate) return index ??= Build(options, cancellationToken);
        };
    }

    public static bool IsProfileFile(AnalyzerOptions options, AdditionalText file) =>
        GeneratorOptions.IsProfileFile(options.AnalyzerConfigOptionsProvider.GetOptions(file));

    /// <summary>The profile's location in its file: from its document's line and column to the end of that line.</summary>
    public static Location At(string path, SourceText text, int oneBasedLine, int oneBasedColumn)
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
}
