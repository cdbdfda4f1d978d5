using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NetCfg.Core.Carrier;

namespace NetCfg.Tasks;

/// <summary>Reads the string constants of the generator's carrier class from a built assembly, without loading it.</summary>
public static class CarrierReader
{
    /// <summary>The carrier's constants by name, or null when the assembly has no carrier (the generator did not run).</summary>
    public static IReadOnlyDictionary<string, string>? Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        return Read(stream);
    }

    /// <summary>The same, from an assembly image.</summary>
    public static IReadOnlyDictionary<string, string>? Read(Stream assembly)
    {
        using var pe = new PEReader(assembly, PEStreamOptions.LeaveOpen);
        if (!pe.HasMetadata) return null;
        var reader = pe.GetMetadataReader();
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if (reader.StringComparer.Equals(type.Namespace, CheckedInputCarrier.Namespace) && reader.StringComparer.Equals(type.Name, CheckedInputCarrier.ClassName))
            {
                return Constants(reader, type);
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
}
