namespace NetCfg.Core.Model;

/// <summary>Fixed names the translator, the review and the analyzers share.</summary>
public static class Conventions
{
    /// <summary>The default-deny policy's suffix; no component may take this name.</summary>
    public const string ReservedComponentName = "default-deny";

    /// <summary>The label a component without [MatchLabel] selects, with its name as the value.</summary>
    public const string DefaultSelectorKey = "app.kubernetes.io/name";

    /// <summary>The apiVersion of NetCfg's own kinds: NetworkProfile and LocalNetworkConfig.</summary>
    public const string ApiVersion = "networking.tcs.trifork.com/v1alpha1";

    /// <summary>The label on every NetworkPolicy NetCfg writes; the review reads only those.</summary>
    public static readonly Label ManagedBy = new("app.kubernetes.io/managed-by", "netcfg");
}
