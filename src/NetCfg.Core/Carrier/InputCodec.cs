using System;
using NetCfg.Core.Model;
using static NetCfg.Core.Carrier.DeclarationCodec;

namespace NetCfg.Core.Carrier;

/// <summary>
/// A <see cref="TranslationInput"/> as one string, so the generator can hand it to the MSBuild task through the
/// assembly. <c>Decode(Encode(x))</c> equals <c>x</c>; anything else is a <see cref="FormatException"/>. Its version is
/// the carrier's (<see cref="CheckedInputCarrier.Format"/>), which the task checks before it decodes.
/// </summary>
public static class InputCodec
{
    public static string Encode(TranslationInput input)
    {
        var w = new TokenWriter().String(input.Assembly);
        Many(w, input.Configs, c => Config(w, c));
        Many(w, input.Components, c => Component(w, c, written: true));
        Many(w, input.Imports, e => ExportCodec.Write(w, e));
        Many(w, input.ProfileFiles, f => ProfileCodec.File(w, f));
        return w.ToString();
    }

    public static TranslationInput Decode(string text)
    {
        var r = new TokenReader(text);
        var assembly = r.String();
        var configs = Many(r, () => Config(r));
        var components = Many(r, () => Component(r, written: true));
        var imports = Many(r, () => ExportCodec.Read(r));
        var profiles = Many(r, () => ProfileCodec.File(r));
        r.End();
        return new TranslationInput(assembly, configs, components, imports, profiles);
    }
}
