using System;
using System.IO;

namespace NetCfg.TestKit.Builds;

/// <summary>Where the repository and the build configuration of this test run are.</summary>
public static class Repo
{
    public static readonly string Root = FindRoot();

    /// <summary>The configuration the source projects were built in (the test's own, e.g. Debug).</summary>
    public static readonly string Configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public static string Path(params string[] parts) => System.IO.Path.Combine(Root, System.IO.Path.Combine(parts));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NetCfg.Generators.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("NetCfg.Generators.sln not found above " + AppContext.BaseDirectory);
    }
}
