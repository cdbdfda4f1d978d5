using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using k8s;
using k8s.Models;
using NetCfg.TestKit.Builds;

namespace NetCfg.Integration.Tests;

/// <summary>A sample project built into a manifests folder of the test's choosing, and what that folder holds.</summary>
internal static class SampleBuild
{
    /// <summary>`dotnet build` of <paramref name="project"/> with NetCfgManifestsDir set to <paramref name="manifests"/>.</summary>
    public static Processes.Outcome Run(string project, string manifests) =>
        Processes.DotnetBuild(project, Repo.Root, $"-p:NetCfgManifestsDir={manifests}/");

    /// <summary>The files NetCfg wrote, relative and sorted, without its own bookkeeping files (.netcfg-*).</summary>
    public static IEnumerable<string> Written(string manifests) =>
        TempProject.Tree(manifests).Where(f => !f.StartsWith(".netcfg", StringComparison.Ordinal));

    /// <summary>The NetworkPolicies in networkpolicy/, read strictly.</summary>
    public static List<V1NetworkPolicy> Policies(string manifests) =>
        Directory.GetFiles(Path.Combine(manifests, "networkpolicy"), "*.yaml")
            .Where(f => !f.EndsWith("kustomization.yaml", StringComparison.Ordinal))
            .Select(f => KubernetesYaml.Deserialize<V1NetworkPolicy>(File.ReadAllText(f), strict: true))
            .ToList();
}
