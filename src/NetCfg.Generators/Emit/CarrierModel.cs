using NetCfg.Core;
using NetCfg.Core.Model;
using NetCfg.Core.Transport;
using NetCfg.Core.Translation;

namespace NetCfg.Generators.Emit;

/// <summary>What goes into the assembly: the status, the errors that block the manifests, and the encoded input.</summary>
public sealed record CarrierModel(string Status, EquatableArray<string> Errors, string Input)
{
    /// <summary>Checks the input; only a clean one is carried, so the task never sees declarations with errors.</summary>
    public static CarrierModel From(TranslationInput input)
    {
        var errors = NetworkConfigTranslator.Check(input);
        if (!errors.IsEmpty) return new CarrierModel("error", errors, string.Empty);
        return new CarrierModel(input.Configs.IsEmpty ? "empty" : "ok", errors, InputCodec.Encode(input));
    }
}
