using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;

namespace NetCfg.Core.Rules;

/// <summary>
/// The rule book: every problem of the declarations, the profile files and the imported components. The analyzers report
/// these where the user types; the generator carries none of the input while a blocking one stands; the task prints them.
/// </summary>
public static class DeclarationCheck
{
    public static CheckResult Run(TranslationInput input) => Run(input, new WorkloadFile[0]);

    /// <summary>Every rule, and the declarations against the workload files (the analyzer's view; see WorkloadRules).</summary>
    public static CheckResult Run(TranslationInput input, IReadOnlyList<WorkloadFile> workloads)
    {
        var index = new DeclarationIndex(input);
        var problems = new List<Problem>();
        ConfigRules.Check(index, problems);
        ImportRules.Check(index, problems);
        ProfileRules.Files(index, problems);
        var invalid = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var component in input.Components.Concat(index.Network.Where(c => !index.IsLocal(c))))
        {
            if (!ComponentRules.Check(component, index, problems)) invalid.Add(DeclarationIndex.Id(component));
        }

        GraphRules.Check(index, invalid, problems);
        WorkloadRules.Check(index, workloads, problems);
        var incomplete = input.Configs.Any(c => !c.Complete) || input.Components.Any(c => !c.Complete);
        return new CheckResult(Sorted(problems).ToEquatableArray(), incomplete);
    }

    private static IEnumerable<Problem> Sorted(IEnumerable<Problem> problems) => problems
        .OrderBy(p => p.Site.Kind)
        .ThenBy(p => p.Site.Owner, System.StringComparer.Ordinal)
        .ThenBy(p => p.Site.Attribute)
        .ThenBy(p => p.Site.Index)
        .ThenBy(p => p.Site.Argument, System.StringComparer.Ordinal)
        .ThenBy(p => p.Site.Line)
        .ThenBy(p => p.Site.Column)
        .ThenBy(p => p.Id, System.StringComparer.Ordinal)
        .ThenBy(p => p.Message, System.StringComparer.Ordinal)
        .ThenBy(p => p.Echo);
}
