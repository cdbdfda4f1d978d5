using System;
using System.Linq;

namespace NetCfg.Core.Model;

/// <summary>
/// Paths as the assembly and network.md keep them: relative to the project's folder, with '/', so a build at another path
/// (a fresh clone, a CI agent) gives the same bytes. Pure string work: nothing is looked up on disk.
/// </summary>
public static class RelativePaths
{
    /// <summary>The path relative to the folder (<c>profiles/a.yaml</c>, <c>../shared/b.yaml</c>); unchanged when either is not absolute.</summary>
    public static string Of(string path, string folder)
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
