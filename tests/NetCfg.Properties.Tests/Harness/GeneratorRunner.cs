using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NetCfg.Generators;
using NetCfg.Tasks;

namespace NetCfg.Properties.Tests.Harness;

/// <summary>
/// Runs the real generator through Roslyn's driver on user source and profile files, then reads the manifests back the
/// way the MSBuild task does: the generated carrier is compiled to an assembly image and read with <see cref="ManifestCarrier"/>.
/// (Same approach as tests/NetCfg.Generators.Tests/GeneratorHarness.cs, copied: test projects do not reference each other.)
/// </summary>
internal static class GeneratorRunner
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly string[] ReferenceNames =
    {
        "System.Private.CoreLib", "System.Runtime", "netstandard", "System.Collections", "System.Linq", "System.ComponentModel.Primitives",
    };

    /// <summary>The framework assemblies user code and the carrier need, plus NetCfg.Attributes.</summary>
    public static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => ReferenceNames.Contains(Path.GetFileNameWithoutExtension(p), StringComparer.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(NetCfg.ComponentAttribute).Assembly.Location))
            .ToImmutableArray());

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
        var options = new TestOptionsProvider(globalOptions);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new NetCfgGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        var result = driver.GetRunResult();
        var exception = result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
        var generated = result.GeneratedTrees;
        return new GeneratorRun(output, files, options, driverDiagnostics, exception, generated, generated.IsEmpty ? null : ReadCarrier(generated));
    }

    /// <summary>The generated sources compiled alone (they are self-contained) and read back by the MSBuild task's reader.</summary>
    private static CarrierReadBack ReadCarrier(ImmutableArray<SyntaxTree> trees)
    {
        var carrier = CSharpCompilation.Create("Carrier", trees, References.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emit = carrier.Emit(image);
        if (!emit.Success)
        {
            return new CarrierReadBack(null, "the carrier does not compile:\n" + string.Join("\n", emit.Diagnostics));
        }

        image.Position = 0;
        try
        {
            return ManifestCarrier.Read(image) is { } read ? new CarrierReadBack(read, null) : new CarrierReadBack(null, "the task's reader finds no carrier in the generated sources");
        }
        catch (Exception e) when (e is InvalidDataException or BadImageFormatException or InvalidOperationException)
        {
            return new CarrierReadBack(null, "the task's reader refuses the carrier: " + e.Message);
        }
    }
}

/// <summary>The task's view of the carrier, or why it could not be had.</summary>
internal sealed record CarrierReadBack(ManifestCarrier? Carrier, string? Problem);
