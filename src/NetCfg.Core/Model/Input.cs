namespace NetCfg.Core.Model;

/// <summary>Everything the translator needs: the declarations of one assembly, the profile files and the options.</summary>
public sealed record TranslationInput(
    EquatableArray<ConfigDeclaration> Configs,
    EquatableArray<ComponentDeclaration> Components,
    EquatableArray<ProfileFile> ProfileFiles,
    TranslationOptions Options);
