using System.Globalization;

namespace NetCfg.Core.Rules;

/// <summary>What a <see cref="Site"/> points into.</summary>
public enum SiteKind
{
    None,
    Attribute,
    Config,
    File,
}

/// <summary>The NetCfg attributes a site can point at.</summary>
public enum AttributeKind
{
    Component,
    MatchLabel,
    MatchExpression,
    DependsOn,
    DependsOnProfile,
}

/// <summary>
/// Where a problem lies, as a handle that the analyzers map to a source location and the task prints:
/// <list type="bullet">
/// <item>Attribute: the <see cref="Index"/>-th attribute of kind <see cref="Attribute"/> on the class <see cref="Owner"/> (its key),
/// and one of its <see cref="Arguments"/> (null: the whole attribute);</item>
/// <item>Config: the <see cref="Index"/>-th <c>[assembly: LocalNetworkConfig]</c> and an argument;</item>
/// <item>File: a line and column in the file <see cref="Owner"/>.</item>
/// </list>
/// </summary>
public sealed record ProblemSite(SiteKind Kind, string? Owner, AttributeKind Attribute, int Index, string? Argument, int Line, int Column)
{
    public static readonly ProblemSite None = new(SiteKind.None, null, default, 0, null, 0, 0);

    public static ProblemSite On(string type, AttributeKind attribute, int index, string? argument = null) =>
        new(SiteKind.Attribute, type, attribute, index, argument, 0, 0);

    public static ProblemSite OnConfig(int index, string? argument = null) => new(SiteKind.Config, null, default, index, argument, 0, 0);

    public static ProblemSite InFile(string path, int line, int column) => new(SiteKind.File, path, default, 0, null, line, column);

    /// <summary>How the task shows the site when it cannot point at source: <c>on MyApp.Frontend [DependsOn #2]</c>.</summary>
    public string Describe(string? display = null) => Kind switch
    {
        SiteKind.Attribute => $"on {display ?? Owner} [{Attribute} #{(Index + 1).ToString(CultureInfo.InvariantCulture)}]",
        SiteKind.Config => $"on [assembly: LocalNetworkConfig] #{(Index + 1).ToString(CultureInfo.InvariantCulture)}",
        SiteKind.File => $"{Owner}({Line.ToString(CultureInfo.InvariantCulture)},{Column.ToString(CultureInfo.InvariantCulture)})",
        _ => string.Empty,
    };
}
