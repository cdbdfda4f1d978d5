using Microsoft.CodeAnalysis;

namespace NetCfg.Generators.Diagnostics;

/// <summary>
/// Every NetCfg diagnostic. IDs and default severities are a public contract, tracked in AnalyzerReleases.*.md.
/// Each descriptor is built with a direct <c>new DiagnosticDescriptor(...)</c> of constants, so the release-tracking
/// analyzer (RS2000-RS2008) can see and check every one of them.
/// </summary>
public static class DiagnosticDescriptors
{
    public const string Category = "NetCfg";
    public const string DocsBase = "https://github.com/netcfg/NetCfg.Generators/blob/main/docs/diagnostics/";

    public const string UnknownProfileId = "NETCFG001";
    public const string DependencyCycleId = "NETCFG002";
    public const string NotAComponentId = "NETCFG003";
    public const string InvalidPortId = "NETCFG004";
    public const string DuplicateComponentNameId = "NETCFG005";
    public const string InvalidLabelId = "NETCFG006";
    public const string InvalidNameId = "NETCFG007";
    public const string IdenticalSelectorId = "NETCFG008";
    public const string MalformedProfileId = "NETCFG009";
    public const string DuplicateDependencyId = "NETCFG010";
    public const string MissingPortId = "NETCFG011";
    public const string DuplicateProfileId = "NETCFG012";
    public const string ConfigCountId = "NETCFG013";
    public const string IgnoredAttributeId = "NETCFG014";

    /// <summary>Diagnostic.Properties key prefix of NETCFG001's suggestions: "Suggestion0", "Suggestion1", ...</summary>
    public const string SuggestionProperty = "Suggestion";

    /// <summary>Diagnostic.Properties key of NETCFG013 (no config): the config name the fix adds.</summary>
    public const string ConfigNameProperty = "ConfigName";

    /// <summary>Diagnostic.Properties key of NETCFG013: "missing" (components but no config) or "duplicate".</summary>
    public const string ConfigProblemProperty = "ConfigProblem";

    public const string ConfigMissing = "missing";
    public const string ConfigDuplicate = "duplicate";

    public static readonly DiagnosticDescriptor UnknownProfile = new(
        UnknownProfileId,
        "Unknown NetworkProfile",
        "No NetworkProfile file declares profile '{0}'{1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "[DependsOnProfile] must name the metadata.name of a profile in a file the project lists as <NetworkProfile>.",
        helpLinkUri: DocsBase + UnknownProfileId + ".md");

    public static readonly DiagnosticDescriptor DependencyCycle = new(
        DependencyCycleId,
        "Dependency cycle",
        "Dependency cycle: {0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Components depend on each other in a loop. A component that depends on itself is not a cycle.",
        helpLinkUri: DocsBase + DependencyCycleId + ".md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor NotAComponent = new(
        NotAComponentId,
        "DependsOn target is not a component",
        "The DependsOn target '{0}' is not a [Component] class{1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "[DependsOn] must name a class of the same assembly that is marked [Component].",
        helpLinkUri: DocsBase + NotAComponentId + ".md");

    public static readonly DiagnosticDescriptor InvalidPort = new(
        InvalidPortId,
        "Invalid port, range or protocol",
        "Invalid dependency port: {0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Port and EndPort must be 1-65535, EndPort needs a Port and may not be below it, and Protocol must be Tcp, Udp or Sctp.",
        helpLinkUri: DocsBase + InvalidPortId + ".md");

    public static readonly DiagnosticDescriptor DuplicateComponentName = new(
        DuplicateComponentNameId,
        "Duplicate component name",
        "The component name '{0}' is also used by {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Component names identify the components of a config and must be unique in it.",
        helpLinkUri: DocsBase + DuplicateComponentNameId + ".md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor InvalidLabel = new(
        InvalidLabelId,
        "Invalid label",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Kubernetes rejects label keys and values that are not qualified names, and a selector holds each key once.",
        helpLinkUri: DocsBase + InvalidLabelId + ".md");

    public static readonly DiagnosticDescriptor InvalidName = new(
        InvalidNameId,
        "Invalid Kubernetes name",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Component names must be DNS-1123 labels, config names DNS-1123 subdomains and namespaces DNS-1123 labels; 'default-deny' is reserved.",
        helpLinkUri: DocsBase + InvalidNameId + ".md");

    public static readonly DiagnosticDescriptor IdenticalSelector = new(
        IdenticalSelectorId,
        "Components select the same pods",
        "Component '{0}' selects exactly the same pods as {1} ({2}), so each gets the other's traffic",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Two components with identical selectors are the same pods to Kubernetes. A component without [MatchLabel] selects app.kubernetes.io/name: <component name>.",
        helpLinkUri: DocsBase + IdenticalSelectorId + ".md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor MalformedProfile = new(
        MalformedProfileId,
        "Malformed NetworkProfile file",
        "Malformed NetworkProfile file: {0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A <NetworkProfile> file must hold valid NetworkProfile documents.",
        helpLinkUri: DocsBase + MalformedProfileId + ".md");

    public static readonly DiagnosticDescriptor DuplicateDependency = new(
        DuplicateDependencyId,
        "Duplicate dependency",
        "The dependency on {0} is already declared on '{1}'",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The same dependency declared twice adds nothing.",
        helpLinkUri: DocsBase + DuplicateDependencyId + ".md");

    public static readonly DiagnosticDescriptor MissingPort = new(
        MissingPortId,
        "Dependency allows every port",
        "The dependency on '{0}' has no Port, so it allows every {1} port; set Port (and EndPort for a range)",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A component dependency without Port opens every port of its protocol on the target's pods.",
        helpLinkUri: DocsBase + MissingPortId + ".md");

    public static readonly DiagnosticDescriptor DuplicateProfile = new(
        DuplicateProfileId,
        "Duplicate NetworkProfile name",
        "The profile name '{0}' is also declared at {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Profile names are how components refer to profiles; each must be declared once.",
        helpLinkUri: DocsBase + DuplicateProfileId + ".md");

    public static readonly DiagnosticDescriptor ConfigCount = new(
        ConfigCountId,
        "Exactly one LocalNetworkConfig per assembly",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An assembly with components needs exactly one [assembly: LocalNetworkConfig(...)].",
        helpLinkUri: DocsBase + ConfigCountId + ".md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor IgnoredAttribute = new(
        IgnoredAttributeId,
        "NetCfg attribute ignored: the class is not a component",
        "[{0}] on '{1}' has no effect: '{1}' has no [Component]; add [Component(\"name\")] or remove the attribute",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The generator reads [DependsOn], [MatchLabel] and [DependsOnProfile] only on classes marked [Component]; on any other class they do nothing.",
        helpLinkUri: DocsBase + IgnoredAttributeId + ".md");
}
