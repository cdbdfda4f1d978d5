using System;
using System.CommandLine;
using System.IO;
using NetCfg.Tool.Commands;

namespace NetCfg.Tool;

/// <summary>The `netcfg` command line: stdout holds the answer, stderr notes and errors; see <see cref="ExitCodes"/>.</summary>
internal static class Cli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        var context = new ToolContext(stdout, stderr, currentDirectory);
        var root = new RootCommand("netcfg: list, diff and explain the flows NetCfg's manifests allow, and import a LocalNetworkConfig into C#.")
        {
            FlowsCommand.Create(context),
            DiffCommand.Create(context),
            ExplainCommand.Create(context),
            ImportCommand.Create(context),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine("netcfg: " + error.Message);
            stderr.WriteLine("Run 'netcfg --help' (or 'netcfg COMMAND --help') for usage.");
            return ExitCodes.Error;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            stderr.WriteLine("netcfg: " + e.Message);
            return ExitCodes.Error;
        }
    }
}

/// <summary>What every command writes to and resolves paths against.</summary>
internal sealed record ToolContext(TextWriter Out, TextWriter Error, string CurrentDirectory)
{
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(CurrentDirectory, path));

    public void Note(string message) => Error.WriteLine("netcfg: " + message);
}
