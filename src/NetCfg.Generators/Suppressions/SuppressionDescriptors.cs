using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NetCfg.Generators.Suppressions;

/// <summary>
/// The findings of strict analysis (AnalysisLevel latest-all) that a component class cannot avoid, each with the ID of
/// its suppression (docs/diagnostics/NETCFGSPRxxx.md). They hold on classes with [Component] only.
/// </summary>
public static class SuppressionDescriptors
{
    public static readonly SuppressionDescriptor StaticHolder = new(
        "NETCFGSPR001",
        "CA1052",
        "A component class is a declaration: NetCfg adds its static label members, and [DependsOn<T>] names it, so it cannot be static.");

    public static readonly SuppressionDescriptor PublicInApplication = new(
        "NETCFGSPR002",
        "CA1515",
        "A component class is a declaration that config projects and [DependsOn<T>] name across assemblies, so it may be public in an application.");

    public static readonly SuppressionDescriptor NeverInstantiated = new(
        "NETCFGSPR003",
        "CA1812",
        "A component class is a declaration that is never meant to be instantiated: NetCfg reads its attributes and adds static members.");

    public static readonly ImmutableArray<SuppressionDescriptor> All = ImmutableArray.Create(StaticHolder, PublicInApplication, NeverInstantiated);

    /// <summary>The suppression of each suppressed diagnostic ID.</summary>
    public static readonly IReadOnlyDictionary<string, SuppressionDescriptor> BySuppressedId = All.ToDictionary(d => d.SuppressedDiagnosticId, System.StringComparer.Ordinal);
}
