using System.CommandLine;

namespace NetCfg.Tool.Commands;

/// <summary>Options several commands share.</summary>
internal static class Options
{
    public static Option<string?> Manifests() => new("--manifests")
    {
        Description = "The manifests folder `dotnet build` wrote. Default: the one of the project in the current folder.",
        HelpName = "DIR",
    };

    public static Option<string> Format(string[] names)
    {
        var option = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => names[0] };
        option.AcceptOnlyFromAmong(names);
        return option;
    }
}
