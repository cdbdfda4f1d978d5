using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Xunit;
using static NetCfg.TestKit.WorkloadYaml;

namespace NetCfg.Tasks.Tests;

/// <summary>The NetCfgWorkload files in network.md: read by the task, keyed by their text, and never a failed write.</summary>
public sealed class WorkloadTaskTests : IDisposable
{
    private readonly TaskFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly string Web = Deployment("webapp", new[] { "app.kubernetes.io/name=webapp" });
    private static readonly string Basket = Deployment("basket-api", new[] { "app.kubernetes.io/name=basket-api" }, new[] { "http:8080" });

    private ITaskItem[] Write(params (string Path, string Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(_folder.Root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return files.Select(f => (ITaskItem)new TaskItem(Path.Combine(_folder.Root, f.Path))).ToArray();
    }

    [Fact]
    public void NetworkMdListsEachComponentsWorkloadsAndThoseNoneSelects()
    {
        var items = Write(("deploy/web.yaml", Web), ("deploy/basket.yaml", Basket + "---\n" + Deployment("batch", new[] { "app=batch" })));
        Assert.True(_folder.Run(Shop.Source(), t => t.Workloads = items).Result);
        var text = _folder.Read("network.md");
        Assert.Contains("\n| basket-api | Deployment/basket-api (deploy/basket.yaml) |\n| webapp | Deployment/webapp (deploy/web.yaml) |\n", text, StringComparison.Ordinal);
        Assert.EndsWith("| Workload | File |\n|---|---|\n| Deployment/batch | deploy/basket.yaml |\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(_folder.Root, text, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutWorkloadItemsNetworkMdAndTheCacheKeyAreTodays()
    {
        var other = Path.Combine(_folder.Root, "other");
        _folder.Run(Shop.Source());
        var outcome = _folder.Run(Shop.Source(), t => t.Workloads = Array.Empty<ITaskItem>(), other);
        Assert.Equal(_folder.Read("network.md"), _folder.Read("network.md", other));
        Assert.DoesNotContain("Workloads", _folder.Read("network.md"), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllLines(Path.Combine(_folder.Manifests, ManifestDirectory.CacheFile))[0], File.ReadAllLines(Path.Combine(other, ManifestDirectory.CacheFile))[0]);
        Assert.True(outcome.Result);
    }

    [Fact]
    public void AnEditedWorkloadRendersAgainAndAnUnchangedOneDoesNot()
    {
        var items = Write(("deploy/web.yaml", Web), ("deploy/basket.yaml", Basket));
        _folder.Run(Shop.Source(), t => t.Workloads = items);
        Assert.Contains("0 written", _folder.Run(Shop.Source(), t => t.Workloads = items).Summary, StringComparison.Ordinal);

        Write(("deploy/basket.yaml", Deployment("basket-v2", new[] { "app.kubernetes.io/name=basket-api" })));
        Assert.Contains("(8 files: 1 written, 7 unchanged, 0 removed)", _folder.Run(Shop.Source(), t => t.Workloads = items).Summary, StringComparison.Ordinal);
        Assert.Contains("| basket-api | Deployment/basket-v2 (deploy/basket.yaml) |", _folder.Read("network.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kind: Deployment\nmetadata: [\n")]
    [InlineData("kind: Deployment\nmetadata:\n  name: x\nspec:\n  template:\n    metadata:\n      labels:\n        \"bad key!\": v\n")]
    [InlineData(null)]
    public void AWorkloadFileThatDoesNotReadIsLeftOutAndNamedAndTheWriteSucceeds(string? bad)
    {
        var items = Write(("deploy/web.yaml", Web)).ToList();
        if (bad is null) items.Add(new TaskItem(Path.Combine(_folder.Root, "deploy", "missing.yaml")));
        else items.AddRange(Write(("deploy/bad.yaml", Basket + "---\n" + bad)));
        var outcome = _folder.Run(Shop.Source(), t => t.Workloads = items.ToArray());
        Assert.True(outcome.Result);
        Assert.Empty(outcome.Log.Errors);
        Assert.Empty(outcome.Log.Warnings);
        var text = _folder.Read("network.md");
        Assert.Contains($"\nLeft out: 1 file that did not read as workload YAML (NETCFG030), so neither section lists their workloads: deploy/{(bad is null ? "missing" : "bad")}.yaml.\n", text, StringComparison.Ordinal);
        Assert.Contains("| basket-api | none: the policy protects no pod (NETCFG031) |", text, StringComparison.Ordinal);
        Assert.Contains("| webapp | Deployment/webapp (deploy/web.yaml) |", text, StringComparison.Ordinal);
        Assert.True(_folder.Exists("networkpolicy/kustomization.yaml"));
    }
}
