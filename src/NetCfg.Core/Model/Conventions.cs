namespace NetCfg.Core.Model;

/// <summary>Fixed names the translator uses, shared with the analyzers.</summary>
public static class Conventions
{
    /// <summary>The default-deny policy's suffix; no component may take this name.</summary>
    public const string ReservedComponentName = "default-deny";

    /// <summary>The label a component without [MatchLabel] selects, with its name as the value.</summary>
    public const string DefaultSelectorKey = "app.kubernetes.io/name";
}
