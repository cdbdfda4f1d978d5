using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace NetCfg.Analyzers.Tests.Infrastructure;

/// <summary>
/// Compilation references that need no download: the running runtime's own assemblies (its trusted platform assemblies)
/// plus NetCfg.Attributes. ReferenceAssemblies.Net.Net80 would fetch Microsoft.NETCore.App.Ref from a feed at test time.
/// </summary>
internal static class References
{
    /// <summary>No reference packages: everything comes from <see cref="Runtime"/>.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    public static ImmutableArray<MetadataReference> Runtime { get; } = LoadRuntime();

    public static MetadataReference Attributes { get; } = MetadataReference.CreateFromFile(typeof(NetCfg.ComponentAttribute).Assembly.Location);

    public static ImmutableArray<MetadataReference> All { get; } = Runtime.Add(Attributes);

    private static ImmutableArray<MetadataReference> LoadRuntime()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal))
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Where(path => IsManaged(path))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    private static bool IsManaged(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
