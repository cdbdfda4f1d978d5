using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Carrier;
using NetCfg.Core.Model;
using NetCfg.Core.Translation;
using NetCfg.Tasks;

namespace NetCfg.TestKit;

/// <summary>What the task sees in an assembly: the carried input, and the files it renders from it (as the task does).</summary>
public sealed class CarriedOutput
{
    private readonly Lazy<IReadOnlyList<KeyValuePair<string, string>>> _files;

    public CarriedOutput(CarriedInput carried)
    {
        Carried = carried;
        _files = new Lazy<IReadOnlyList<KeyValuePair<string, string>>>(() => FilesWith(TranslationOptions.Default));
    }

    public CarriedInput Carried { get; }

    /// <summary>"ok", "library", "empty" or "error".</summary>
    public string Status => Carried.Status.ToString().ToLowerInvariant();

    /// <summary>The carried problems, one "ID: message [where]" per line.</summary>
    public string Errors => string.Join("\n", Carried.Problems.Select(p => $"{p.Id}: {p.Message} [{p.Where}]"));

    /// <summary>The encoded input.</summary>
    public string Input => Carried.EncodedInput;

    /// <summary>The rendered files with the default options (none unless the status is "ok"), in path order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Files => _files.Value;

    public IReadOnlyList<KeyValuePair<string, string>> FilesWith(TranslationOptions options)
    {
        if (Carried.Status != CheckedInputCarrier.Status.Ok) return Array.Empty<KeyValuePair<string, string>>();
        var result = NetworkConfigTranslator.Translate(Carried.Input, options);
        if (!result.Succeeded) throw new InvalidOperationException("a carried input does not translate: " + string.Join("; ", result.Check.Problems.Select(p => p.Message)));
        return result.Files.Select(f => new KeyValuePair<string, string>(f.Path, f.Content)).ToList();
    }

    public string File(string path) => Files.Single(f => f.Key == path).Value;
}
