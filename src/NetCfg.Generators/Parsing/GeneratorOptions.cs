using System;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Core.Rules;

namespace NetCfg.Generators.Parsing;

/// <summary>The MSBuild property and item metadata the package's props make visible to the compiler.</summary>
public static class GeneratorOptions
{
    public const string EmitManifests = "build_property." + OptionRules.EmitManifests;
    public const string ItemKind = "build_metadata.AdditionalFiles.NetCfgItemType";
    public const string NetworkProfileItem = "NetworkProfile";
    public const string ProjectDir = "build_property.ProjectDir";
    public const string WorkloadMarker = "build_metadata.AdditionalFiles.NetCfgWorkload";

    /// <summary>
    /// False when NetCfgEmitManifests is false (Core's <see cref="OptionRules.EmitManifestsValue"/>): then nothing is
    /// compiled into the assembly. An invalid value is NETCFG020 from the targets, before compile.
    /// </summary>
    public static bool Emit(AnalyzerConfigOptions options) =>
        OptionRules.EmitManifestsValue(options.TryGetValue(EmitManifests, out var value) ? value : null) != false;

    /// <summary>The project's folder (the SDK makes ProjectDir visible to the compiler), or "" when unknown.</summary>
    public static string ProjectDirectory(AnalyzerConfigOptions options) =>
        options.TryGetValue(ProjectDir, out var value) && value is not null ? value : string.Empty;

    public static bool IsProfileFile(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(ItemKind, out var kind) && string.Equals(kind, NetworkProfileItem, StringComparison.OrdinalIgnoreCase);

    /// <summary>A <c>NetCfgWorkload</c> item (which may be a NetworkProfile item as well): the targets mark it NetCfgWorkload=true.</summary>
    public static bool IsWorkloadFile(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(WorkloadMarker, out var marker) && string.Equals(marker, "true", StringComparison.OrdinalIgnoreCase);
}
