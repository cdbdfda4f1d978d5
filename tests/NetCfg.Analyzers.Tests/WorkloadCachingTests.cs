using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NetCfg.Generators.Parsing;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Analyzers.Tests;

[CollectionDefinition(nameof(WorkloadCachingTests), DisableParallelization = true)]
public sealed class WorkloadCachingCollection
{
}

/// <summary>An edit to C# hands the analyzer the same workload texts: they are not parsed again (the parse count says so).</summary>
[Collection(nameof(WorkloadCachingTests))]
public class WorkloadCachingTests
{
    private const string Source = "using NetCfg;\n[assembly: LocalNetworkConfig(\"cfg\")]\n[Component(\"web\")] [DependsOn(typeof(Web), Port = 8080)] class Web { }\n";

    private const string Yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: web, labels: {app.kubernetes.io/name: web}}\nspec: {containers: [{name: web, ports: [{containerPort: 8080}]}]}\n";

    [Fact]
    public void A_csharp_edit_does_not_parse_the_workload_files_again()
    {
        var files = ImmutableArray.Create<AdditionalText>(new InMemoryText("/app/deploy/a.yaml", Yaml), new InMemoryText("/app/deploy/b.yaml", Yaml.Replace("web", "api")));
        var compilation = Generation.Compile(new[] { ("/app/App.cs", Source) });
        var before = WorkloadFiles.Parses;
        var first = Analysis.Run(compilation, files, new BuildOptions());
        Assert.Equal(before + 2, WorkloadFiles.Parses);
        Assert.Contains(first.NetCfg, d => d.Id == "NETCFG032"); // Pod/api: the files were read

        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "/app/App.cs");
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(Source.IndexOf("8080", System.StringComparison.Ordinal), 4, "8081")));
        var second = Analysis.Run(edited, files, new BuildOptions());
        Assert.Equal(before + 2, WorkloadFiles.Parses);
        Assert.Contains(second.NetCfg, d => d.Id == "NETCFG034"); // the edit is seen: 8081 is not declared
        Assert.Empty(second.AnalyzerExceptions);
    }
}
