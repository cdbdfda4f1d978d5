using System.CommandLine;
using NetCfg.Core.Review.Explanation;
using NetCfg.Tool.Output;

namespace NetCfg.Tool.Commands;

/// <summary>`netcfg explain FROM TO [PORT]`: why the manifests allow or deny a flow, rule by rule; exit 0 allowed, 1 denied.</summary>
internal static class ExplainCommand
{
    public static Command Create(ToolContext context)
    {
        var from = new Argument<string>("FROM") { Description = "Where the flow starts: " + ProbeEnd.Syntax + "." };
        var to = new Argument<string>("TO") { Description = "Where it goes, written the same way." };
        var port = new Argument<string?>("PORT") { Description = "The port: " + ProbePort.Syntax + ". Without it, every port and protocol.", Arity = ArgumentArity.ZeroOrOne };
        var manifests = Options.Manifests();
        var json = new Option<bool>("--json") { Description = "The same answer as JSON." };
        var workloads = new Option<string[]>("--workloads")
        {
            Description = "Workload YAML to resolve TO's named ports with (a file or a glob; repeatable). Default: the NetCfgWorkload items of the project in the current folder.",
            HelpName = "FILE_OR_GLOB",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("explain", "Explain why a flow is allowed or denied: the verdict, then the egress of FROM and the ingress of TO, rule by rule.") { from, to, port, manifests, workloads, json };
        command.SetAction(parsed =>
        {
            var source = ProbeEnd.Parse(parsed.GetValue(from)!, out var error) ?? throw new UsageException("FROM: " + error);
            var target = ProbeEnd.Parse(parsed.GetValue(to)!, out error) ?? throw new UsageException("TO: " + error);
            var probe = parsed.GetValue(port) is { } text ? ProbePort.Parse(text, out error) ?? throw new UsageException("PORT: " + error) : null;
            var folder = ManifestFolder.Locate(parsed.GetValue(manifests), context);
            var view = ManifestFolder.Read(folder);
            var files = WorkloadFiles.Read(parsed.GetValue(workloads) ?? System.Array.Empty<string>(), context);
            var explanation = FlowExplainer.Explain(view, source, target, probe, out error, ManifestFolder.Sources(folder), workloads: files) ?? throw new UsageException(error!);
            context.Out.Write(parsed.GetValue(json) ? ExplainFormats.Json(explanation) : ExplainFormats.Text(explanation));
            return explanation.Verdict == Verdict.Allowed ? ExitCodes.Ok : ExitCodes.No;
        });
        return command;
    }
}
