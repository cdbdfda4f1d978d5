using System.Collections.Generic;
using System.Linq;

namespace NetCfg.Generators.Analyzers;

/// <summary>English lists for messages: "a", "a and b", "a, b and c".</summary>
internal static class Names
{
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[list.Count - 1],
        };
    }
}
