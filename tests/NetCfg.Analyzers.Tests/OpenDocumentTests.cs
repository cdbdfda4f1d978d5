using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using NetCfg.Core.Rules;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>
/// An IDE that analyses the open documents only (Visual Studio's default) must still show the whole-graph problems of a
/// class in the open document; a full build must report each of them once.
/// </summary>
public sealed class OpenDocumentTests
{
    private const string Header = "using NetCfg;\n";

    private static readonly (string Path, string Text)[] Files =
    {
        ("/src/Config.cs", Header + "[assembly: LocalNetworkConfig(\"cfg\")]\n"),
        ("/src/Frontend.cs", Header + "[Component(\"frontend\")]\n[DependsOn(typeof(Backend), Port = 80)]\n[MatchLabel(\"app\", \"shop\")]\npublic class Frontend { }\n"),
        ("/src/Backend.cs", Header + "[Component(\"backend\")]\n[DependsOn(typeof(Frontend), Port = 80)]\npublic class Backend { }\n"),
        ("/src/Legacy.cs", Header + "namespace Old;\n[Component(\"legacy\")]\n[MatchLabel(\"app\", \"shop\")]\npublic class Legacy { }\n[Component(\"frontend\")]\npublic class Web { }\n"),
        ("/src/Config2.cs", Header + "[assembly: LocalNetworkConfig(\"second\")]\n"),
    };

    private static readonly Compilation Compilation = Generation.Compile(Files);

    private static AnalyzerRun Open(string path) =>
        Analysis.RunOnDocument(Compilation, Compilation.SyntaxTrees.Single(t => t.FilePath == path), ImmutableArray<AdditionalText>.Empty, new BuildOptions());

    private static string[] Shown(AnalyzerRun run) => run.NetCfg
        .Select(d => $"{d.Id} {d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1})")
        .OrderBy(s => s, System.StringComparer.Ordinal)
        .ToArray();

    [Theory]
    [InlineData("/src/Frontend.cs", "NETCFG002 /src/Frontend.cs(3)", "NETCFG005 /src/Frontend.cs(2)", "NETCFG008 /src/Frontend.cs(4)")]
    [InlineData("/src/Backend.cs", "NETCFG002 /src/Backend.cs(3)")]
    [InlineData("/src/Legacy.cs", "NETCFG005 /src/Legacy.cs(6)", "NETCFG008 /src/Legacy.cs(4)")]
    [InlineData("/src/Config2.cs", "NETCFG013 /src/Config2.cs(2)")]
    [InlineData("/src/Config.cs")]
    public void EachOpenDocumentShowsTheProblemsOfItsClasses(string path, params string[] expected)
    {
        var run = Open(path);
        Assert.Empty(run.AnalyzerExceptions);
        Assert.Equal(expected, Shown(run));
    }

    [Fact]
    public void TheSameMessageAppearsInEveryParticipantsDocument()
    {
        var frontend = Open("/src/Frontend.cs").NetCfg.Single(d => d.Id == RuleIds.DependencyCycle);
        var backend = Open("/src/Backend.cs").NetCfg.Single(d => d.Id == RuleIds.DependencyCycle);
        Assert.Equal(frontend.GetMessage(CultureInfo.InvariantCulture), backend.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("Dependency cycle: backend → frontend → backend", backend.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AFullAnalysisReportsEachProblemOnce()
    {
        var run = Analysis.Run(Compilation, ImmutableArray<AdditionalText>.Empty, new BuildOptions());
        Assert.Empty(run.AnalyzerExceptions);
        Assert.Equal(
            new[] { "NETCFG002 /src/Backend.cs(3)", "NETCFG005 /src/Frontend.cs(2)", "NETCFG008 /src/Frontend.cs(4)", "NETCFG013 /src/Config2.cs(2)" },
            Shown(run));
    }
}
