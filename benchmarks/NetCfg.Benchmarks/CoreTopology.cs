using System.Linq;
using NetCfg.Core;
using NetCfg.Core.Model;
using NetCfg.Core.Profiles;

namespace NetCfg.Benchmarks;

/// <summary>The synthetic topology as the generator's models, for timing the pure core alone.</summary>
public static class CoreTopology
{
    public static TranslationInput Input(int components) => new(
        new[] { new ConfigDeclaration("bench", "bench") }.ToEquatableArray(),
        Enumerable.Range(0, components).Select(i => new ComponentDeclaration(
            $"global::Bench.C{i}",
            $"c{i}",
            new[] { new Label("app", $"c{i}") }.ToEquatableArray(),
            Enumerable.Range(1, 3).Where(k => i + k < components)
                .Select(k => new ComponentDependency($"global::Bench.C{i + k}", 8000 + ((i + k) % 100), null, Protocol.Tcp)).ToEquatableArray(),
            (i % 5 == 0 ? new[] { $"profile-{i % SyntheticTopology.Profiles}" } : new string[0]).ToEquatableArray(),
            EquatableArray<string>.Empty)).ToEquatableArray(),
        SyntheticTopology.ProfileFiles().Select(p => ProfileParser.Parse(p.Path, p.Text)).ToEquatableArray(),
        TranslationOptions.Default);
}
