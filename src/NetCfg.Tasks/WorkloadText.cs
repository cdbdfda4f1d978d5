using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using NetCfg.Core;
using NetCfg.Core.Model;
using NetCfg.Core.Workloads;

namespace NetCfg.Tasks;

/// <summary>One NetCfgWorkload file: its path relative to the project (as the analyzer names it) and its text, or null when it could not be read.</summary>
internal sealed record WorkloadText(string Path, string? Text)
{
    /// <summary>
    /// The files' paths and texts, in path order, one per path. Only read here, not parsed: an up-to-date run compares
    /// them as text (<see cref="Key"/>) and never loads the YAML reader.
    /// </summary>
    public static List<WorkloadText> Read(IEnumerable<ITaskItem> items, string projectPath)
    {
        var folder = projectPath.Length == 0 ? string.Empty : System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(projectPath)) ?? string.Empty;
        var texts = new Dictionary<string, WorkloadText>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var full = item.GetMetadata("FullPath") is { Length: > 0 } metadata ? metadata : System.IO.Path.GetFullPath(item.ItemSpec);
            var path = RelativePaths.Of(full, folder);
            if (!texts.ContainsKey(path)) texts[path] = new WorkloadText(path, TryRead(full));
        }

        return texts.Values.OrderBy(t => t.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>What the render key adds for the files: nothing without any, so the files of a build without workloads stay as they were.</summary>
    public static string Key(IReadOnlyList<WorkloadText> texts)
    {
        if (texts.Count == 0) return string.Empty;
        var key = new StringBuilder("\nworkloads ").Append(texts.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var text in texts)
        {
            key.Append('\n').Append(text.Path).Append('\n')
                .Append(text.Text is null ? "unread" : text.Text.Length.ToString(CultureInfo.InvariantCulture)).Append('\n').Append(text.Text);
        }

        return key.ToString();
    }

    /// <summary>The files' workloads; a file that could not be read is a file with one error, left out as one that does not parse.</summary>
    public static List<WorkloadFile> Parse(IEnumerable<WorkloadText> texts) => texts
        .Select(t => t.Text is null
            ? new WorkloadFile(t.Path, EquatableArray<Workload>.Empty, new[] { new WorkloadError("the file could not be read", 1, 1) }.ToEquatableArray())
            : WorkloadParser.Parse(t.Path, t.Text))
        .ToList();

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }
}
