using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NetCfg.Core.Rules;

namespace NetCfg.Generators.Diagnostics;

/// <summary>
/// Every NetCfg diagnostic the analyzers report. IDs (<see cref="RuleIds"/>) and default severities are a public contract,
/// tracked in AnalyzerReleases.*.md; the messages come from the core's rules.
/// Each descriptor is built with a direct <c>new DiagnosticDescriptor(...)</c> of constants, so the release-tracking
/// analyzer (RS2000-RS2008) can see and check every one of them.
/// </summary>
public static class DiagnosticDescriptors
{
    public const string Category = "NetCfg";
    public const string DocsBase = "https://github.com/netcfg/NetCfg.Generators/blob/main/docs/diagnostics/";


    /// <summary>Diagnostic.Properties key prefix of suggestions (NETCFG001, NETCFG015): "Suggestion0", "Suggestion1", ...</summary>
    public const string SuggestionProperty = "Suggestion";

    public static readonly DiagnosticDescriptor UnknownProfile = new(
        RuleIds.UnknownProfile,
        "Unknown NetworkProfile",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "[DependsOnProfile] must name the metadata.name of a profile in a file the project lists as <NetworkProfile>.",
        helpLinkUri: DocsBase + RuleIds.UnknownProfile + ".md");

    public static readonly DiagnosticDescriptor DependencyCycle = new(
        RuleIds.DependencyCycle,
        "Dependency cycle",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Components depend on each other in a loop. A component that depends on itself is not a cycle.",
        helpLinkUri: DocsBase + RuleIds.DependencyCycle + ".md");

    public static readonly DiagnosticDescriptor NotAComponent = new(
        RuleIds.NotAComponent,
        "DependsOn target is not a component",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "[DependsOn] must name a class marked [Component]: in this assembly, or in a referenced component library (an assembly without a LocalNetworkConfig of its own).",
        helpLinkUri: DocsBase + RuleIds.NotAComponent + ".md");

    public static readonly DiagnosticDescriptor InvalidPort = new(
        RuleIds.InvalidPort,
        "Invalid port, range or protocol",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Port and EndPort must be 1-65535, EndPort needs a Port and may not be below it, Protocol must be Tcp, Udp or Sctp, and PortName must be a valid port name used without Port.",
        helpLinkUri: DocsBase + RuleIds.InvalidPort + ".md");

    public static readonly DiagnosticDescriptor DuplicateComponentName = new(
        RuleIds.DuplicateComponentName,
        "Duplicate component name",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Component names identify the components of a config and must be unique in it.",
        helpLinkUri: DocsBase + RuleIds.DuplicateComponentName + ".md");

    public static readonly DiagnosticDescriptor InvalidSelector = new(
        RuleIds.InvalidSelector,
        "Invalid selector",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Kubernetes rejects label keys and values that are not qualified names and malformed expressions; a selector holds each key once, and a selector of only NotIn/DoesNotExist expressions selects nearly every pod.",
        helpLinkUri: DocsBase + RuleIds.InvalidSelector + ".md");

    public static readonly DiagnosticDescriptor InvalidName = new(
        RuleIds.InvalidName,
        "Invalid Kubernetes name",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Component names must be DNS-1123 labels, config names DNS-1123 subdomains and namespaces DNS-1123 labels; 'default-deny' is reserved.",
        helpLinkUri: DocsBase + RuleIds.InvalidName + ".md");

    public static readonly DiagnosticDescriptor IdenticalSelector = new(
        RuleIds.IdenticalSelector,
        "Components select the same pods",
        "{0}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Two components with identical selectors are the same pods to Kubernetes. A component without [MatchLabel] selects app.kubernetes.io/name: <component name>.",
        helpLinkUri: DocsBase + RuleIds.IdenticalSelector + ".md");

    public static readonly DiagnosticDescriptor MalformedProfile = new(
        RuleIds.MalformedProfile,
        "Malformed NetworkProfile file",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A <NetworkProfile> file must hold valid NetworkProfile documents.",
        helpLinkUri: DocsBase + RuleIds.MalformedProfile + ".md");

    public static readonly DiagnosticDescriptor DuplicateDependency = new(
        RuleIds.DuplicateDependency,
        "Duplicate dependency",
        "{0}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The same dependency declared twice adds nothing.",
        helpLinkUri: DocsBase + RuleIds.DuplicateDependency + ".md");

    public static readonly DiagnosticDescriptor MissingPort = new(
        RuleIds.MissingPort,
        "Dependency allows every port",
        "{0}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A component dependency without Port opens every port of its protocol on the target's pods.",
        helpLinkUri: DocsBase + RuleIds.MissingPort + ".md");

    public static readonly DiagnosticDescriptor DuplicateProfile = new(
        RuleIds.DuplicateProfile,
        "Duplicate NetworkProfile name",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Profile names are how components refer to profiles; each must be declared once.",
        helpLinkUri: DocsBase + RuleIds.DuplicateProfile + ".md");

