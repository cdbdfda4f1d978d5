using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NetCfg.TestKit;

/// <summary>Metadata references for compiling user code: framework assemblies of this runtime, plus NetCfg.Attributes.</summary>
public static class RoslynReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> AllOfThem = new(() => Build(_ => true));

    /// <summary>Every framework assembly of the running runtime.</summary>
    public static ImmutableArray<MetadataReference> All => AllOfThem.Value;

    /// <summary>Only the named framework assemblies (file names without extension): smaller, faster compilations.</summary>
    public static ImmutableArray<MetadataReference> Only(params string[] names) =>
        Build(path => names.Contains(Path.GetFileNameWithoutExtension(path), StringComparer.Ordinal));

    private static ImmutableArray<MetadataReference> Build(Func<string, bool> include) =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0 && include(p))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(ComponentAttribute).Assembly.Location))
            .ToImmutableArray();
}
