using System.Collections.Generic;
using System.Linq;
using NetCfg.Core;
using NetCfg.Generators.Parsing;

namespace NetCfg.Generators.Emit;

/// <summary>
/// One generated file of label members: the partial component classes whose type keys hash to <see cref="HintName"/>
/// (<see cref="CSharpNames.LabelFile"/>), by namespace, then type key.
/// </summary>
public sealed record LabelFile(string HintName, EquatableArray<LabelMembers> Members)
{
    /// <summary>The files of all the members there are, by hint name; empty when there are none.</summary>
    public static EquatableArray<LabelFile> Of(IEnumerable<LabelMembers?> all) =>
        all.OfType<LabelMembers>()
            .GroupBy(m => CSharpNames.LabelFile(m.TypeKey))
            .OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .Select(g => new LabelFile(g.Key, g
                .OrderBy(m => m.Shape.Namespace ?? string.Empty, System.StringComparer.Ordinal)
                .ThenBy(m => m.TypeKey, System.StringComparer.Ordinal)
                .ToEquatableArray()))
            .ToEquatableArray();
}
