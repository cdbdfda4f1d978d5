namespace NetCfg.Core.Yaml;

/// <summary>
/// How strictly <see cref="NodeReader"/> and the shape readers take a file:
/// <list type="bullet">
/// <item><see cref="UnknownKeysAreErrors"/>: a key the reader does not know is an error (off: it is skipped);</item>
/// <item><see cref="KubernetesDefaults"/>: a YAML null is an empty value and an empty selector selects everything, as the
/// API server reads them (off: both are errors).</item>
/// </list>
/// </summary>
internal sealed record ReadMode(bool UnknownKeysAreErrors, bool KubernetesDefaults)
{
    /// <summary>Hand-written NetworkProfiles: every key known, every value explicit.</summary>
    public static readonly ReadMode Strict = new(true, false);

    /// <summary>Manifests NetCfg wrote: every key known, read as the API server would.</summary>
    public static readonly ReadMode Manifest = new(true, true);

    /// <summary>Files other tools own (workloads): unknown keys skipped, read as the API server would.</summary>
    public static readonly ReadMode Tolerant = new(false, true);
}
