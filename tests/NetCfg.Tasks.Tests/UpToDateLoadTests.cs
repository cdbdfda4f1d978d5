using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.Build.Framework;
using Xunit;

namespace NetCfg.Tasks.Tests;

/// <summary>
/// What an up-to-date build pays for: the task, loaded fresh as MSBuild loads it, reads the carried input and finds the
/// folder as it left it, without loading YamlDotNet (which every YAML reader and writer of the core needs).
/// </summary>
public sealed class UpToDateLoadTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AnUpToDateRunLoadsTheCoreButNotYamlDotNet(bool workloads)
    {
        using var folder = new TaskFolder();
        var items = Array.Empty<ITaskItem>();
        if (workloads)
        {
            // The workload files are compared as text: an up-to-date run reads them but parses none.
            var path = Path.Combine(folder.Root, "deploy.yaml");
            File.WriteAllText(path, NetCfg.TestKit.WorkloadYaml.Deployment("webapp", new[] { "app.kubernetes.io/name=webapp" }));
            items = new ITaskItem[] { new Microsoft.Build.Utilities.TaskItem(path) };
        }

        Assert.True(folder.Run(Shop.Source(), t => t.Workloads = items).Result);
        if (workloads) Assert.Contains("Deployment/webapp", folder.Read("network.md"), StringComparison.Ordinal);

        var context = new RecordingContext(Path.GetDirectoryName(typeof(WriteNetCfgManifests).Assembly.Location)!);
        var type = context.LoadFromAssemblyName(new AssemblyName("NetCfg.Tasks")).GetType(typeof(WriteNetCfgManifests).FullName!, throwOnError: true)!;
        var task = (ITask)Activator.CreateInstance(type)!;
        var log = new BuildLog();
        task.BuildEngine = log;
        type.GetProperty(nameof(WriteNetCfgManifests.AssemblyPath))!.SetValue(task, Path.Combine(folder.Root, "App.dll"));
        type.GetProperty(nameof(WriteNetCfgManifests.OutputDirectory))!.SetValue(task, folder.Manifests);
        type.GetProperty(nameof(WriteNetCfgManifests.ProjectPath))!.SetValue(task, folder.ProjectPath);
        type.GetProperty(nameof(WriteNetCfgManifests.Workloads))!.SetValue(task, items);

        Assert.True(task.Execute());
        Assert.Contains(log.Messages, m => m.Message!.Contains("0 written"));
        Assert.Contains("NetCfg.Core", context.Loaded);
        Assert.DoesNotContain("YamlDotNet", context.Loaded);
    }

    [Fact]
    public void ARenderLoadsYamlDotNetSoTheCheckAboveCanFail()
    {
        using var folder = new TaskFolder();
        var context = new RecordingContext(Path.GetDirectoryName(typeof(WriteNetCfgManifests).Assembly.Location)!);
        Assert.True(folder.Run(Shop.Source()).Result); // compiles App.dll; the folder is then up to date, so empty it
        Directory.Delete(folder.Manifests, recursive: true);
        var type = context.LoadFromAssemblyName(new AssemblyName("NetCfg.Tasks")).GetType(typeof(WriteNetCfgManifests).FullName!, throwOnError: true)!;
        var task = (ITask)Activator.CreateInstance(type)!;
        task.BuildEngine = new BuildLog();
        type.GetProperty(nameof(WriteNetCfgManifests.AssemblyPath))!.SetValue(task, Path.Combine(folder.Root, "App.dll"));
        type.GetProperty(nameof(WriteNetCfgManifests.OutputDirectory))!.SetValue(task, folder.Manifests);
        Assert.True(task.Execute());
        Assert.Contains("YamlDotNet", context.Loaded);
    }

    /// <summary>Loads NetCfg's assemblies and YamlDotNet from the task's folder, and records each; MSBuild's own come from the default context.</summary>
    private sealed class RecordingContext(string directory) : AssemblyLoadContext("netcfg-task", isCollectible: true)
    {
        public List<string> Loaded { get; } = new();

        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(directory, name.Name + ".dll");
            if (!(name.Name!.StartsWith("NetCfg.", StringComparison.Ordinal) || name.Name == "YamlDotNet") || !File.Exists(path)) return null;
            Loaded.Add(name.Name);
            return LoadFromAssemblyPath(path);
        }
    }
}
