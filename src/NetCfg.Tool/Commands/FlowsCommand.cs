using System.CommandLine;
using NetCfg.Core.Review.Evaluation;
using NetCfg.Tool.Output;

namespace NetCfg.Tool.Commands;

/// <summary>`netcfg flows`: the allowed flows of a manifests folder, from the evaluation that writes network.md.</summary>
internal static class FlowsCommand
{
    public static Command Create(ToolContext context)
    {
        var manifests = Options.Manifests();
        var format = Options.Format(FlowFormats.Names);
        var focus = new Option<string?>("--focus") { Description = "Only the flows to and from this component.", HelpName = "COMPONENT" };
        var command = new Command("flows", "List the flows the NetworkPolicies of a manifests folder allow (as network.md does).") { manifests, format, focus };
        command.SetAction(parsed =>
        {
            var folder = ManifestFolder.Locate(parsed.GetValue(manifests), context);
            var flows = Review.Flows(folder);
            if (parsed.GetValue(focus) is { } name)
            {
                flows = FlowFocus.On(flows, name) ?? throw new UsageException($"--focus: no component is named '{name}'");
            }

            context.Out.Write(FlowFormats.Render(flows, parsed.GetValue(format)!));
            return ExitCodes.Ok;
        });
        return command;
    }
}
