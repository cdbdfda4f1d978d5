using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Carrier;
using NetCfg.Core.Model;
using NetCfg.Core.Translation;

namespace NetCfg.TestKit;

/// <summary>What the task sees in an assembly: the carried input, and the files it renders from it (as the task does).</summary>
public sealed class CarriedOutput
{
    private readonly Lazy<IReadOnlyList<KeyValuePair<string, string>>> _files;
    private readonly Lazy<TranslationInput> _decoded;

    public CarriedOutput(CheckedInput carried)
    {
        Carried = carried;
        _decoded = new Lazy<TranslationInput>(carried.DecodeInput);
        _files = new Lazy<IReadOnlyList<KeyValuePair<string, string>>>(() => FilesWith(TranslationOptions.Default));
    }

    public CheckedInput Carried { get; }

    public CheckedInputCarrier.Status Status => Carried.Status;

    /// <summary>The carried input, decoded as the task decodes it.</summary>
    public TranslationInput Decoded => _decoded.Value;

    /// <summary>The carried problems, one "ID: message [where]" per line.</summary>
    public string Errors => string.Join("\n", Carried.Problems.Select(p => $"{p.Id}: {p.Message} [{p.Where}]"));

    /// <summary>The encoded input.</summary>
    public string Input => Carried.Input;

    /// <summary>The rendered files with the default options (none unless the status is Ok), in path order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Files => _files.Value;

    public IReadOnlyList<KeyValuePair<string, string>> FilesWith(TranslationOptions options)
    {
        if (Carried.Status != CheckedInputCarrier.Status.Ok) return Array.Empty<KeyValuePair<string, string>>();
        var result = NetworkConfigTranslator.Translate(Decoded, options);
        if (!result.Succeeded) throw new InvalidOperationException("a carried input does not translate: " + string.Join("; ", result.Check.Problems.Select(p => p.Message)));
        return result.Files.Select(f => new KeyValuePair<string, string>(f.Path, f.Content)).ToList();
    }

    public string File(string path) => Files.Single(f => f.Key == path).Value;
}
