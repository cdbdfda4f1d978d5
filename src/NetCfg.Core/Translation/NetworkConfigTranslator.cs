using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Rules;

namespace NetCfg.Core.Translation;

/// <summary>The translator's answer: the files, or none when the check found a blocking problem.</summary>
public sealed record TranslationResult(EquatableArray<ManifestFile> Files, CheckResult Check)
{
    public bool Succeeded => !Check.Blocked;
}

/// <summary>The pure core: declarations and profiles in, manifest files out (or the problems that block them).</summary>
public static class NetworkConfigTranslator
{
    /// <summary>
    /// Checks the input with <see cref="DeclarationCheck"/>; when nothing blocks and the assembly has a config, plans
    /// every file and renders them on every core, in path order.
    /// </summary>
    public static TranslationResult Translate(TranslationInput input, TranslationOptions options)
    {
        var check = DeclarationCheck.Run(input);
        if (check.Blocked || input.Configs.IsEmpty) return new TranslationResult(EquatableArray<ManifestFile>.Empty, check);
        var config = ResolvedConfig.Resolve(new DeclarationIndex(input));
        var files = LocalNetworkConfigPlanner.Plan(config)
            .Concat(NetworkPolicyPlanner.Plan(config, options))
            .OrderBy(f => f.Path, System.StringComparer.Ordinal)
            .ToList();
        return new TranslationResult(files.AsParallel().AsOrdered().Select(ManifestRenderer.Render).ToEquatableArray(), check);
    }
}
