using System;
using System.IO;
using System.Linq;
using k8s;
using k8s.Models;
using NetCfg.TestKit.Builds;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Integration.Tests;

/// <summary>`dotnet build` of the samples writes the guide's config and policies that kubectl kustomize accepts.</summary>
[Collection(BuildCollection.Name)]
public sealed class SampleBuildTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "netcfg-sample-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }

    private string BuildSample(string name)
    {
        var result = SampleBuild.Run(Repo.Path("samples", name, name + ".csproj"), _out);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"NetCfg -> {_out}/", result.Output);
        return _out;
    }

    [Theory]
    [InlineData("MyApp", "my-app-network-config.yaml", new[] { "component-backend.yaml", "component-frontend.yaml", "default-deny.yaml", "kustomization.yaml" })]
    [InlineData("MyWorker", "my-worker-network-config.yaml", new[] { "component-my-worker-app.yaml", "default-deny.yaml", "kustomization.yaml" })]
    public void SampleWritesTheGuideConfigAndThePolicies(string sample, string guideFile, string[] policyFiles)
    {
        var dir = BuildSample(sample);
        Assert.Equal(
            new[] { "network-sources.yaml", "network.md", "platform/kustomization.yaml", "platform/local-network-config.yaml" }.Concat(policyFiles.Select(f => "networkpolicy/" + f)).OrderBy(f => f, StringComparer.Ordinal),
            SampleBuild.Written(dir));
        Assert.Equal(
            Canonical(File.ReadAllText(Repo.Path("tests", "NetCfg.Core.Tests", "Guide", guideFile))),
            Canonical(File.ReadAllText(Path.Combine(dir, "platform", "local-network-config.yaml"))));
        foreach (var file in policyFiles.Where(f => f != "kustomization.yaml"))
        {
            var policy = KubernetesYaml.Deserialize<V1NetworkPolicy>(File.ReadAllText(Path.Combine(dir, "networkpolicy", file)), strict: true);
            Assert.Equal(new[] { "Ingress", "Egress" }, policy.Spec.PolicyTypes);
        }
    }

    [Fact]
    public void MyAppPoliciesLetFrontendReachBackendOn8080AndNothingElse()
    {
        var dir = BuildSample("MyApp");
        var policies = SampleBuild.Policies(dir);
        var cluster = new Oracle.Cluster(new[] { "default", "kube-system" }, policies);
        var frontend = Pod("default", ("app.kubernetes.io/name", "frontend"));
        var backend = Pod("default", ("app.kubernetes.io/name", "backend"));
        var dns = Pod("kube-system", ("k8s-app", "kube-dns"));
        Assert.True(cluster.Allowed(frontend, backend, "TCP", 8080));
        Assert.False(cluster.Allowed(frontend, backend, "TCP", 8081));
        Assert.False(cluster.Allowed(frontend, backend, "UDP", 8080));
        Assert.False(cluster.Allowed(backend, frontend, "TCP", 8080));
        Assert.True(cluster.Allowed(frontend, dns, "UDP", 53));
        Assert.True(cluster.Allowed(backend, dns, "TCP", 53));
        Assert.False(cluster.Allowed(frontend, new Oracle.ExternalEndpoint("8.8.8.8"), "UDP", 53));
    }

    [Theory]
    [InlineData("platform")]
    [InlineData("networkpolicy")]
    public void KubectlKustomizeBuildsTheFolder(string folder)
    {
        var dir = BuildSample("MyWorker");
        var result = Processes.Run("kubectl", $"kustomize \"{Path.Combine(dir, folder)}\"", dir, 60);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(folder == "platform" ? "kind: LocalNetworkConfig" : "kind: NetworkPolicy", result.Output);
    }

    private static Oracle.PodEndpoint Pod(string ns, params (string Key, string Value)[] labels) =>
        new(new Oracle.Pod(ns, labels.ToDictionary(l => l.Key, l => l.Value), "10.0.0." + Math.Abs(ns.GetHashCode() % 200)));

    internal static string Canonical(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Canon(stream.Documents.Single().RootNode);
    }

    private static string Canon(YamlNode node) => node switch
    {
        YamlMappingNode map => "{" + string.Join(",", map.Children.OrderBy(p => ((YamlScalarNode)p.Key).Value, StringComparer.Ordinal).Select(p => ((YamlScalarNode)p.Key).Value + ":" + Canon(p.Value))) + "}",
        YamlSequenceNode seq => "[" + string.Join(",", seq.Select(Canon)) + "]",
        YamlScalarNode scalar => "\"" + scalar.Value + "\"",
        _ => "?",
    };
}
