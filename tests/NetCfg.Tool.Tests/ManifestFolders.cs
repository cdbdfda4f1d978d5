using System;
using System.IO;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Translation;

namespace NetCfg.Tool.Tests;

/// <summary>Temp folders holding the manifests Core renders for an input, as `dotnet build` writes them.</summary>
public sealed class ManifestFolders : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "netcfg-tool-" + Guid.NewGuid().ToString("N"));

    public string Root => _root;

    /// <param name="withSources">Also network-sources.yaml, as the build writes it.</param>
    public string Write(string name, TranslationInput input, bool withSources = true)
    {
        var folder = Path.Combine(_root, name);
        var files = NetworkConfigTranslator.Translate(input, TranslationOptions.Default).Files.ToList();
        if (withSources) files.Add(new ManifestFile(SourceMap.FileName, SourceMapWriter.For(input, TranslationOptions.Default).Render()));
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }

        return folder;
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}

/// <summary>One run of the tool in process: exit code, stdout and stderr.</summary>
public sealed record ToolRun(int ExitCode, string Out, string Error)
{
    public static ToolRun Of(string directory, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Cli.Run(args, stdout, stderr, directory);
        return new ToolRun(code, stdout.ToString(), stderr.ToString());
    }
}
