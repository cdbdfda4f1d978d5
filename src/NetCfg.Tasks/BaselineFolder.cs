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
    private readonly IReadOnlyList<(string Path, byte[] Bytes)> _files;
    private readonly string? _problem;

    private BaselineFolder(string directory, IReadOnlyList<(string, byte[])> files, string? problem)
    {
        Directory = directory;
        _files = files;
        _problem = problem;
        Fingerprint = Hash(files, problem);
    }

    public string Directory { get; }

    /// <summary>Equal for equal contents: part of the render key, so a changed baseline renders the diff again. Costs no YAML.</summary>
    public string Fingerprint { get; }

    public static BaselineFolder Read(string directory)
    {
        var none = Array.Empty<(string, byte[])>();
        if (File.Exists(directory)) return new BaselineFolder(directory, none, "is a file, not a folder");
        if (!System.IO.Directory.Exists(directory)) return new BaselineFolder(directory, none, "does not exist");
        try
        {
            var paths = File.Exists(Path.Combine(directory, ManifestDirectory.StateFile))
                ? ManifestDirectory.WrittenPaths(directory)
                : ManifestFiles.Listed(directory);
            return new BaselineFolder(directory, ManifestFiles.ReadBytes(directory, paths), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new BaselineFolder(directory, none, "could not be read: " + e.Message);
        }
    }

    /// <summary>The files as text, or null with <paramref name="problem"/> saying why they could not be read.</summary>
    public IReadOnlyList<ManifestFile>? Files(out string? problem)
    {
        problem = _problem;
        if (problem is not null) return null;
        try
        {
            return _files.Select(f => ManifestFiles.Decode(f.Path, f.Bytes)).ToList();
        }
        catch (InvalidDataException e)
        {
            problem = "could not be read: " + e.Message;
            return null;
        }
    }

    private static string Hash(IReadOnlyList<(string Path, byte[] Bytes)> files, string? problem)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes((problem ?? string.Empty) + "\n"));
        foreach (var (path, bytes) in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(path + "\n" + bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n"));
            sha.AppendData(bytes);
        }

        return Convert.ToBase64String(sha.GetHashAndReset());
    }
}
