using System;
using System.IO;
using NetCfg.Core.Rules;

namespace NetCfg.Tasks;

/// <summary>Checks NetCfgBaselineDir (NETCFG020) and resolves it: a relative folder is relative to the project's.</summary>
public static class BaselineProperty
{
    public const string Name = OptionRules.BaselineDir;

    /// <summary>The baseline folder's full path; null when the property is empty, or with <paramref name="error"/> set when it is invalid.</summary>
    public static string? Resolve(string? value, string projectPath, string outputDirectory, out string? error)
    {
        error = null;
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0) return null;
        error = OptionRules.BaselineDirError(value!, Path.GetInvalidPathChars());
        if (error is not null) return null;

        string full;
        try
        {
            var project = Path.IsPathRooted(projectPath) ? Path.GetDirectoryName(projectPath) : null;
            full = Trimmed(Path.GetFullPath(project is null ? text : Path.Combine(project, text)));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            error = $"{Name} must be a folder path, not '{value}': {e.Message}";
            return null;
        }

        if (string.Equals(full, Trimmed(Path.GetFullPath(outputDirectory)), StringComparison.Ordinal))
        {
            error = $"{Name} must be another copy of the manifests, not the folder this build writes ('{full}').";
            return null;
        }

        return full;
    }

    private static string Trimmed(string path) =>
        path.Length > Path.GetPathRoot(path)!.Length ? path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : path;
}
