using System.CommandLine;

namespace NetCfg.Tool.Commands;

internal static class ImportCommand
{
    public static Command Create(ToolContext context) => new("import", "TODO");
}
