using System;
using static NetCfg.Core.Carrier.DeclarationCodec;

namespace NetCfg.Core.Carrier;

/// <summary>The carried problems as one string, for the carrier's Problems constant.</summary>
public static class ProblemCodec
{
    public static string Encode(EquatableArray<CarriedProblem> problems)
    {
        var w = new TokenWriter();
        Many(w, problems, p => w.String(p.Id).String(p.Message).String(p.Where).Bool(p.Blocks));
        return w.ToString();
    }

    /// <summary>The problems; <see cref="FormatException"/> when the text is not an encoded list.</summary>
    public static EquatableArray<CarriedProblem> Decode(string text)
    {
        var r = new TokenReader(text);
        var problems = Many(r, () =>
        {
            var id = r.String();
            var message = r.String();
            var where = r.String();
            var blocks = r.Bool();
            return new CarriedProblem(id, message, where, blocks);
        });
        r.End();
        return problems;
    }
}
