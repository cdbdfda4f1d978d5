using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Generators.Tests;

/// <summary>Assertions over the TestKit's generator runs: a clean run has no driver diagnostics and no generator exception.</summary>
internal static class Runs
{
    public static GenerationRun Execute(Compilation compilation, IEnumerable<AdditionalText>? profiles = null, Dictionary<string, string>? options = null, GeneratorDriver? driver = null)
    {
        var run = Generation.Run((Microsoft.CodeAnalysis.CSharp.CSharpCompilation)compilation, profiles, options, driver);
        Assert.Empty(run.DriverDiagnostics);
        Assert.Null(run.GeneratorException);
        Assert.True(run.ReadBack?.Problem is null, run.ReadBack?.Problem);
        return run;
    }

    public static Microsoft.CodeAnalysis.CSharp.CSharpCompilation Compile(params string[] sources) => Generation.Compile(sources);

    public static AdditionalText Profile(string path, string text) => new InMemoryText(path, text);

    /// <summary>The carrier of a driver result, read back as the task does.</summary>
    public static CarriedOutput? CarrierOf(GeneratorDriverRunResult result) =>
        result.GeneratedTrees.IsEmpty ? null : GeneratedCarrier.Read(result.GeneratedTrees, RoslynReferences.All).Carrier;
}
