using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace NetCfg.Tasks;

/// <summary>
/// The manifests the generator compiled into an assembly: an index class NetCfg.Generated.NetCfgManifests, and one
/// class NetCfgManifest_* per file with constants Path and Content.
/// </summary>
public sealed class ManifestCarrier
{
    public const string Namespace = "NetCfg.Generated";
    public const string IndexClass = "NetCfgManifests";
    public const string FileClassPrefix = "NetCfgManifest_";
    public const string Format = "netcfg-manifests/2";

    private ManifestCarrier(string status, string errors, IReadOnlyList<KeyValuePair<string, string>> files)
    {
        Status = status;
        Errors = errors;
        Files = files;
    }

    public string Status { get; }

    public string Errors { get; }

    /// <summary>Relative path ('/' separated) and content of each file, in ordinal path order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Files { get; }

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
        Dictionary<string, object?>? index = null;
        var files = new List<KeyValuePair<string, string>>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if (!reader.StringComparer.Equals(type.Namespace, Namespace)) continue;
            var name = reader.GetString(type.Name);
            if (name == IndexClass)
            {
                index = Constants(reader, type);
            }
            else if (name.StartsWith(FileClassPrefix, StringComparison.Ordinal))
            {
                var constants = Constants(reader, type);
                if (constants.TryGetValue("Path", out var path) && path is string p && constants.TryGetValue("Content", out var content) && content is string c)
                {
                    files.Add(new KeyValuePair<string, string>(p, c));
                }
                else
                {
                    throw new InvalidDataException($"the compiled manifest {name} has no Path or Content");
                }
            }
        }

        return index is null ? null : FromIndex(index, files);
    }

    private static Dictionary<string, object?> Constants(MetadataReader reader, TypeDefinition type)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var fieldHandle in type.GetFields())
        {
            var field = reader.GetFieldDefinition(fieldHandle);
            var constantHandle = field.GetDefaultValue();
            if (constantHandle.IsNil) continue;
            var constant = reader.GetConstant(constantHandle);
            var blob = reader.GetBlobReader(constant.Value);
            values[reader.GetString(field.Name)] = constant.TypeCode switch
            {
                ConstantTypeCode.String => blob.Length == 0 ? string.Empty : blob.ReadUTF16(blob.Length),
                ConstantTypeCode.Int32 => blob.ReadInt32(),
                _ => null,
            };
        }

        return values;
    }

    private static ManifestCarrier FromIndex(Dictionary<string, object?> index, List<KeyValuePair<string, string>> files)
    {
        if (!index.TryGetValue("Format", out var format) || !Format.Equals(format))
        {
            throw new InvalidDataException($"unsupported manifest format '{format}'; the NetCfg generator and task come from different package versions");
        }

        var count = index.TryGetValue("Count", out var c) && c is int n ? n : -1;
        if (count != files.Count)
        {
            throw new InvalidDataException($"the assembly holds {files.Count} manifests but its index says {count}");
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new ManifestCarrier(
            index.TryGetValue("Status", out var s) ? s as string ?? string.Empty : string.Empty,
            index.TryGetValue("Errors", out var e) ? e as string ?? string.Empty : string.Empty,
            files);
    }
}
