using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Generators.Tests;

/// <summary>The consumer's language version and target framework, and the switch that keeps everything out of the assembly.</summary>
public sealed class LabelTargetTests
{
    private const string BlockScoped = """
        using NetCfg;
        namespace Shop
        {
            [Component("frontend")]
            [MatchLabel("app.kubernetes.io/name", "frontend")]
            public partial class Frontend { }

            public static partial class Outer<T> { [Component("inner")] internal partial class Inner { } }
        }
        """;

    [Fact]
    public void CSharp73CompilesTheMembersWithoutNullableAnnotations()
    {
        var run = LabelRuns.Run(new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose), RoslynReferences.All, null, new[] { BlockScoped });
        Assert.All(run.Files.Values, f => Assert.DoesNotContain("#nullable", f));
        Assert.Equal("frontend", run.PodLabels("Shop.Frontend")["app.kubernetes.io/name"]);
        Assert.Equal("inner", run.ComponentName("Shop.Outer`1+Inner"));
    }

    [Fact]
    public void NetStandard20ConsumersCompileTheMembers()
    {
        var run = LabelRuns.Run(new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose), NetStandard20(), null, new[] { BlockScoped });
        Assert.Equal(2, run.Sections.Count);
        Assert.Equal("netstandard", Assert.Single(run.Output.ReferencedAssemblyNames, a => a.Name != "NetCfg.Attributes").Name);
    }

    [Fact]
    public void EmitManifestsFalseAddsNoMembers()
    {
        var options = new Dictionary<string, string> { ["build_property.NetCfgEmitManifests"] = "false" };
        Assert.Empty(LabelRuns.Run(LabelRuns.Latest, RoslynReferences.All, options, new[] { Sources.MyApp }).Files);
    }

    /// <summary>netstandard.dll 2.0 from the NuGet cache (NETStandard.Library, which every netstandard2.0 project of the repo restores), and the attributes.</summary>
    private static IEnumerable<MetadataReference> NetStandard20()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var netstandard = Directory.GetDirectories(Path.Combine(packages, "netstandard.library"), "2.0.*")
            .Select(d => Path.Combine(d, "build", "netstandard2.0", "ref", "netstandard.dll"))
            .First(File.Exists);
        return new[] { MetadataReference.CreateFromFile(netstandard), MetadataReference.CreateFromFile(typeof(ComponentAttribute).Assembly.Location) };
    }
}
