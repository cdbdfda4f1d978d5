using NetCfg.Core.Carrier;
using NetCfg.Core.Model;
using NetCfg.Core.Translation;

namespace NetCfg.Tasks;

/// <summary>What decides the files: equal keys render equal files, so an equal key skips rendering.</summary>
public static class RenderKey
{
    /// <summary>
    /// The carrier format, the identities of the core and task builds that render, the options, the baseline's contents
    /// (<see cref="BaselineFolder.Fingerprint"/>; null without one) and the carried input.
    /// </summary>
    public static string Of(string encodedInput, TranslationOptions options, string? baseline = null) =>
        CheckedInputCarrier.Format + "\n"
        + typeof(NetworkConfigTranslator).Assembly.ManifestModule.ModuleVersionId + "\n"
        + typeof(RenderKey).Assembly.ManifestModule.ModuleVersionId + "\n"
        + string.Join("|", options.Dns, options.DnsNamespace, options.DnsPodLabel.Key, options.DnsPodLabel.Value, options.DnsPort.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "\n"
        + (baseline is null ? "no baseline" : "baseline " + baseline) + "\n"
        + encodedInput;
}
