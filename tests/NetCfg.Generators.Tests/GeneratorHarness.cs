using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NetCfg.Generators;
using NetCfg.Tasks;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Generators.Tests;

/// <summary>Compiles user code, runs the generator, and reads the manifests back as the MSBuild task would.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpCompilation Compile(params string[] sources) => CSharpCompilation.Create(
        "UserApp",
        sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"File{i}.cs")),
        RoslynReferences.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText>? profiles = null, Dictionary<string, string>? globalOptions = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new NetCfgGenerator().AsSourceGenerator() },
            (profiles ?? Array.Empty<AdditionalText>()).ToImmutableArray(),
            ParseOptions,
            new BuildOptions(globalOptions),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public sealed record Run(GeneratorDriver Driver, Compilation Output, ManifestCarrier? Carrier);

    public static Run Execute(CSharpCompilation compilation, GeneratorDriver? driver = null, IEnumerable<AdditionalText>? profiles = null, Dictionary<string, string>? options = null)
    {
        driver = (driver ?? Driver(profiles, options)).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var result = driver.GetRunResult();
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        return new Run(driver, output, CarrierOf(result));
    }

    /// <summary>The carrier as the task reads it; null when the generator emitted nothing.</summary>
    public static ManifestCarrier? CarrierOf(GeneratorDriverRunResult result)
    {
        if (result.GeneratedTrees.IsEmpty) return null;
        var read = CarrierReader.Read(result.GeneratedTrees, RoslynReferences.All);
        Assert.True(read.Problem is null, read.Problem);
        return read.Carrier;
    }

    public static string File(this ManifestCarrier carrier, string path) =>
        carrier.Files.Single(f => f.Key == path).Value;

    /// <summary>A profile file as MSBuild passes it: an AdditionalFile with NetCfgItemType=NetworkProfile.</summary>
    public static AdditionalText Profile(string path, string text) => new InMemoryText(path, text);
}
