using NetCfg.Core.Model;

namespace NetCfg.Generators.Parsing;

/// <summary>
/// Paths as the assembly keeps them: relative to the project's folder, with '/', so a build at another path (a fresh
/// clone, a CI agent) compiles the same bytes and the task's cache of the input stays the same.
/// </summary>
public static class ProjectPaths
{
    /// <summary>The path relative to the folder (<c>profiles/a.yaml</c>, <c>../shared/b.yaml</c>); unchanged when either is not absolute.</summary>
    public static string Relative(string path, string folder) => RelativePaths.Of(path, folder);
}
