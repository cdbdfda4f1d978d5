using System.CommandLine;
using NetCfg.Core.Review.Evaluation;
using NetCfg.Tool.Output;

namespace NetCfg.Tool.Commands;

/// <summary>`netcfg diff OLD NEW`: the flows added and removed between two manifests folders, as network-diff.md.</summary>
internal static class DiffCommand
{
    public static Command Create(ToolContext context)
    {
        var before = new Argument<string>("OLD") { Description = "The baseline manifests folder." };
        var after = new Argument<string>("NEW") { Description = "The manifests folder to compare with it." };
        var format = Options.Format(DiffFormats.Names);
        var exitCode = new Option<bool>("--exit-code") { Description = "Exit with 1 when the flows differ (as git diff --exit-code)." };
        var command = new Command("diff", "List the flows and components added and removed from OLD to NEW (as network-diff.md does).") { before, after, format, exitCode };
        command.SetAction(parsed =>
        {
            var baseline = Review.Flows(context.Resolve(parsed.GetValue(before)!));
            var current = Review.Flows(context.Resolve(parsed.GetValue(after)!));
            var diff = NetworkDiff.Compare(baseline, current);
            context.Out.Write(DiffFormats.Render(diff, baseline, current, parsed.GetValue(format)!));
            return parsed.GetValue(exitCode) && !diff.IsEmpty ? ExitCodes.No : ExitCodes.Ok;
        });
        return command;
    }
}
