using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using NetCfg.Core.Model;

namespace NetCfg.Tasks;

/// <summary>
/// The manifests to compare with (NetCfgBaselineDir), read from disk once per task run: the files the review reads (those
/// its <c>.netcfg-files</c> lists when it has one), or what keeps them from being read. Never throws.
/// </summary>
public sealed class BaselineFolder
{
    private BaselineFolder(string directory, IReadOnlyList<ManifestFile> files, string? problem)
    {
        Directory = directory;
        Files = files;
        Problem = problem;
        Fingerprint = Hash(files, problem);
    }

    public string Directory { get; }

    public IReadOnlyList<ManifestFile> Files { get; }

    /// <summary>Why the folder could not be read ("does not exist", …), or null.</summary>
    public string? Problem { get; }

    /// <summary>Equal for equal contents: part of the render key, so a changed baseline renders the diff again.</summary>
    public string Fingerprint { get; }

    public static BaselineFolder Read(string directory)
    {
        if (File.Exists(directory)) return new BaselineFolder(directory, Array.Empty<ManifestFile>(), "is a file, not a folder");
        if (!System.IO.Directory.Exists(directory)) return new BaselineFolder(directory, Array.Empty<ManifestFile>(), "does not exist");
        try
        {
            var paths = File.Exists(Path.Combine(directory, ManifestDirectory.StateFile))
                ? ManifestDirectory.WrittenPaths(directory)
                : ManifestFiles.Listed(directory);
            return new BaselineFolder(directory, ManifestFiles.Read(directory, paths), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return new BaselineFolder(directory, Array.Empty<ManifestFile>(), "could not be read: " + e.Message);
        }
    }

    private static string Hash(IReadOnlyList<ManifestFile> files, string? problem)
    {
        var text = new StringBuilder(problem ?? string.Empty).Append('\n');
        foreach (var file in files) text.Append(file.Path).Append('\n').Append(file.Content.Length).Append('\n').Append(file.Content);
        using var sha = SHA256.Create();
        return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
