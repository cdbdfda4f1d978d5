using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NetCfg.Core.Transport;
using NetCfg.Core.Translation;

namespace NetCfg.Tasks;

/// <summary>
/// What the generator compiled into an assembly: class NetCfg.Generated.NetCfgManifests with constants Format,
/// Status, Errors and Input (the checked declarations and profiles, encoded by <see cref="InputCodec"/>).
/// </summary>
public sealed class ManifestCarrier
{
    public const string Namespace = "NetCfg.Generated";
    public const string ClassName = "NetCfgManifests";
    public const string Format = "netcfg-manifests/3";

    private readonly Lazy<IReadOnlyList<KeyValuePair<string, string>>> _files;

    private ManifestCarrier(string status, string errors, string input)
    {
        Status = status;
        Errors = errors;
        Input = input;
        _files = new Lazy<IReadOnlyList<KeyValuePair<string, string>>>(Translate);
    }

    /// <summary>"ok", "empty" (no [LocalNetworkConfig]) or "error" (the declarations have errors; no input).</summary>
    public string Status { get; }

    public string Errors { get; }

    /// <summary>The encoded input; equal inputs give equal files, so it doubles as the cache key.</summary>
    public string Input { get; }

    /// <summary>Equal keys give equal files: the input, plus the identity of the translator build that renders it.</summary>
    public string CacheKey => Format + "\n" + typeof(NetworkConfigTranslator).Assembly.ManifestModule.ModuleVersionId + "\n" + Input;

    /// <summary>Relative path ('/' separated) and content of each file, in ordinal path order; translated on first use.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Files => _files.Value;

    /// <summary>Reads the carrier, or returns null when the assembly has none (the generator did not run).</summary>
    public static ManifestCarrier? Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        return Read(stream);
    }

    /// <summary>Reads the carrier from an assembly image.</summary>
    public static ManifestCarrier? Read(Stream assembly)
    {
        using var pe = new PEReader(assembly, PEStreamOptions.LeaveOpen);
        if (!pe.HasMetadata) return null;
        var reader = pe.GetMetadataReader();
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if (reader.StringComparer.Equals(type.Namespace, Namespace) && reader.StringComparer.Equals(type.Name, ClassName))
            {
                return FromConstants(Constants(reader, type));
            }
        }

        return null;
    }

    private static Dictionary<string, string> Constants(MetadataReader reader, TypeDefinition type)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fieldHandle in type.GetFields())
        {
            var field = reader.GetFieldDefinition(fieldHandle);
            var constantHandle = field.GetDefaultValue();
            if (constantHandle.IsNil) continue;
            var constant = reader.GetConstant(constantHandle);
            if (constant.TypeCode != ConstantTypeCode.String) continue;
            var blob = reader.GetBlobReader(constant.Value);
            values[reader.GetString(field.Name)] = blob.Length == 0 ? string.Empty : blob.ReadUTF16(blob.Length);
        }

        return values;
    }

    private static ManifestCarrier FromConstants(Dictionary<string, string> constants)
    {
        constants.TryGetValue("Format", out var format);
        if (format != Format)
        {
            throw new InvalidDataException($"unsupported manifest format '{format}'; the NetCfg generator and task come from different package versions");
        }

        string Get(string name) => constants.TryGetValue(name, out var value) ? value : string.Empty;
        return new ManifestCarrier(Get("Status"), Get("Errors"), Get("Input"));
    }

    private IReadOnlyList<KeyValuePair<string, string>> Translate()
    {
        if (Status == "error") return Array.Empty<KeyValuePair<string, string>>();
        var result = NetworkConfigTranslator.Translate(Decode());
        if (!result.Succeeded)
        {
            throw new InvalidDataException("the carried declarations have errors: " + string.Join("; ", result.Errors));
        }

        return result.Files.Select(f => new KeyValuePair<string, string>(f.Path, f.Content)).ToList();
    }

    private NetCfg.Core.Model.TranslationInput Decode()
    {
        try
        {
            return InputCodec.Decode(Input);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException("the compiled NetCfg input is unreadable: " + e.Message, e);
        }
    }
}
