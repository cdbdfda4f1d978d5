using System;
using System.Collections.Generic;
using System.Linq;

namespace NetCfg.Core.Model;

/// <summary>
/// Everything checked and translated: the declarations of one assembly (<paramref name="Assembly"/>), the components
/// that referenced component libraries export, and the profile files.
/// </summary>
public sealed record TranslationInput(
    string Assembly,
    EquatableArray<ConfigDeclaration> Configs,
    EquatableArray<ComponentDeclaration> Components,
    EquatableArray<ComponentExport> Imports,
    EquatableArray<ProfileFile> ProfileFiles)
{
    /// <summary>
    /// The input as the generator and the analyzer both build it: the configs in source order; one component per key,
    /// by key; the imports by assembly; the profile files by path (all ordinal), so equal declarations give equal inputs.
    /// </summary>
    public static TranslationInput Of(
        string assembly,
        IEnumerable<ConfigDeclaration> configs,
        IEnumerable<ComponentDeclaration> components,
        IEnumerable<ComponentExport> imports,
        IEnumerable<ProfileFile> profileFiles) => new(
        assembly,
        configs.ToEquatableArray(),
        components.GroupBy(c => c.Type, StringComparer.Ordinal).Select(g => g.First()).OrderBy(c => c.Type, StringComparer.Ordinal).ToEquatableArray(),
        imports.OrderBy(e => e.Assembly, StringComparer.Ordinal).ToEquatableArray(),
        profileFiles.OrderBy(p => p.Path, StringComparer.Ordinal).ToEquatableArray());
}
