namespace NetCfg.Core.Rules;

/// <summary>The attributes' argument names, in one place: what the parser reads and what a <see cref="Site"/> points at.</summary>
public static class Arguments
{
    public const string Port = "Port";
    public const string EndPort = "EndPort";
    public const string Protocol = "Protocol";
    public const string PortName = "PortName";
    public const string Namespace = "Namespace";

    /// <summary>The target of [DependsOn]: the <c>typeof(...)</c> argument or the <c>T</c> of <c>DependsOn&lt;T&gt;</c>.</summary>
    public const string Target = "(target)";

    /// <summary>A constructor argument by position: "0", "1", ... (a params array continues the count).</summary>
    public const string First = "0";
    public const string Second = "1";

    public static string Positional(int position) => position.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The position of a constructor argument, or -1 for a named argument or the target.</summary>
    public static int Position(string argument) =>
        int.TryParse(argument, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position) ? position : -1;
}
