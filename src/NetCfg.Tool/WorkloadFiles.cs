using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;
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
        var slashed = path.Replace('\\', '/');
        var relative = RelativePaths.Of(slashed, context.CurrentDirectory.Replace('\\', '/'));
        return relative.StartsWith("..", StringComparison.Ordinal) ? slashed : relative;
    }

    // A file, or a glob ('*' within a folder name, '**' for any folders), matched by FileSystemGlobbing from the
    // folders before its first wildcard. A glob that matches nothing is an error.
    private static IEnumerable<string> Expand(string pattern, ToolContext context)
    {
        var full = context.Resolve(pattern);
        if (pattern.IndexOf('*') < 0) return new[] { full };
        var segments = full.Replace('\\', '/').Split('/');
        var fixedCount = segments.TakeWhile(s => s.IndexOf('*') < 0).Count();
        var root = string.Join("/", segments.Take(fixedCount));
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join("/", segments.Skip(fixedCount)));
        var found = Directory.Exists(root) ? matcher.GetResultsInFullPath(root).ToList() : new List<string>();
        if (found.Count == 0) throw new UsageException($"--workloads {pattern}: no file matches");
        return found;
    }
}
