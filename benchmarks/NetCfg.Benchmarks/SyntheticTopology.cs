using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NetCfg.TestKit;

namespace NetCfg.Benchmarks;

/// <summary>N components, about three dependencies each; every fifth component also uses a profile.</summary>
public static class SyntheticTopology
{
    public const int Profiles = 10;

    public static string Source(int components, int portOffset = 0)
    {
        var text = new StringBuilder("using NetCfg;\n[assembly: LocalNetworkConfig(\"bench\", Namespace = \"bench\")]\nnamespace Bench;\n");
        for (var i = 0; i < components; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"[Component(\"c{i}\")]\n[MatchLabel(\"app\", \"c{i}\")]\n");
            foreach (var target in Targets(i, components))
            {
                var port = 8000 + (target % 100) + (i == 0 ? portOffset : 0);
                text.Append(CultureInfo.InvariantCulture, $"[DependsOn(typeof(C{target}), Port = {port})]\n");
            }

            if (i % 5 == 0) text.Append(CultureInfo.InvariantCulture, $"[DependsOnProfile(\"profile-{i % Profiles}\")]\n");
            text.Append(CultureInfo.InvariantCulture, $"public partial class C{i} {{ public int Work() => {i}; }}\n");
        }

        return text.ToString();
    }

    /// <summary>Acyclic: each component calls up to three components with a higher index.</summary>
    private static IEnumerable<int> Targets(int i, int components)
    {
        for (var k = 1; k <= 3 && i + k < components; k++) yield return i + k;
    }

    public static IEnumerable<(string Path, string Text)> ProfileFiles()
    {
        for (var p = 0; p < Profiles; p++)
        {
            yield return ($"/profiles/profile-{p}.yaml", ProfileYaml.ToIpBlock($"profile-{p}", $"10.{p}.0.0/16", 443, except: $"10.{p}.1.0/24"));
        }
    }
}
