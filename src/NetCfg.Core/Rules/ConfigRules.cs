using System.Collections.Generic;

namespace NetCfg.Core.Rules;

/// <summary>The configs of the assembly: their names (NETCFG007) and how many there are (NETCFG013).</summary>
internal static class ConfigRules
{
    public static void Check(DeclarationIndex index, List<Problem> problems)
    {
        var configs = index.Input.Configs;
        for (var i = 0; i < configs.Count; i++)
        {
            NameRules.Config(configs[i], i, problems);
            if (i > 0)
            {
                problems.Add(new Problem(
                    RuleIds.ConfigCount,
                    "More than one [assembly: LocalNetworkConfig] in the assembly; keep exactly one",
                    ProblemSite.OnConfig(i),
                    new[] { ProblemSite.OnConfig(0) }.ToEquatableArray()));
            }
        }

        if (configs.Count > 0 && configs[0].Complete && index.Network.Count == 0)
        {
            problems.Add(
                RuleIds.EmptyNetwork,
                ProblemSite.OnConfig(0),
                $"The LocalNetworkConfig '{configs[0].Name}' includes no component, so its manifests hold only the default-deny policy, which blocks all traffic of the namespace; declare [Component] classes here, or reference the component libraries that declare them");
        }
    }
}
