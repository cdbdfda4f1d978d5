using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NetCfg.Core.Model;
using NetCfg.Core.Workloads;

namespace NetCfg.Tool;

/// <summary>
/// The workload files explain resolves named ports with: those given with --workloads (files or globs), else the
/// NetCfgWorkload items of the project in the current folder. Read with Core's <see cref="WorkloadParser"/>; a bad file is
/// a <see cref="UsageException"/> naming file, line and column.
/// </summary>
internal static class WorkloadFiles
{
    /// <summary>The files, read; null when none are known. Says on stderr which were used.</summary>
    public static IReadOnlyList<WorkloadFile>? Read(IReadOnlyList<string> given, ToolContext context)
    {
        var paths = given.Count > 0 ? given.SelectMany(g => Expand(g, context)).Distinct().OrderBy(p => p, StringComparer.Ordinal).ToList()
            : context.Project?.Workloads;
        if (paths is null || paths.Count == 0)
        {
            context.Note("no workload files (--workloads, or NetCfgWorkload items of the project here): named ports stay unresolved");
            return null;
        }

        var files = new List<WorkloadFile>();
        var errors = new List<string>();
        foreach (var path in paths)
        {
            var shown = Shown(path, context);
            if (!File.Exists(path)) throw new UsageException($"{shown}: no such workload file");
            var file = WorkloadParser.Parse(shown, File.ReadAllText(path));
            errors.AddRange(file.Errors.Select(e => $"{shown}:{e.Line}:{e.Column}: error: {e.Message}"));
            files.Add(file);
        }

        if (errors.Count > 0) throw new UsageException("a workload file is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        context.Note("named ports from workloads in " + string.Join(", ", files.Select(f => f.Path)));
        return files;
    }

    // A path as the user sees it: relative to the current folder when under it, with '/'.
    private static string Shown(string path, ToolContext context)
    {
        var relative = Path.GetRelativePath(context.CurrentDirectory, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative).Replace('\\', '/');
    }

    // A file, or a glob: '*' and '?' within a folder name, '**' for any folders. A glob that matches nothing is an error.
    private static IEnumerable<string> Expand(string pattern, ToolContext context)
    {
        var full = context.Resolve(pattern);
        if (pattern.IndexOfAny(new[] { '*', '?' }) < 0) return new[] { full };
        var segments = full.Replace('\\', '/').Split('/');
        var fixedCount = segments.TakeWhile(s => s.IndexOfAny(new[] { '*', '?' }) < 0).Count();
        var root = string.Join("/", segments.Take(fixedCount));
        var rest = string.Join("/", segments.Skip(fixedCount));
        var regex = new Regex("^" + Regex.Escape(rest).Replace(@"\*\*/", "(.*/)?").Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]") + "$", RegexOptions.CultureInvariant);
        var found = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", rest.Contains('/') ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                .Where(f => regex.IsMatch(Path.GetRelativePath(root, f).Replace('\\', '/')))
                .ToList()
            : new List<string>();
        if (found.Count == 0) throw new UsageException($"--workloads {pattern}: no file matches");
        return found;
    }
}
