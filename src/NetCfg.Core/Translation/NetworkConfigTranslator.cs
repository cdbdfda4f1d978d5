using System.Linq;
using NetCfg.Core.Model;

namespace NetCfg.Core.Translation;

/// <summary>The pure core: declarations and profiles in, manifest files out (or the errors that block them).</summary>
public static class NetworkConfigTranslator
{
    /// <summary>Plans every file as an equatable model; any error blocks all of them.</summary>
    public static ManifestPlan Plan(TranslationInput input)
    {
        var profiles = Profiles(input);
        var errors = DeclarationChecker.Check(input, profiles);
        if (errors.Count > 0)
        {
            return new ManifestPlan(EquatableArray<ManifestModel>.Empty, errors.ToEquatableArray());
        }

        if (input.Configs.IsEmpty)
        {
            return new ManifestPlan(EquatableArray<ManifestModel>.Empty, EquatableArray<string>.Empty);
        }

        var config = ResolvedConfig.Resolve(input.Configs[0], input.Components, profiles);
        var files = LocalNetworkConfigPlanner.Plan(config)
            .Concat(NetworkPolicyPlanner.Plan(config, input.Options))
            .OrderBy(f => f.Path, System.StringComparer.Ordinal);
        return new ManifestPlan(files.ToEquatableArray(), EquatableArray<string>.Empty);
    }

    /// <summary>The errors that would block the manifests; none means <see cref="Translate"/> yields files.</summary>
    public static EquatableArray<string> Check(TranslationInput input) =>
        DeclarationChecker.Check(input, Profiles(input)).ToEquatableArray();

    /// <summary>Plans and renders every file. Files render independently: on every core, kept in plan order.</summary>
    public static TranslationResult Translate(TranslationInput input)
    {
        var plan = Plan(input);
        return new TranslationResult(plan.Files.AsParallel().AsOrdered().Select(ManifestRenderer.Render).ToEquatableArray(), plan.Errors);
    }

    private static System.Collections.Generic.Dictionary<string, NetworkProfile> Profiles(TranslationInput input) => input.ProfileFiles
        .SelectMany(f => f.Profiles)
        .GroupBy(p => p.Name, System.StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), System.StringComparer.Ordinal);
}
