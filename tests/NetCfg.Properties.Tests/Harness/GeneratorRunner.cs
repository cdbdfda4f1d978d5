using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NetCfg.Generators;
using NetCfg.TestKit;

namespace NetCfg.Properties.Tests.Harness;

/// <summary>
/// Runs the real generator through Roslyn's driver on user source and profile files, then reads the manifests back the
/// way the MSBuild task does: the generated carrier is compiled to an assembly image and read with the task's ManifestCarrier.
/// </summary>
internal static class GeneratorRunner
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly string[] ReferenceNames =
    {
        "System.Private.CoreLib", "System.Runtime", "netstandard", "System.Collections", "System.Linq", "System.ComponentModel.Primitives",
    };

    /// <summary>The framework assemblies user code and the carrier need, plus NetCfg.Attributes.</summary>
    public static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() => RoslynReferences.Only(ReferenceNames));

    public static CSharpCompilation Compile(IEnumerable<(string Path, string Text)> sources) => CSharpCompilation.Create(
        "UserApp",
        sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, path: s.Path)),
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Runs the generator once. Never asserts: the caller decides what a failure is.</summary>
    public static GeneratorRun Run(
        IEnumerable<(string Path, string Text)> sources,
        IEnumerable<AdditionalText> additionalFiles,
        IReadOnlyDictionary<string, string> globalOptions)
    {
        var compilation = Compile(sources);
        var files = additionalFiles.ToImmutableArray();
        var options = new BuildOptions(globalOptions);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new NetCfgGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        var result = driver.GetRunResult();
        var exception = result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
        var generated = result.GeneratedTrees;
        return new GeneratorRun(output, files, options, driverDiagnostics, exception, generated, generated.IsEmpty ? null : CarrierReader.Read(generated, References.Value));
    }
}
