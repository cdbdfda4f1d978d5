using System;
using Microsoft.CodeAnalysis.Diagnostics;
using NetCfg.Core.Model;

namespace NetCfg.Generators.Parsing;

/// <summary>MSBuild properties the props file makes visible to the compiler.</summary>
public static class GeneratorOptions
{
    public const string AllowDns = "build_property.NetCfgAllowDns";
    public const string EmitManifests = "build_property.NetCfgEmitManifests";
    public const string ItemKind = "build_metadata.AdditionalFiles.NetCfgItemType";
    public const string NetworkProfileItem = "NetworkProfile";

    public static TranslationOptions Read(AnalyzerConfigOptions options) =>
        new(AllowDns: !(options.TryGetValue(AllowDns, out var value) && string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase)));

    /// <summary>False when NetCfgEmitManifests is false: then nothing is compiled into the assembly.</summary>
    public static bool Emit(AnalyzerConfigOptions options) =>
        !(options.TryGetValue(EmitManifests, out var value) && string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase));

    public static bool IsProfileFile(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(ItemKind, out var kind) && string.Equals(kind, NetworkProfileItem, StringComparison.OrdinalIgnoreCase);
}
