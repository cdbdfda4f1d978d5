using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;

namespace NetCfg.Core.Translation;

/// <summary>The pure core: declarations and profiles in, manifest files out (or the errors that block them).</summary>
public static class NetworkConfigTranslator
{
    public static TranslationResult Translate(TranslationInput input)
    {
        var profiles = input.ProfileFiles
            .SelectMany(f => f.Profiles)
            .GroupBy(p => p.Name, System.StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), System.StringComparer.Ordinal);
        var errors = DeclarationChecker.Check(input, profiles);
        if (errors.Count > 0)
        {
            return new TranslationResult(EquatableArray<ManifestFile>.Empty, errors.ToEquatableArray());
        }

        if (input.Configs.IsEmpty)
        {
            return new TranslationResult(EquatableArray<ManifestFile>.Empty, EquatableArray<string>.Empty);
        }

        var config = ResolvedConfig.Resolve(input.Configs[0], input.Components, profiles);
        var files = LocalNetworkConfigWriter.Write(config)
            .Concat(NetworkPolicyWriter.Write(config, input.Options))
            .OrderBy(f => f.Path, System.StringComparer.Ordinal);
        return new TranslationResult(files.ToEquatableArray(), EquatableArray<string>.Empty);
    }
}
