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
}
