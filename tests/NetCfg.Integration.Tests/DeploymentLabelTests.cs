using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using k8s;
using k8s.Models;
using NetCfg.Oracle;
using NetCfg.TestKit.Builds;
using Xunit;

namespace NetCfg.Integration.Tests;

/// <summary>
/// One source of labels, in a real build: MyApp's Deployments take their labels from the generated PodLabels, and the
/// independent oracle finds that each component's emitted policy selects its Deployment's pods, and that those pods
/// may make exactly the declared flows.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class DeploymentLabelTests : IDisposable
{
    private static readonly (string Type, string Deployment)[] Components = { ("MyApp.Frontend", "FrontendDeployment"), ("MyApp.Backend", "BackendDeployment") };
    private readonly string _out = Path.Combine(Path.GetTempPath(), "netcfg-deployments-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }

    [Fact]
    public void EachPolicySelectsItsDeploymentsPodsAndTheirFlowsAreTheDeclaredOnes()
    {
        var result = Processes.DotnetBuild(Repo.Path("samples", "MyApp", "MyApp.csproj"), Repo.Root, $"-p:NetCfgManifestsDir={_out}/");
        Assert.True(result.ExitCode == 0, result.ToString());
        var app = new AssemblyLoadContext("my-app", isCollectible: true)
            .LoadFromStream(new MemoryStream(File.ReadAllBytes(Repo.Path("samples", "MyApp", "bin", Repo.Configuration, "net10.0", "MyApp.dll"))));
        var policies = Directory.GetFiles(Path.Combine(_out, "networkpolicy"), "*.yaml")
            .Where(f => !f.EndsWith("kustomization.yaml", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileName(f), f => KubernetesYaml.Deserialize<V1NetworkPolicy>(File.ReadAllText(f), strict: true));

        var pods = new Dictionary<string, PodEndpoint>(StringComparer.Ordinal);
        foreach (var (type, method) in Components)
        {
            var name = (string)app.GetType(type, throwOnError: true)!.GetField("ComponentName")!.GetRawConstantValue()!;
            var deployment = (V1Deployment)app.GetType("MyApp.Deployments", throwOnError: true)!.GetMethod(method)!.Invoke(null, null)!;
            var template = deployment.Spec.Template;
            var labels = (IReadOnlyDictionary<string, string>)template.Metadata.Labels.ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);

            // The API server requires the Deployment's selector to select its own template; the policy must select it too.
            Assert.True(Selectors.Matches(deployment.Spec.Selector, labels), $"{method}: its selector misses its pod template");
            var policy = policies["component-" + name + ".yaml"];
            Assert.EndsWith("." + name, policy.Metadata.Name, StringComparison.Ordinal);
            Assert.True(Selectors.Matches(policy.Spec.PodSelector, labels), $"{policy.Metadata.Name} does not select the pods of {method}");
            Assert.Equal(
                new[] { "component-" + name + ".yaml", "default-deny.yaml" },
                policies.Where(p => Selectors.Matches(p.Value.Spec.PodSelector, labels)).Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal));

            var ports = template.Spec.Containers.SelectMany(c => c.Ports ?? new List<V1ContainerPort>()).Select(p => new ContainerPort(p.Name, p.ContainerPort, p.Protocol ?? "TCP")).ToList();
            pods[name] = new PodEndpoint(new Pod("default", labels, "10.0.1." + (pods.Count + 1), ports));
        }

        var cluster = new Cluster(new[] { "default", "kube-system" }, policies.Values);
        var dns = new PodEndpoint(new Pod("kube-system", new Dictionary<string, string> { ["k8s-app"] = "kube-dns" }, "10.0.9.1"));
        var stranger = new PodEndpoint(new Pod("default", new Dictionary<string, string> { ["app.kubernetes.io/name"] = "stranger" }, "10.0.9.2"));
        var declared = (From: pods["frontend"], To: pods["backend"], Protocol: "TCP", Port: 8080);
        Assert.True(cluster.Allowed(declared.From, declared.To, declared.Protocol, declared.Port));

        // Every other pair of these pods, a stranger and the outside, on every port any of them declares or listens on.
        var endpoints = pods.Values.Cast<Endpoint>().Append(stranger).Append(new ExternalEndpoint("8.8.8.8")).ToList();
        var probePorts = pods.Values.SelectMany(p => p.Pod.Ports!).Select(p => p.Port).Concat(new[] { 53, 80, 443, 8080, 8081 }).Distinct().ToList();
        foreach (var from in endpoints)
        {
            foreach (var to in endpoints.Where(e => e is PodEndpoint))
            {
                foreach (var protocol in new[] { "TCP", "UDP", "SCTP" })
                {
                    foreach (var port in probePorts)
                    {
                        var expected = (from, to, protocol, port) == (declared.From, declared.To, declared.Protocol, declared.Port);
                        Assert.True(expected == cluster.Allowed(from, to, protocol, port), $"{Describe(from)} -> {Describe(to)} {protocol}/{port}: expected {(expected ? "allowed" : "denied")}");
                    }
                }
            }
        }

        foreach (var pod in pods.Values)
        {
            Assert.True(cluster.Allowed(pod, dns, "UDP", 53));
            Assert.True(cluster.Allowed(pod, dns, "TCP", 53));
            Assert.False(cluster.Allowed(pod, new ExternalEndpoint("8.8.8.8"), "UDP", 53));
        }
    }

    private static string Describe(Endpoint endpoint) => endpoint switch
    {
        PodEndpoint pod => string.Join(",", pod.Pod.Labels.Select(l => l.Key + "=" + l.Value)),
        ExternalEndpoint external => external.Ip,
        _ => "?",
    };
}
