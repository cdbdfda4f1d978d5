using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NetCfg.Core.Model;
using Xunit;

namespace NetCfg.Tasks.Tests;

/// <summary>The MSBuild task's file handling: only changed files written, stale ones removed, foreign ones untouched.</summary>
public sealed class ManifestDirectoryTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "netcfg-dir-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static List<ManifestFile> Files(params (string Path, string Content)[] files) =>
        files.Select(f => new ManifestFile(f.Path, f.Content)).ToList();

    // A new key each time: the folder is synced with exactly these files.
    private ManifestDirectory.Result Sync(params (string, string)[] files) =>
        ManifestDirectory.SyncCached(_dir, Guid.NewGuid().ToString(), () => new ManifestDirectory.Rendered(Files(files)), TimeSpan.FromSeconds(5));

    [Fact]
    public void WritesThenSkipsUnchangedFiles()
    {
        Assert.Equal(2, Sync(("a/x.yaml", "1"), ("b.yaml", "2")).Written);
        var stamp = File.GetLastWriteTimeUtc(Path.Combine(_dir, "a", "x.yaml"));
        var again = Sync(("a/x.yaml", "1"), ("b.yaml", "changed"));
        Assert.Equal((1, 1), (again.Written, again.Unchanged));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(_dir, "a", "x.yaml")));
        Assert.Equal("changed", File.ReadAllText(Path.Combine(_dir, "b.yaml")));
    }

    [Fact]
    public void RemovesFilesItWroteBeforeAndLeavesOthersAlone()
    {
        Sync(("np/a.yaml", "1"), ("np/b.yaml", "2"), ("gone/c.yaml", "3"));
        File.WriteAllText(Path.Combine(_dir, "np", "mine.yaml"), "user file");
        var result = Sync(("np/a.yaml", "1"));
        Assert.Equal(2, result.Removed);
        Assert.False(File.Exists(Path.Combine(_dir, "np", "b.yaml")));
        Assert.False(Directory.Exists(Path.Combine(_dir, "gone")));
        Assert.Equal("user file", File.ReadAllText(Path.Combine(_dir, "np", "mine.yaml")));
    }

    [Fact]
    public void LeavesNoTemporaryFiles()
    {
        Sync(("a.yaml", "1"));
        Sync(("a.yaml", "2"));
        Assert.Empty(Directory.GetFiles(_dir, "*netcfg-tmp*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../escape.yaml")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../b.yaml")]
    [InlineData("A.yaml")]
    public void RefusesPathsOutsideTheFolder(string path)
    {
        Assert.Throws<InvalidDataException>(() => Sync((path, "x")));
        Assert.False(File.Exists(Path.Combine(_dir, "..", "escape.yaml")));
    }

    [Fact]
    public void ConcurrentWritersOfTheSameFolderDoNotCorruptIt()
    {
        var content = new string('x', 200_000);
        System.Threading.Tasks.Parallel.For(0, 8, _ => Sync(("a.yaml", content), ("b.yaml", content)));
        Assert.Equal(content, File.ReadAllText(Path.Combine(_dir, "a.yaml")));
        Assert.Equal(content, File.ReadAllText(Path.Combine(_dir, "b.yaml")));
    }

    private int _renders;

    private ManifestDirectory.Result SyncCached(string key, params (string, string)[] files) =>
        ManifestDirectory.SyncCached(_dir, key, () =>
        {
            _renders++;
            return new ManifestDirectory.Rendered(Files(files));
        }, TimeSpan.FromSeconds(5));

    [Fact]
    public void TheSameKeyAgainRendersAndWritesNothing()
    {
        Assert.Equal(2, SyncCached("k1", ("a/x.yaml", "1"), ("b.yaml", "2")).Written);
        var stamp = File.GetLastWriteTimeUtc(Path.Combine(_dir, "a", "x.yaml"));
        var again = SyncCached("k1", ("a/x.yaml", "1"), ("b.yaml", "2"));
        Assert.Equal((1, 0, 2, 0), (_renders, again.Written, again.Unchanged, again.Removed));
        Assert.Equal(new[] { Path.Combine(_dir, "a", "x.yaml"), Path.Combine(_dir, "b.yaml") }, again.Files);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(_dir, "a", "x.yaml")));
    }

    [Fact]
    public void ANewKeyRendersAgain()
    {
        SyncCached("k1", ("a.yaml", "1"), ("b.yaml", "2"));
        var result = SyncCached("k2", ("a.yaml", "changed"));
        Assert.Equal((2, 1, 1), (_renders, result.Written, result.Removed));
        Assert.Equal("changed", File.ReadAllText(Path.Combine(_dir, "a.yaml")));
    }

    [Theory]
    [InlineData("edit")]
    [InlineData("delete")]
    [InlineData("tamper")]
    public void AFolderThatNoLongerMatchesIsRenderedAndRepaired(string damage)
    {
        SyncCached("k1", ("np/a.yaml", "1"), ("b.yaml", "2"));
        var a = Path.Combine(_dir, "np", "a.yaml");
        switch (damage)
        {
            case "edit": File.WriteAllText(a, "hand edit"); break;
            case "delete": File.Delete(a); break;
            default: File.WriteAllText(Path.Combine(_dir, ManifestDirectory.CacheFile), "garbage\nnot a hash ../../etc/passwd\n"); break;
        }

        var result = SyncCached("k1", ("np/a.yaml", "1"), ("b.yaml", "2"));
        Assert.Equal(2, _renders);
        Assert.Equal(damage == "tamper" ? 0 : 1, result.Written);
        Assert.Equal("1", File.ReadAllText(a));
        Assert.Equal(2, SyncCached("k1", ("np/a.yaml", "1"), ("b.yaml", "2")).Unchanged);
        Assert.Equal(2, _renders);
    }
}
