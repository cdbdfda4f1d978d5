using System;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Rules;

namespace NetCfg.Core.Translation;

/// <summary>The translator's answer: the files, or none when the check found a blocking problem.</summary>
public sealed record TranslationResult(EquatableArray<ManifestFile> Files, CheckResult Check)
{
    public bool Succeeded => !Check.Blocked;
}

/// <summary>What <see cref="NetworkConfigTranslator.Render"/> gives: the files, or why the renderer refused the input.</summary>
public sealed record RenderResult(EquatableArray<ManifestFile> Files, string? Refused);

/// <summary>The pure core: declarations and profiles in, manifest files out (or the problems that block them).</summary>
public static class NetworkConfigTranslator
{
    /// <summary>Checks the input with <see cref="DeclarationCheck"/>; when nothing blocks, <see cref="Render"/>s it.</summary>
    public static TranslationResult Translate(TranslationInput input, TranslationOptions options)
    {
        var check = DeclarationCheck.Run(input);
        if (check.Blocked) return new TranslationResult(EquatableArray<ManifestFile>.Empty, check);
        var rendered = Render(input, options);
        if (rendered.Refused is { } refused) throw new InvalidOperationException("the rule book passed an input the renderer refuses: " + refused);
        return new TranslationResult(rendered.Files, check);
    }

    /// <summary>
    /// Renders an input that was checked already (the carrier's Ok): when the assembly has a config, plans every file and
    /// renders them on every core, in path order. Nothing is rendered when the plan breaks <see cref="RenderInvariant"/>.
    /// </summary>
    public static RenderResult Render(TranslationInput input, TranslationOptions options)
    {
        if (input.Configs.IsEmpty) return new RenderResult(EquatableArray<ManifestFile>.Empty, null);
        var config = ResolvedConfig.Resolve(new DeclarationIndex(input));
        var files = LocalNetworkConfigPlanner.Plan(config)
            .Concat(NetworkPolicyPlanner.Plan(config, options))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        if (RenderInvariant.Broken(files) is { } broken) return new RenderResult(EquatableArray<ManifestFile>.Empty, broken);
        return new RenderResult(files.AsParallel().AsOrdered().Select(ManifestRenderer.Render).ToEquatableArray(), null);
    }
}
