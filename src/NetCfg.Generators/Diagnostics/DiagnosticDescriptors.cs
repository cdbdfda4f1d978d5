using Microsoft.CodeAnalysis;

namespace NetCfg.Generators.Diagnostics;

/// <summary>Every NetCfg diagnostic. IDs and default severities are a public contract.</summary>
public static class DiagnosticDescriptors
{
    public const string Category = "NetCfg";
    public const string DocsBase = "https://github.com/netcfg/NetCfg.Generators/blob/main/docs/diagnostics/";

    public const string MalformedProfileId = "NETCFG009";

    public static readonly DiagnosticDescriptor MalformedProfile = Error(
        MalformedProfileId,
        "Malformed NetworkProfile file",
        "Malformed NetworkProfile file: {0}");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DocsBase + id + ".md");
}
