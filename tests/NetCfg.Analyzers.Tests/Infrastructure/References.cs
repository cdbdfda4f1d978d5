using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using NetCfg.TestKit;

namespace NetCfg.Analyzers.Tests.Infrastructure;

/// <summary>
/// The TestKit's reference set (this runtime's assemblies plus NetCfg.Attributes), so nothing is downloaded:
/// ReferenceAssemblies.Net.Net80 would fetch Microsoft.NETCore.App.Ref from a feed at test time.
/// </summary>
internal static class References
{
    /// <summary>No reference packages: everything comes from <see cref="All"/>.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    public static ImmutableArray<MetadataReference> All => RoslynReferences.All;
}
