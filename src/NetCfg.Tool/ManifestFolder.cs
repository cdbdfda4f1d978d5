using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Reading;
using NetCfg.Core.Translation;

namespace NetCfg.Tool;

/// <summary>Finds a manifests folder and reads it with Core's <see cref="ManifestReader"/>.</summary>
internal static class ManifestFolder
{
    /// <summary>The build's map of declarations in <paramref name="directory"/>, or null when there is none (or it is unreadable).</summary>
    public static SourceMap? Sources(string directory)
    {
        var path = Path.Combine(directory, SourceMap.FileName);
        return File.Exists(path) ? SourceMap.Read(File.ReadAllText(path)) : null;
    }

    /// <summary>The view of <paramref name="directory"/>; its reading errors are a <see cref="UsageException"/>.</summary>
    public static NetworkView Read(string directory)
    {
        if (!Directory.Exists(directory)) throw new UsageException($"{directory}: no such folder");
        var files = new List<ManifestFile>();
        var config = Path.Combine(directory, "platform", "local-network-config.yaml");
        if (File.Exists(config)) files.Add(new ManifestFile(ManifestReader.ConfigPath, File.ReadAllText(config)));
        var policies = Path.Combine(directory, "networkpolicy");
        if (Directory.Exists(policies))
        {
            files.AddRange(Directory.EnumerateFiles(policies)
                .Select(path => new ManifestFile(ManifestReader.PolicyFolder + Path.GetFileName(path), File.ReadAllText(path)))
                .Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal) || f.Path.EndsWith(".yml", StringComparison.Ordinal)));
        }

        var read = ManifestReader.Read(files);
        if (read.Succeeded) return read.View!;
        throw new UsageException($"{directory}: " + string.Join(Environment.NewLine + "  ", read.Errors));
    }

    /// <summary>
    /// The folder given with --manifests, or else the one the project in the current folder builds: MSBuild's
    /// NetCfgManifestsDir, else the default bin/*/*/manifests/. Says on stderr which folder is used.
    /// </summary>
    public static string Locate(string? given, ToolContext context)
    {
        if (given is not null) return context.Resolve(given);
        var projects = ProjectFacts.ProjectsIn(context.CurrentDirectory);
        if (projects.Count != 1)
        {
            throw new UsageException(projects.Count == 0
                ? "no --manifests folder given and no project in the current folder"
                : "no --manifests folder given and more than one project in the current folder");
        }

        var asked = context.Project?.ManifestsDir;
        var found = asked is not null && HoldsManifests(asked) ? asked : DefaultPlaces(context.CurrentDirectory);
        if (found is null) throw new UsageException($"{Path.GetFileName(projects[0])}: no manifests found; build it first, or pass --manifests DIR");
        context.Note("using manifests in " + found);
        return found;
    }

    // bin/<configuration>/<framework>/manifests/, the newest when there are several.
    private static string? DefaultPlaces(string projectDirectory)
    {
        var bin = Path.Combine(projectDirectory, "bin");
        if (!Directory.Exists(bin)) return null;
        return Directory.EnumerateDirectories(bin, "manifests", SearchOption.AllDirectories)
            .Where(HoldsManifests)
            .OrderByDescending(d => File.GetLastWriteTimeUtc(Path.Combine(d, "platform", "local-network-config.yaml")))
            .ThenBy(d => d, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static bool HoldsManifests(string folder) => File.Exists(Path.Combine(folder, "platform", "local-network-config.yaml"));
}