    public static readonly DiagnosticDescriptor ConfigCount = new(
        RuleIds.ConfigCount,
        "At most one LocalNetworkConfig per assembly",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An assembly assembles at most one network: keep one [assembly: LocalNetworkConfig(...)]. Without one, the assembly is a component library.",
        helpLinkUri: DocsBase + RuleIds.ConfigCount + ".md");

    public static readonly DiagnosticDescriptor IgnoredAttribute = new(
        RuleIds.IgnoredAttribute,
        "NetCfg attribute ignored: the class is not a component",
        "{0}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The generator reads [DependsOn], [MatchLabel], [MatchExpression] and [DependsOnProfile] only on classes marked [Component]; on any other class they do nothing.",
        helpLinkUri: DocsBase + RuleIds.IgnoredAttribute + ".md");

    public static readonly DiagnosticDescriptor UnknownComponentName = new(
        RuleIds.UnknownComponentName,
        "No component has that name",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "[DependsOn(\"name\")] must name a component of the network the config project assembles: its own or one that a referenced component library exports.",
        helpLinkUri: DocsBase + RuleIds.UnknownComponentName + ".md");

    public static readonly DiagnosticDescriptor UnreadableExport = new(
        RuleIds.UnreadableExport,
        "A referenced assembly's NetCfg components cannot be read",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A referenced component library exports its components in its assembly; the export is truncated, corrupt or from another NetCfg version.",
        helpLinkUri: DocsBase + RuleIds.UnreadableExport + ".md");

    public static readonly DiagnosticDescriptor EmptyNetwork = new(
        RuleIds.EmptyNetwork,
        "The config includes no component",
        "{0}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A LocalNetworkConfig without components emits only the default-deny policy: every pod of the namespace loses all traffic. Components come from [Component] classes of the project and of the component libraries it references.",
        helpLinkUri: DocsBase + RuleIds.EmptyNetwork + ".md");

    // Workloads (issue 19): the declarations against the team's workload YAML.
    public static readonly DiagnosticDescriptor MalformedWorkload = new(
        RuleIds.MalformedWorkload,
        "Malformed workload file",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A file listed as <NetCfgWorkload> must be YAML whose documents are mappings, and its workloads' labels and container ports must be what Kubernetes accepts.",
        helpLinkUri: DocsBase + RuleIds.MalformedWorkload + ".md");

    public static readonly DiagnosticDescriptor SelectsNoWorkload = new(
        RuleIds.SelectsNoWorkload,
        "Component selects no workload",
        "{0}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "No pod template in the workload files of the network's namespace matches the component's selector: its policy protects nothing, and every flow to it goes nowhere.",
        helpLinkUri: DocsBase + RuleIds.SelectsNoWorkload + ".md");

    public static readonly DiagnosticDescriptor UncoveredWorkload = new(
        RuleIds.UncoveredWorkload,
        "Workload selected by no component",
        "{0}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A workload of the network's namespace that no component selects gets no traffic at all under the namespace's default-deny policy, not even DNS.",
        helpLinkUri: DocsBase + RuleIds.UncoveredWorkload + ".md");

    public static readonly DiagnosticDescriptor UndeclaredPortName = new(
        RuleIds.UndeclaredPortName,
        "Named port not declared by the target's pods",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A named port resolves on each destination pod to its container port of that name and protocol; when no container of the selected pods declares it, the flow is dropped.",
        helpLinkUri: DocsBase + RuleIds.UndeclaredPortName + ".md");

    public static readonly DiagnosticDescriptor UndeclaredPort = new(
        RuleIds.UndeclaredPort,
        "Port not declared by the target's pods",
        "{0}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "No container of the target's pods declares the dependency's port and protocol. A container may listen on a port it does not declare, so this is a warning.",
        helpLinkUri: DocsBase + RuleIds.UndeclaredPort + ".md");

    public static readonly DiagnosticDescriptor WorkloadSelectedTwice = new(
        RuleIds.WorkloadSelectedTwice,
        "Workload selected by more than one component",
        "{0}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Components with different selectors select the same workload: both policies apply to its pods, and their rules add up.",
        helpLinkUri: DocsBase + RuleIds.WorkloadSelectedTwice + ".md");

    /// <summary>Every descriptor, by ID.</summary>
    public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = new[]
    {
        UnknownProfile, DependencyCycle, NotAComponent, InvalidPort, DuplicateComponentName, InvalidSelector, InvalidName, IdenticalSelector,
        MalformedProfile, DuplicateDependency, MissingPort, DuplicateProfile, ConfigCount, IgnoredAttribute, UnknownComponentName, UnreadableExport,
        EmptyNetwork,
        MalformedWorkload, SelectsNoWorkload, UncoveredWorkload, UndeclaredPortName, UndeclaredPort, WorkloadSelectedTwice,
    }.ToDictionary(d => d.Id, System.StringComparer.Ordinal);
}
