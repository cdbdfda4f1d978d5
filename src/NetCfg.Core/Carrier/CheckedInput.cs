using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Rules;

namespace NetCfg.Core.Carrier;

/// <summary>A problem as the task prints it: ID, the analyzers' message, and where (no source locations cross the boundary).</summary>
public sealed record CarriedProblem(string Id, string Message, string Where, bool Blocks);

/// <summary>What the generator compiles into the assembly: the status, the problems, and the encoded input.</summary>
public sealed record CheckedInput(CheckedInputCarrier.Status Status, EquatableArray<CarriedProblem> Problems, string Input)
{
    /// <summary>Checks the input; only an input with no blocking problem is carried, so the task never renders a bad one.</summary>
    public static CheckedInput From(TranslationInput input)
    {
        var check = DeclarationCheck.Run(input);
        if (check.Blocked)
        {
            var displays = input.Components.GroupBy(c => c.Type, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Display, System.StringComparer.Ordinal);
            var problems = check.Problems
                .Where(p => !p.Echo)
                .Select(p => new CarriedProblem(p.Id, p.Message, p.Site.Describe(p.Site.Owner is { } owner && displays.TryGetValue(owner, out var display) ? display : null), p.Blocks));
            if (check.Incomplete) problems = problems.Append(new CarriedProblem(string.Empty, "some declarations do not compile", string.Empty, true));
            return new CheckedInput(CheckedInputCarrier.Status.Error, problems.ToEquatableArray(), string.Empty);
        }

        var status = !input.Configs.IsEmpty ? CheckedInputCarrier.Status.Ok
            : input.Components.Any(c => c.IsComponent) ? CheckedInputCarrier.Status.Library
            : CheckedInputCarrier.Status.Empty;
        return new CheckedInput(status, EquatableArray<CarriedProblem>.Empty, InputCodec.Encode(input));
    }
}
