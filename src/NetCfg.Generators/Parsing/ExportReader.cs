using System;
using System.Reflection.Metadata;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using NetCfg.Core.Carrier;
using NetCfg.Core.Model;

namespace NetCfg.Generators.Parsing;

/// <summary>
/// Reads the components a referenced assembly exports (<see cref="ExportCodec"/>): from the metadata of a built
/// assembly, or from the compilation of a project the IDE references directly. Cached per reference, so an edit that
/// keeps the references re-reads none of them. Never throws: a payload it cannot read is an export with a problem.
/// </summary>
public static class ExportReader
{
    private sealed class Box(ComponentExport? export)
    {
        public ComponentExport? Export { get; } = export;
    }

    private static readonly ConditionalWeakTable<MetadataReference, Box> Cache = new();

    /// <summary>The reference's export, or null when it exports nothing.</summary>
    public static ComponentExport? Read(MetadataReference reference) => Cache.GetValue(reference, r => new Box(ReadUncached(r))).Export;

    private static ComponentExport? ReadUncached(MetadataReference reference)
    {
        try
        {
            return reference switch
            {
                CompilationReference compilation => FromCompilation(compilation.Compilation),
                PortableExecutableReference image when image.GetMetadata() is AssemblyMetadata assembly => FromMetadata(assembly.GetModules()[0].GetMetadataReader()),
                _ => null,
            };
        }
        catch (Exception e) when (e is BadImageFormatException or System.IO.IOException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return null; // not an assembly we can read; the compiler reports unusable references itself
        }
    }

    private static ComponentExport? FromCompilation(Compilation compilation)
    {
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == "System.Reflection.AssemblyMetadataAttribute"
                && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is ExportCodec.MetadataKey)
            {
                return ExportCodec.Decode(compilation.AssemblyName ?? string.Empty, attribute.ConstructorArguments[1].Value as string);
            }
        }

        return null;
    }

    private static ComponentExport? FromMetadata(MetadataReader reader)
    {
        if (!reader.IsAssembly) return null;
        var definition = reader.GetAssemblyDefinition();
        foreach (var handle in definition.GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (!IsAssemblyMetadata(reader, attribute.Constructor)) continue;
            var blob = reader.GetBlobReader(attribute.Value);
            if (blob.Length < 2 || blob.ReadUInt16() != 1) continue;
            if (blob.ReadSerializedString() != ExportCodec.MetadataKey) continue;
            return ExportCodec.Decode(reader.GetString(definition.Name), blob.ReadSerializedString());
        }

        return null;
    }

    private static bool IsAssemblyMetadata(MetadataReader reader, EntityHandle constructor)
    {
        StringHandle ns, name;
        if (constructor.Kind == HandleKind.MemberReference && reader.GetMemberReference((MemberReferenceHandle)constructor).Parent is { Kind: HandleKind.TypeReference } parent)
        {
            var type = reader.GetTypeReference((TypeReferenceHandle)parent);
            (ns, name) = (type.Namespace, type.Name);
        }
        else if (constructor.Kind == HandleKind.MethodDefinition)
        {
            var type = reader.GetTypeDefinition(reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType());
            (ns, name) = (type.Namespace, type.Name);
        }
        else
        {
            return false;
        }

        return reader.StringComparer.Equals(ns, "System.Reflection") && reader.StringComparer.Equals(name, "AssemblyMetadataAttribute");
    }
}
