using System;
using System.IO;
using System.Linq;

namespace NetCfg.TestKit.Builds;

/// <summary>A project in a temp folder that consumes NetCfg from the repo's source, as the samples do.</summary>
public sealed class TempProject : IDisposable
{
    public TempProject(string name = "App", string targetFramework = "<TargetFramework>net10.0</TargetFramework>", string extraProject = "")
    {
        Directory = Path.Combine(Path.GetTempPath(), "netcfg-it-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        ProjectFile = Path.Combine(Directory, name + ".csproj");
        var src = Repo.Path("src");
        var build = Repo.Path("build");
        System.IO.File.WriteAllText(ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                {targetFramework}
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <NetCfgTaskHostFactory>true</NetCfgTaskHostFactory>
                <NetCfgTasksAssembly>{src}/NetCfg.Tasks/bin/{Repo.Configuration}/netstandard2.0/NetCfg.Tasks.dll</NetCfgTasksAssembly>
              </PropertyGroup>
              <Import Project="{build}/NetCfg.Generators.props" />
              <ItemGroup>
                <ProjectReference Include="{src}/NetCfg.Attributes/NetCfg.Attributes.csproj" />
                <ProjectReference Include="{src}/NetCfg.Generators/NetCfg.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              {extraProject}
            </Project>
            """);
        System.IO.File.WriteAllText(Path.Combine(Directory, "Directory.Build.props"), "<Project />");
        System.IO.File.WriteAllText(Path.Combine(Directory, "Directory.Build.targets"), $"""
            <Project>
              <Import Project="{build}/NetCfg.Generators.targets" />
            </Project>
            """);
    }

    public string Directory { get; }

    public string ProjectFile { get; }

    public string Manifests(string tfm = "net10.0") => Path.Combine(Directory, "bin", Repo.Configuration, tfm, "manifests");

    public TempProject Source(string fileName, string text) => File(fileName, text);

    /// <summary>Writes a file at a path relative to the project, creating its folder.</summary>
    public TempProject File(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return this;
    }

    public Processes.Outcome Build(string extra = "") => Processes.DotnetBuild(ProjectFile, Directory, extra);

    public static string[] Tree(string folder) => System.IO.Directory.Exists(folder)
        ? System.IO.Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray()
        : Array.Empty<string>();

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
