using System.Collections.Generic;
using System.Linq;

namespace NetCfg.Core.Rules;

/// <summary>English for messages: lists ("a", "a and b", "a, b and c") and quoted names.</summary>
internal static class Text
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

    /// <summary>"a", "a or b", "a, b or c".</summary>
    public static string Alternatives(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Join(string.Empty, list) : string.Join(", ", list.Take(list.Count - 1)) + " or " + list[list.Count - 1];
    }

    public static string Quote(string? value) => "'" + (value ?? "null") + "'";
}
