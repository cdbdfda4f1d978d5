using System.Collections.Generic;
using System.Linq;

namespace NetCfg.Core.Rules;

/// <summary>NETCFG016: a referenced assembly's NetCfg export that cannot be read. Only a config project pulls exports in.</summary>
internal static class ImportRules
{
    public static void Check(DeclarationIndex index, List<Problem> problems)
    {
        if (!index.IsConfigProject) return;
        foreach (var export in index.Input.Imports.Where(e => e.Problem is not null).OrderBy(e => e.Assembly, System.StringComparer.Ordinal))
        {
            problems.Add(RuleIds.UnreadableExport, index.ConfigSite, $"The NetCfg components exported by assembly '{export.Assembly}' cannot be read: {export.Problem}");
        }
    }
}
