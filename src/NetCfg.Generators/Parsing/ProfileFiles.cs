using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NetCfg.Core.Model;
using NetCfg.Core.Profiles;

namespace NetCfg.Generators.Parsing;

/// <summary>Profile parsing cached per file text, shared by the analyzers.</summary>
public static class ProfileFiles
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SourceText, ProfileFile> Cache = new();

    public static ProfileFile Parse(string path, SourceText text) =>
        Cache.GetValue(text, t => ProfileParser.Parse(path, t.ToString()));

    /// <summary>
    /// The file's parse (cached per text: the analyzers reuse it) with its path relative to the project's folder, as
    /// the assembly keeps it: no absolute path of the machine is compiled in.
    /// </summary>
    public static ProfileFile Read(AdditionalText file, AnalyzerConfigOptions global, CancellationToken cancellationToken)
    {
        var parsed = file.GetText(cancellationToken) is { } text ? Parse(file.Path, text) : ProfileParser.Parse(file.Path, string.Empty);
        return parsed with { Path = ProjectPaths.Relative(parsed.Path, GeneratorOptions.ProjectDirectory(global)) };
    }
}
