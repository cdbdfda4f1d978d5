using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace NetCfg.Tool;

/// <summary>
/// What MSBuild says of the project in the current folder, asked once (`dotnet msbuild -getProperty -getItem`): its
/// NetCfgManifestsDir and its NetCfgWorkload items, as full paths.
/// </summary>
internal sealed record ProjectFacts(string Project, string? ManifestsDir, IReadOnlyList<string> Workloads)
{
    /// <summary>The project files of <paramref name="directory"/>: the facts need exactly one.</summary>
    public static IReadOnlyList<string> ProjectsIn(string directory) =>
        Directory.EnumerateFiles(directory, "*.csproj").OrderBy(p => p, System.StringComparer.Ordinal).ToList();

    /// <summary>The facts of the only project in <paramref name="directory"/>; null when there is not exactly one, or MSBuild cannot say.</summary>
    public static ProjectFacts? Of(string directory)
    {
        var projects = ProjectsIn(directory);
        if (projects.Count != 1) return null;
        var info = new ProcessStartInfo("dotnet", $"msbuild \"{projects[0]}\" -getProperty:NetCfgManifestsDir -getItem:NetCfgWorkload -nologo")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? Parse(projects[0], output) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>The facts in MSBuild's JSON answer; null when it is not one.</summary>
    public static ProjectFacts? Parse(string project, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var directory = Path.GetDirectoryName(project)!;
            var dir = root.TryGetProperty("Properties", out var properties) && properties.TryGetProperty("NetCfgManifestsDir", out var value) && value.GetString() is { Length: > 0 } text
                ? Path.GetFullPath(Path.Combine(directory, text.Replace('\\', Path.DirectorySeparatorChar)))
                : null;
            var workloads = root.TryGetProperty("Items", out var items) && items.TryGetProperty("NetCfgWorkload", out var list)
                ? list.EnumerateArray().Select(i => i.GetProperty("FullPath").GetString()!).Distinct().OrderBy(p => p, System.StringComparer.Ordinal).ToList()
                : new List<string>();
            return new ProjectFacts(project, dir, workloads);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }
}
