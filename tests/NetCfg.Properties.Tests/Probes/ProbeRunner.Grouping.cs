using System.Linq;

namespace NetCfg.Properties.Tests.Probes;

/// <summary>The check of the probe shortcut: grouped oracle verdicts equal direct ones, pair by pair.</summary>
internal static partial class ProbeRunner
{
    /// <summary>Where grouping the probes changes an oracle verdict, or null when it never does.</summary>
    public static string? GroupingProblem(Setup setup)
    {
        var queries = 0;
        for (var s = 0; s < setup.Endpoints.Count; s++)
        {
            for (var d = 0; d < setup.Endpoints.Count; d++)
            {
                if (!setup.InScope(s, d)) continue;
                var grouped = GroupedVerdicts(setup, setup.Classes.SourceClass[s], setup.Classes.EndpointClass[d], ref queries).Cast<bool>().ToList();
                var direct = DirectVerdicts(setup, s, d).Cast<bool>().ToList();
                if (grouped.SequenceEqual(direct)) continue;
                return $"grouping changed a verdict for {setup.Endpoints[s]} -> {setup.Endpoints[d]}: "
                    + $"grouped [{string.Concat(grouped.Select(b => b ? '1' : '0'))}], direct [{string.Concat(direct.Select(b => b ? '1' : '0'))}]";
            }
        }

        return null;
    }
}
