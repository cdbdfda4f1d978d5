namespace NetCfg.Core.Model;

/// <summary>One emitted file, by its path relative to the manifests folder ('/' separated).</summary>
public sealed record ManifestFile(string Path, string Content);
