using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace NetCfg.Tasks;

/// <summary>The manifests the generator compiled into an assembly as constants of NetCfg.Generated.NetCfgManifests.</summary>
public sealed class ManifestCarrier
{
    public const string Namespace = "NetCfg.Generated";
    public const string ClassName = "NetCfgManifests";
    public const string Format = "netcfg-manifests/1";

    private ManifestCarrier(string status, string errors, IReadOnlyList<KeyValuePair<string, string>> files)
    {
        Status = status;
        Errors = errors;
        Files = files;
    }

    public string Status { get; }

    public string Errors { get; }

    /// <summary>Relative path ('/' separated) and content of each file.</summary>
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
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if (reader.StringComparer.Equals(type.Name, ClassName) && reader.StringComparer.Equals(type.Namespace, Namespace))
            {
                return FromConstants(Constants(reader, type));
            }
        }

        return null;
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
                ConstantTypeCode.NullReference => null,
                _ => null,
            };
        }

        return values;
    }

    private static ManifestCarrier FromConstants(Dictionary<string, object?> values)
    {
        if (!values.TryGetValue("Format", out var format) || !Format.Equals(format))
        {
            throw new InvalidDataException($"unsupported manifest format '{format}'; the NetCfg generator and task come from different package versions");
        }

        var count = values.TryGetValue("Count", out var c) && c is int n ? n : 0;
        var files = new List<KeyValuePair<string, string>>(count);
        for (var i = 0; i < count; i++)
        {
            var index = i.ToString(CultureInfo.InvariantCulture);
            if (values.TryGetValue("Path" + index, out var path) && path is string p && values.TryGetValue("Content" + index, out var content) && content is string text)
            {
                files.Add(new KeyValuePair<string, string>(p, text));
            }
            else
            {
                throw new InvalidDataException($"manifest {index} is missing from the compiled carrier");
            }
        }

        return new ManifestCarrier(values.TryGetValue("Status", out var s) ? s as string ?? string.Empty : string.Empty, values.TryGetValue("Errors", out var e) ? e as string ?? string.Empty : string.Empty, files);
    }
}
