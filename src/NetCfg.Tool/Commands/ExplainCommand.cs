using System.CommandLine;

namespace NetCfg.Tool.Commands;

internal static class ExplainCommand
{
    public static Command Create(ToolContext context) => new("explain", "TODO");
}
