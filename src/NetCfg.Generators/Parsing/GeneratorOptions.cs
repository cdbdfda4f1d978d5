using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NetCfg.Generators.Parsing;

/// <summary>The MSBuild property and item metadata the package's props make visible to the compiler.</summary>
public static class GeneratorOptions
{
    public const string EmitManifests = "build_property.NetCfgEmitManifests";
    public const string ItemKind = "build_metadata.AdditionalFiles.NetCfgItemType";
    public const string NetworkProfileItem = "NetworkProfile";
    public const string ProjectDir = "build_property.ProjectDir";

    /// <summary>False when NetCfgEmitManifests is false: then nothing is compiled into the assembly.</summary>
    public static bool Emit(AnalyzerConfigOptions options) =>
        !(options.TryGetValue(EmitManifests, out var value) && string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase));

    /// <summary>The project's folder (the SDK makes ProjectDir visible to the compiler), or "" when unknown.</summary>
    public static string ProjectDirectory(AnalyzerConfigOptions options) =>
        options.TryGetValue(ProjectDir, out var value) && value is not null ? value : string.Empty;

    public static bool IsProfileFile(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(ItemKind, out var kind) && string.Equals(kind, NetworkProfileItem, StringComparison.OrdinalIgnoreCase);
}
