using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Rules;

namespace NetCfg.Core.Carrier;

/// <summary>A problem as the task prints it: ID, the analyzers' message, and where (no source locations cross the boundary).</summary>
public sealed record CarriedProblem(string Id, string Message, string Where, bool Blocks);

/// <summary>
/// What the generator compiles into the assembly, and the task reads back: the status, the problems, and the encoded
/// input. <see cref="From"/> checks and encodes; <see cref="Read"/> is its inverse, from the carrier's constants.
/// </summary>
public sealed record CheckedInput(CheckedInputCarrier.Status Status, EquatableArray<CarriedProblem> Problems, string Input)
{
    /// <summary>Checks the input; only an input with no blocking problem is carried, so the task never renders a bad one.</summary>
    public static CheckedInput From(TranslationInput input)
    {
        var check = DeclarationCheck.Run(input);
        if (check.Blocked)
        {
            var displays = input.Components.GroupBy(c => c.Type, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Display, StringComparer.Ordinal);
            var problems = check.Problems
                .Where(p => !p.Echo)
                .Select(p => new CarriedProblem(p.Id, p.Message, p.Site.Describe(p.Site.Owner is { } owner && displays.TryGetValue(owner, out var display) ? display : null), p.Blocks));
            if (check.Incomplete) problems = problems.Append(new CarriedProblem(string.Empty, "some declarations do not compile", string.Empty, true));
            return new CheckedInput(CheckedInputCarrier.Status.Error, problems.ToEquatableArray(), string.Empty);
        }

        var status = !input.Configs.IsEmpty ? CheckedInputCarrier.Status.Ok
            : input.Components.Any(c => c.IsComponent) ? CheckedInputCarrier.Status.Library
            : CheckedInputCarrier.Status.Empty;
        return new CheckedInput(status, EquatableArray<CarriedProblem>.Empty, InputCodec.Encode(status == CheckedInputCarrier.Status.Ok ? input : OwnOnly(input)));
    }

    /// <summary>
    /// A library's task only names its components; profiles and imports are checked here and left out, so a profile
    /// edit that keeps the names leaves a library's assembly unchanged.
    /// </summary>
    private static TranslationInput OwnOnly(TranslationInput input) =>
        input with { Imports = EquatableArray<ComponentExport>.Empty, ProfileFiles = EquatableArray<ProfileFile>.Empty };

    /// <summary>The carrier's constants, by field name, in the order the generator writes them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Constants() => new[]
    {
        new KeyValuePair<string, string>(CheckedInputCarrier.FormatField, CheckedInputCarrier.Format),
        new KeyValuePair<string, string>(CheckedInputCarrier.StatusField, Status.ToString()),
        new KeyValuePair<string, string>(CheckedInputCarrier.ProblemsField, ProblemCodec.Encode(Problems)),
        new KeyValuePair<string, string>(CheckedInputCarrier.InputField, Input),
    };

    /// <summary>The inverse of <see cref="Constants"/>; <see cref="UnreadableCarrierException"/> when they are not this version's carrier.</summary>
    public static CheckedInput Read(IReadOnlyDictionary<string, string> constants)
    {
        string Get(string name) => constants.TryGetValue(name, out var value) ? value : string.Empty;
        var format = Get(CheckedInputCarrier.FormatField);
        if (format != CheckedInputCarrier.Format)
        {
            throw new UnreadableCarrierException($"unsupported carrier format '{format}'; the NetCfg generator and task come from different package versions");
        }

        if (!Enum.TryParse<CheckedInputCarrier.Status>(Get(CheckedInputCarrier.StatusField), out var status) || !Enum.IsDefined(typeof(CheckedInputCarrier.Status), status))
        {
            throw new UnreadableCarrierException($"unknown carrier status '{Get(CheckedInputCarrier.StatusField)}'");
        }

        var problems = Decoded(() => ProblemCodec.Decode(Get(CheckedInputCarrier.ProblemsField)));
        return new CheckedInput(status, problems, Get(CheckedInputCarrier.InputField));
    }

    /// <summary>The carried input, decoded; <see cref="UnreadableCarrierException"/> when it is not an encoded input.</summary>
    public TranslationInput DecodeInput() => Decoded(() => InputCodec.Decode(Input));

    private static T Decoded<T>(Func<T> decode)
    {
        try
        {
            return decode();
        }
        catch (FormatException e) when (e is not UnreadableCarrierException)
        {
            throw new UnreadableCarrierException("the compiled NetCfg input is unreadable: " + e.Message, e);
        }
    }
}

/// <summary>A carrier that is not this version's, or does not decode: the task writes nothing and says why.</summary>
public sealed class UnreadableCarrierException : FormatException
{
    public UnreadableCarrierException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
