using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace NetCfg.Core.Import;

/// <summary>
/// C# names for imported components and configs: PascalCase of the '-' and '.' separated parts ("my-worker-app" →
/// MyWorkerApp). A name that would start with a digit gets a "C" before it; one that clashes with NetCfg's attributes
/// gets "Component" after it. Collisions (ignoring case, so file names differ on every file system) are resolved in
/// ordinal order of the component names: the first keeps the name, the next get 2, 3, ...
/// </summary>
public static class ClassNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "NetCfg", "Component", "DependsOn", "DependsOnProfile", "MatchLabel", "MatchExpression", "LocalNetworkConfig", "LabelOperator", "NetworkProtocol",
        "ComponentAttribute", "DependsOnAttribute", "DependsOnProfileAttribute", "MatchLabelAttribute", "MatchExpressionAttribute", "LocalNetworkConfigAttribute", "System",
    };

    public static string Pascal(string name)
    {
        var text = new StringBuilder();
        foreach (var part in name.Split(new[] { '-', '.' }, StringSplitOptions.RemoveEmptyEntries))
        {
            text.Append(char.ToUpperInvariant(part[0])).Append(part.Substring(1));
        }

        if (text.Length == 0 || char.IsDigit(text[0])) text.Insert(0, 'C');
        return text.ToString();
    }

    /// <summary>Each component name's class name; <paramref name="taken"/> are names no class may take (the namespace).</summary>
    public static IReadOnlyDictionary<string, string> For(IEnumerable<string> components, IEnumerable<string> taken)
    {
        var used = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var component in components.Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal))
        {
            var name = Pascal(component);
            if (Reserved.Contains(name) || used.Contains(name)) name += "Component";
            var unique = name;
            for (var i = 2; !used.Add(unique); i++) unique = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            result[component] = unique;
        }

        return result;
    }
}
