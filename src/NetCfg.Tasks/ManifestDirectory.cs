using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using NetCfg.Core.Model;

namespace NetCfg.Tasks;

/// <summary>
/// Brings a folder in line with a set of manifests: writes only what changed (temp file, then rename), removes the
/// files it wrote before that are gone now, and touches nothing else. A lock file in the temp folder serialises concurrent builds.
/// </summary>
public static class ManifestDirectory
{
    public const string StateFile = ".netcfg-files";
    public const string CacheFile = ".netcfg-cache";
    private static readonly Regex SafePath = new(@"^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*\z", RegexOptions.CultureInvariant);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public sealed record Result(int Written, int Unchanged, int Removed, IReadOnlyList<string> Files);

    /// <summary>What a render gives <see cref="SyncCached"/>: the files, and whether to remember them.</summary>
    public sealed record Rendered(IReadOnlyList<ManifestFile> Files, bool Cacheable = true);

    /// <summary>
    /// Brings the folder in line with what <paramref name="render"/> gives, but skips rendering when the folder already
    /// holds what <paramref name="key"/> renders to: the same key as last time, and every file written then still there,
    /// byte for byte (SHA-256). A render that asks not to be remembered (<see cref="Rendered.Cacheable"/> false) runs
    /// again on the next sync with the same key. <paramref name="render"/> runs under the folder's lock, before any write.
    /// </summary>
    public static Result SyncCached(string directory, string key, Func<Rendered> render, TimeSpan lockTimeout)
    {
        Directory.CreateDirectory(directory);
        using var _ = AcquireLock(LockPath(directory), lockTimeout);
        var cachePath = Path.Combine(directory, CacheFile);
        var keyHash = Hash(Utf8.GetBytes(key));
        if (CachedFiles(directory, cachePath, keyHash) is { } cached) return new Result(0, cached.Count, 0, cached);

        if (File.Exists(cachePath)) File.Delete(cachePath);
        var rendered = render();
        var files = rendered.Files;
        CheckPaths(files);
        var result = SyncLocked(directory, files);
        if (!rendered.Cacheable) return result;
        var record = new StringBuilder(keyHash).Append('\n');
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            record.Append(Hash(Utf8.GetBytes(file.Content))).Append(' ').Append(file.Path).Append('\n');
        }

        WriteIfChanged(cachePath, Utf8.GetBytes(record.ToString()));
        return result;
    }

    /// <summary>The files of the last sync if its key matches and none of them changed since; otherwise null.</summary>
    private static List<string>? CachedFiles(string directory, string cachePath, string keyHash)
    {
        if (!File.Exists(cachePath)) return null;
        var lines = File.ReadAllLines(cachePath);
        if (lines.Length == 0 || lines[0] != keyHash) return null;
        var files = new List<string>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var space = line.IndexOf(' ');
            var relative = space < 0 ? string.Empty : line.Substring(space + 1);
            if (!SafePath.IsMatch(relative)) return null;
            var path = Full(directory, relative);
            if (!File.Exists(path) || Hash(File.ReadAllBytes(path)) != line.Substring(0, space)) return null;
            files.Add(path);
        }

        return files;
    }

    /// <summary>The paths (relative, '/' separated) the last sync of <paramref name="directory"/> wrote, as its state file lists them.</summary>
    public static IReadOnlyList<string> WrittenPaths(string directory) =>
        ReadState(directory).Where(IsSafe).ToList();

    private static bool IsSafe(string path) => SafePath.IsMatch(path) && !path.Split('/').Any(part => part == ".." || part == ".");

    private static void CheckPaths(IReadOnlyList<ManifestFile> files)
    {
        foreach (var file in files)
        {
            if (!IsSafe(file.Path))
            {
                throw new InvalidDataException($"refusing to write outside the manifests folder: '{file.Path}'");
            }
        }
    }

    private static Result SyncLocked(string directory, IReadOnlyList<ManifestFile> files)
    {
        var previous = ReadState(directory);
        int written = 0, unchanged = 0, removed = 0;
        var current = new List<string>();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var path = Full(directory, file.Path);
            current.Add(path);
            if (WriteIfChanged(path, Utf8.GetBytes(file.Content))) written++;
            else unchanged++;
        }

        var keep = new HashSet<string>(files.Select(f => f.Path), StringComparer.Ordinal);
        foreach (var stale in previous.Where(p => !keep.Contains(p) && SafePath.IsMatch(p)))
        {
            var path = Full(directory, stale);
            if (File.Exists(path))
            {
                File.Delete(path);
                removed++;
            }

            RemoveEmptyParents(directory, Path.GetDirectoryName(path));
        }

        WriteIfChanged(Path.Combine(directory, StateFile), Utf8.GetBytes(string.Join("\n", keep.OrderBy(k => k, StringComparer.Ordinal)) + "\n"));
        return new Result(written, unchanged, removed, current);
    }

    private static string Hash(byte[] bytes)
    {
        using var sha = SHA256.Create();
        return string.Concat(sha.ComputeHash(bytes).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    private static string Full(string directory, string relative) => Path.Combine(directory, relative.Replace('/', Path.DirectorySeparatorChar));

    private static bool WriteIfChanged(string path, byte[] bytes)
    {
        if (File.Exists(path) && File.ReadAllBytes(path).SequenceEqual(bytes)) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".netcfg-tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            File.WriteAllBytes(temp, bytes);
            if (File.Exists(path)) File.Replace(temp, path, destinationBackupFileName: null);
            else File.Move(temp, path);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }

        return true;
    }

    private static IReadOnlyList<string> ReadState(string directory)
    {
        var path = Path.Combine(directory, StateFile);
        return File.Exists(path)
            ? File.ReadAllLines(path).Where(l => l.Length > 0).ToList()
            : (IReadOnlyList<string>)Array.Empty<string>();
    }

    private static void RemoveEmptyParents(string root, string? directory)
    {
        var top = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        while (directory is not null
            && Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) is var full
            && full.Length > top.Length
            && full.StartsWith(top, StringComparison.Ordinal)
            && Directory.Exists(full)
            && !Directory.EnumerateFileSystemEntries(full).Any())
        {
            Directory.Delete(full);
            directory = Path.GetDirectoryName(full);
        }
    }

    /// <summary>
    /// The folder's lock, in the temp folder (named by a hash of the folder's full path), so a manifests folder that is
    /// kept in git holds only the files the build wrote and its bookkeeping.
    /// </summary>
    public static string LockPath(string directory)
    {
        using var sha = System.Security.Cryptography.SHA256.Create();
        var full = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var hash = sha.ComputeHash(System.Text.Encoding.UTF8.GetBytes(full));
        return Path.Combine(Path.GetTempPath(), "netcfg-" + BitConverter.ToString(hash, 0, 12).Replace("-", string.Empty) + ".lock");
    }

    private static FileStream AcquireLock(string path, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
        }
    }
}
