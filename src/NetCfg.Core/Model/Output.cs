namespace NetCfg.Core.Model;

/// <summary>Build options that come from MSBuild properties.</summary>
public sealed record TranslationOptions(bool AllowDns)
{
    public static readonly TranslationOptions Default = new(AllowDns: true);
}

/// <summary>One emitted file, by its path relative to the manifests folder ('/' separated).</summary>
public sealed record ManifestFile(string Path, string Content);

/// <summary>The translator's answer: either files, or the errors that block all output.</summary>
public sealed record TranslationResult(EquatableArray<ManifestFile> Files, EquatableArray<string> Errors)
{
    public bool Succeeded => Errors.IsEmpty;
}
