using NetCfg.Core.Carrier;
using NetCfg.Core.Model;
using NetCfg.Core.Translation;

namespace NetCfg.Tasks;

/// <summary>What decides the files: equal keys render equal files, so an equal key skips rendering.</summary>
public static class RenderKey
{
    /// <summary>The carrier format, the identity of the core build that renders, the options and the carried input.</summary>
    public static string Of(string encodedInput, TranslationOptions options) =>
        CheckedInputCarrier.Format + "\n"
        + typeof(NetworkConfigTranslator).Assembly.ManifestModule.ModuleVersionId + "\n"
        + string.Join("|", options.Dns, options.DnsNamespace, options.DnsPodLabel.Key, options.DnsPodLabel.Value, options.DnsPort.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "\n"
        + encodedInput;
}
