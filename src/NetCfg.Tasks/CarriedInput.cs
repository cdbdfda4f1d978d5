using System;
using System.Collections.Generic;
using System.IO;
using NetCfg.Core;
using NetCfg.Core.Carrier;
using NetCfg.Core.Model;

namespace NetCfg.Tasks;

/// <summary>The carrier's constants, decoded: status, problems, and the checked input (decoded on first use).</summary>
public sealed class CarriedInput
{
    private readonly Lazy<TranslationInput> _input;

    private CarriedInput(CheckedInputCarrier.Status status, EquatableArray<CarriedProblem> problems, string encodedInput)
    {
        Status = status;
        Problems = problems;
        EncodedInput = encodedInput;
        _input = new Lazy<TranslationInput>(() => Decode(() => InputCodec.Decode(encodedInput)));
    }

    public CheckedInputCarrier.Status Status { get; }

    public EquatableArray<CarriedProblem> Problems { get; }

    /// <summary>The input as carried; equal texts translate to equal files.</summary>
    public string EncodedInput { get; }

    public TranslationInput Input => _input.Value;

    /// <summary>Decodes the constants; <see cref="InvalidDataException"/> when they are not this version's carrier.</summary>
    public static CarriedInput From(IReadOnlyDictionary<string, string> constants)
    {
        string Get(string name) => constants.TryGetValue(name, out var value) ? value : string.Empty;
        var format = Get(CheckedInputCarrier.FormatField);
        if (format != CheckedInputCarrier.Format)
        {
            throw new InvalidDataException($"unsupported carrier format '{format}'; the NetCfg generator and task come from different package versions");
        }

        if (!Enum.TryParse<CheckedInputCarrier.Status>(Get(CheckedInputCarrier.StatusField), out var status) || !Enum.IsDefined(typeof(CheckedInputCarrier.Status), status))
        {
            throw new InvalidDataException($"unknown carrier status '{Get(CheckedInputCarrier.StatusField)}'");
        }

        var problems = Decode(() => ProblemCodec.Decode(Get(CheckedInputCarrier.ProblemsField)));
        return new CarriedInput(status, problems, Get(CheckedInputCarrier.InputField));
    }

    private static T Decode<T>(Func<T> decode)
    {
        try
        {
            return decode();
        }
        catch (FormatException e)
        {
            throw new InvalidDataException("the compiled NetCfg input is unreadable: " + e.Message, e);
        }
    }
}
