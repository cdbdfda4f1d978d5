using System;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace NetCfg.TestKit.Builds;

/// <summary>Runs a command and returns its exit code and combined output.</summary>
public static class Processes
{
    public sealed record Outcome(int ExitCode, string Output)
    {
        public override string ToString() => $"exit {ExitCode}\n{Output}";
    }

    public static Outcome Run(string file, string arguments, string workingDirectory, int timeoutSeconds = 300)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(key);
        }

        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {arguments} did not finish in {timeoutSeconds}s:\n{output}");
        }

        process.WaitForExit();
        lock (output) return new Outcome(process.ExitCode, output.ToString());
    }

    /// <summary>`dotnet build` without node reuse or the terminal logger, so output is plain and nothing lingers.</summary>
    public static Outcome DotnetBuild(string project, string workingDirectory, string extra = "") =>
        Run("dotnet", $"build \"{project}\" -nodeReuse:false -tl:off -c {Repo.Configuration} -p:BuildProjectReferences=false {extra}", workingDirectory);
}
