using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Reading;

namespace NetCfg.Tasks;

/// <summary>Manifest files read back from disk for the review: paths relative to the folder, strict UTF-8 text.</summary>
public static class ManifestFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether the review reads <paramref name="path"/>: the LocalNetworkConfig, or a file directly in networkpolicy/.</summary>
    public static bool IsReviewed(string path) =>
        path == ManifestReader.ConfigPath
        || (path.StartsWith(ManifestReader.PolicyFolder, StringComparison.Ordinal) && path.IndexOf('/', ManifestReader.PolicyFolder.Length) < 0);

    /// <summary>The reviewed files among <paramref name="paths"/> that exist, in path order.</summary>
    /// <exception cref="InvalidDataException">A file is not UTF-8 text.</exception>
    public static List<ManifestFile> Read(string directory, IEnumerable<string> paths) =>
        ReadBytes(directory, paths).Select(f => Decode(f.Path, f.Bytes)).ToList();

    /// <summary>The same, as bytes.</summary>
    public static List<(string Path, byte[] Bytes)> ReadBytes(string directory, IEnumerable<string> paths)
    {
        var files = new List<(string, byte[])>();
        foreach (var relative in paths.Where(IsReviewed).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, relative.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(path)) files.Add((relative, File.ReadAllBytes(path)));
        }

        return files;
    }

    /// <exception cref="InvalidDataException">The bytes are not UTF-8 text.</exception>
    public static ManifestFile Decode(string path, byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return new ManifestFile(path, StrictUtf8.GetString(bytes, start, bytes.Length - start));
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidDataException($"{path} is not UTF-8 text");
        }
    }

    /// <summary>The review's files of a folder NetCfg may not have written: its config and every file directly in networkpolicy/.</summary>
    public static IEnumerable<string> Listed(string directory)
    {
        var policies = Path.Combine(directory, ManifestReader.PolicyFolder.TrimEnd('/'));
        var names = Directory.Exists(policies) ? Directory.EnumerateFiles(policies).Select(Path.GetFileName) : Enumerable.Empty<string>();
        return new[] { ManifestReader.ConfigPath }.Concat(names.Select(name => ManifestReader.PolicyFolder + name));
    }
}
