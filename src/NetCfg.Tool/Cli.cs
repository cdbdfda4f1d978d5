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
        foreach (var option in root.Options)
        {
            if (option is VersionOption) option.Action = new VersionAction();
        }

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

/// <summary>Prints this tool's package version (the default prints the entry assembly's, a test host's in process).</summary>
internal sealed class VersionAction : System.CommandLine.Invocation.SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var attribute = (System.Reflection.AssemblyInformationalVersionAttribute?)Attribute.GetCustomAttribute(typeof(Cli).Assembly, typeof(System.Reflection.AssemblyInformationalVersionAttribute));
        parseResult.InvocationConfiguration.Output.WriteLine(attribute?.InformationalVersion ?? "unknown");
        return ExitCodes.Ok;
    }
}

/// <summary>What every command writes to and resolves paths against.</summary>
internal sealed record ToolContext(TextWriter Out, TextWriter Error, string CurrentDirectory)
{
    private ProjectFacts? _project;
    private bool _asked;

    /// <summary>What MSBuild says of the project in the current folder (asked once, when first needed); null without one.</summary>
    public ProjectFacts? Project
    {
        get
        {
            if (!_asked) (_project, _asked) = (ProjectFacts.Of(CurrentDirectory), true);
            return _project;
        }
    }

    public string Resolve(string path) => Path.GetFullPath(Path.Combine(CurrentDirectory, path));

    public void Note(string message) => Error.WriteLine("netcfg: " + message);
}
