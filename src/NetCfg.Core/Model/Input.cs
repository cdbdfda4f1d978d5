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
    EquatableArray<ProfileFile> ProfileFiles);
