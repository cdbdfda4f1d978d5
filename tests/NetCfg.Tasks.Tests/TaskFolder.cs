using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Tasks.Tests;

/// <summary>A temp folder where declarations are compiled with the generator and the task runs on the assembly, as in a build.</summary>
internal sealed class TaskFolder : IDisposable
{
    public TaskFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "netcfg-review-" + Guid.NewGuid().ToString("N"));

    public string ProjectPath => Path.Combine(Root, "App.csproj");

    public string Manifests => Path.Combine(Root, "manifests");

    /// <summary>Compiles <paramref name="source"/> (after <c>using NetCfg;</c>) and runs the task into <paramref name="output"/> (default: <see cref="Manifests"/>).</summary>
    public TaskOutcome Run(string source, Action<WriteNetCfgManifests>? configure = null, string? output = null, params AdditionalText[] profiles)
    {
        var run = Generation.Run(Generation.Compile("using NetCfg;\n" + source), profiles);
        var assembly = Path.Combine(Root, "App.dll");
        using (var stream = File.Create(assembly))
        {
            var emit = run.Output.Emit(stream);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        }

        var log = new BuildLog();
        var task = new WriteNetCfgManifests { BuildEngine = log, AssemblyPath = assembly, OutputDirectory = output ?? Manifests, ProjectPath = ProjectPath };
        configure?.Invoke(task);
        return new TaskOutcome(task, log, task.Execute());
    }

    public string Read(string relative, string? folder = null) => File.ReadAllText(Path.Combine(folder ?? Manifests, relative));

    public bool Exists(string relative, string? folder = null) => File.Exists(Path.Combine(folder ?? Manifests, relative));

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}

/// <summary>What one task run did and logged.</summary>
internal sealed record TaskOutcome(WriteNetCfgManifests Task, BuildLog Log, bool Result)
{
    /// <summary>The lines about flows: every NetCfg message but the "NetCfg -> folder" summary.</summary>
    public IReadOnlyList<string> FlowLines => Log.Messages
        .Where(m => m.Importance == Microsoft.Build.Framework.MessageImportance.High && m.Message!.StartsWith("NetCfg: ", StringComparison.Ordinal))
        .Select(m => m.Message!)
        .ToList();

    public string Summary => Assert.Single(Log.Messages, m => m.Message!.StartsWith("NetCfg -> ", StringComparison.Ordinal)).Message!;
}

/// <summary>Declarations the review tests share.</summary>
internal static class Shop
{
    /// <summary>webapp calls basket-api on <paramref name="port"/>; <paramref name="clients"/> more components call it too.</summary>
    public static string Source(int port = 8080, int clients = 0, string extra = "") =>
        "[assembly: LocalNetworkConfig(\"shop\")]\n"
        + $"[Component(\"webapp\")] [DependsOn(typeof(BasketApi), Port = {port})] {extra} class WebApp {{ }}\n"
        + "[Component(\"basket-api\")] class BasketApi { }\n"
        + string.Concat(Enumerable.Range(0, clients).Select(i => $"[Component(\"client-{i:00}\")] [DependsOn(typeof(BasketApi), Port = {port})] class Client{i} {{ }}\n"));
}
