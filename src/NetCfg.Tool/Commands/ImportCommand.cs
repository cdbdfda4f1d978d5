using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using NetCfg.Core.Import;
using NetCfg.Core.Model;
using NetCfg.Core.Profiles;

namespace NetCfg.Tool.Commands;

/// <summary>`netcfg import FILE`: a LocalNetworkConfig YAML file as C# declarations; nothing is written unless all is well.</summary>
internal static class ImportCommand
{
    public static Command Create(ToolContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A LocalNetworkConfig YAML file in the platform guide's shape." };
        var profiles = new Option<string?>("--profiles") { Description = "A folder of NetworkProfile YAML files: every profile name is checked against them before anything is written.", HelpName = "DIR" };
        var output = new Option<string?>("--out") { Description = "Where to write the C# files. Default: the current folder.", HelpName = "DIR" };
        var force = new Option<bool>("--force") { Description = "Overwrite files that exist." };
        var codeNamespace = new Option<string?>("--namespace") { Description = "The C# namespace of the component classes. Default: the config name in PascalCase.", HelpName = "NAMESPACE" };
        var command = new Command("import", "Write C# declarations (LocalNetworkConfig.cs and one partial class per component) that build the given LocalNetworkConfig.") { file, profiles, output, force, codeNamespace };
        command.SetAction(parsed =>
        {
            var path = context.Resolve(parsed.GetValue(file)!);
            if (!File.Exists(path)) throw new UsageException($"{parsed.GetValue(file)}: no such file");
            var ns = parsed.GetValue(codeNamespace);
            if (ns is not null && !ns.Split('.').All(IsIdentifier)) throw new UsageException($"--namespace: '{ns}' is not a C# namespace");
            var profileFiles = parsed.GetValue(profiles) is { } folder ? ReadProfiles(context.Resolve(folder)) : null;
            var result = ConfigImport.Run(File.ReadAllText(path), Path.GetFileName(path), profileFiles, ns);
            foreach (var problem in result.Problems)
            {
                var where = problem.File ?? parsed.GetValue(file)!;
                context.Error.WriteLine($"{where}:{problem.Line}:{problem.Column}: {(problem.IsError ? "error" : "warning")}{(problem.Id is null ? string.Empty : " " + problem.Id)}: {problem.Message}");
            }

            if (!result.Succeeded) return ExitCodes.Error;
            var target = context.Resolve(parsed.GetValue(output) ?? ".");
            var existing = result.Files.Select(f => Path.Combine(target, f.Path)).Where(File.Exists).ToList();
            if (existing.Count > 0 && !parsed.GetValue(force))
            {
                throw new UsageException("these files exist; pass --force to overwrite them: " + string.Join(", ", existing.Select(Path.GetFileName)));
            }

            Directory.CreateDirectory(target);
            foreach (var source in result.Files)
            {
                var destination = Path.Combine(target, source.Path);
                File.WriteAllText(destination, source.Text);
                context.Out.WriteLine(destination);
            }

            context.Note($"wrote {result.Files.Count} C# files to {target} (namespace {result.Config!.Namespace}); build them in a project that references NetCfg.Generators");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static ProfileFile[] ReadProfiles(string folder)
    {
        if (!Directory.Exists(folder)) throw new UsageException($"--profiles: {folder}: no such folder");
        return Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => ProfileParser.Parse(Path.GetFileName(f), File.ReadAllText(f)))
            .ToArray();
    }

    private static bool IsIdentifier(string part) =>
        part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_');
}
