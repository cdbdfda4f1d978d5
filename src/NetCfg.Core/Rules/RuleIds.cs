using System.Collections.Generic;

namespace NetCfg.Core.Rules;

/// <summary>Every NetCfg diagnostic ID, and the one list of those that block the manifests.</summary>
public static class RuleIds
{
    public const string UnknownProfile = "NETCFG001";
    public const string DependencyCycle = "NETCFG002";
    public const string NotAComponent = "NETCFG003";
    public const string InvalidPort = "NETCFG004";
    public const string DuplicateComponentName = "NETCFG005";
    public const string InvalidSelector = "NETCFG006";
    public const string InvalidName = "NETCFG007";
    public const string IdenticalSelector = "NETCFG008";
    public const string MalformedProfile = "NETCFG009";
    public const string DuplicateDependency = "NETCFG010";
    public const string MissingPort = "NETCFG011";
    public const string DuplicateProfile = "NETCFG012";
    public const string ConfigCount = "NETCFG013";
    public const string IgnoredAttribute = "NETCFG014";
    public const string UnknownComponentName = "NETCFG015";
    public const string UnreadableExport = "NETCFG016";
    public const string EmptyNetwork = "NETCFG017";

    // Workloads (issue 19): the declarations against the team's workload YAML.
    public const string MalformedWorkload = "NETCFG030";
    public const string SelectsNoWorkload = "NETCFG031";
    public const string UncoveredWorkload = "NETCFG032";
    public const string UndeclaredPortName = "NETCFG033";
    public const string UndeclaredPort = "NETCFG034";
    public const string WorkloadSelectedTwice = "NETCFG035";

    // Reported by the MSBuild task and targets, not by the analyzers.
    public const string InvalidProperty = "NETCFG020";
    public const string MissingProfileFile = "NETCFG021";
    public const string NoCarrier = "NETCFG100";
    public const string NotWritten = "NETCFG101";
    public const string WriteFailed = "NETCFG102";
    public const string BaselineUnusable = "NETCFG103";

    /// <summary>The IDs the analyzers report: every rule of <see cref="DeclarationCheck"/>.</summary>
    public static readonly IReadOnlyList<string> Analyzer = new[]
    {
        UnknownProfile, DependencyCycle, NotAComponent, InvalidPort, DuplicateComponentName, InvalidSelector, InvalidName,
        IdenticalSelector, MalformedProfile, DuplicateDependency, MissingPort, DuplicateProfile, ConfigCount, IgnoredAttribute,
        UnknownComponentName, UnreadableExport, EmptyNetwork,
        MalformedWorkload, SelectsNoWorkload, UncoveredWorkload, UndeclaredPortName, UndeclaredPort, WorkloadSelectedTwice,
    };

    /// <summary>Valid but probably unintended declarations: warnings by default.</summary>
    public static readonly IReadOnlyList<string> Warnings = new[]
    {
        IdenticalSelector, DuplicateDependency, MissingPort, IgnoredAttribute, EmptyNetwork,
        SelectsNoWorkload, UncoveredWorkload, UndeclaredPort, WorkloadSelectedTwice,
    };

    /// <summary>
    /// The problems that block the manifests whatever their severity: input Kubernetes would reject or the translator
    /// cannot resolve. A cycle (NETCFG002) is an error by default but describes valid policies, so it does not block.
    /// </summary>
    public static readonly IReadOnlyList<string> Blocking = new[]
    {
        UnknownProfile, NotAComponent, InvalidPort, DuplicateComponentName, InvalidSelector, InvalidName, MalformedProfile,
        DuplicateProfile, ConfigCount, UnknownComponentName, UnreadableExport,
    };

    private static readonly HashSet<string> BlockingSet = new(Blocking, System.StringComparer.Ordinal);

    public static bool Blocks(string id) => BlockingSet.Contains(id);
}
