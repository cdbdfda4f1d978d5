using System;
using System.Linq;

namespace NetCfg.Generators.Parsing;

/// <summary>
/// Paths as the assembly keeps them: relative to the project's folder, with '/', so a build at another path (a fresh
/// clone, a CI agent) compiles the same bytes and the task's cache of the input stays the same.
/// </summary>
public static class ProjectPaths
{
    /// <summary>The path relative to the folder (<c>profiles/a.yaml</c>, <c>../shared/b.yaml</c>); unchanged when either is not absolute.</summary>
    public static string Relative(string path, string folder)
    {
        if (folder.Length == 0 || !IsAbsolute(path) || !IsAbsolute(folder)) return path;
        var target = Segments(path);
        var from = Segments(folder);
        var common = 0;
        while (common < from.Length && common < target.Length - 1 && string.Equals(from[common], target[common], StringComparison.Ordinal)) common++;
        if (common == 0) return path; // another drive or root: nothing relative to say
        return string.Join("/", Enumerable.Repeat("..", from.Length - common).Concat(target.Skip(common)));
    }

    private static bool IsAbsolute(string path) => path.StartsWith("/", StringComparison.Ordinal) || (path.Length > 2 && path[1] == ':');

    private static string[] Segments(string path) => path.Replace('\\', '/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
}
