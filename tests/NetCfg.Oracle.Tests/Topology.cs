using System.Collections.Generic;
using System.Linq;
using k8s.Models;

namespace NetCfg.Oracle.Tests;

/// <summary>The E2E topology: namespaces x, y, z; pods a, b, c labelled pod=&lt;name&gt;; pod IP 10.&lt;ns#&gt;.0.&lt;pod#&gt;.</summary>
internal static class E2E
{
    public const string Tcp = "TCP";
    public const string Udp = "UDP";
    public const string Sctp = "SCTP";

    public static readonly string[] Namespaces = ["x", "y", "z"];
    public static readonly string[] PodNames = ["a", "b", "c"];

    /// <summary>serve-80-tcp/80, serve-81-tcp/81, serve-80-udp/80 UDP, ... for TCP, UDP and SCTP.</summary>
    public static readonly IReadOnlyList<ContainerPort> ServePorts =
        (from port in new[] { 80, 81 }
         from protocol in new[] { Tcp, Udp, Sctp }
         select new ContainerPort($"serve-{port}-{protocol.ToLowerInvariant()}", port, protocol)).ToList();

    public static readonly IReadOnlyList<Pod> Pods =
        (from ns in Namespaces from name in PodNames select MakePod(ns, name)).ToList();

    public static readonly ExternalEndpoint External = new("192.0.2.10");

    public static Pod MakePod(string ns, string name, params (string Key, string Value)[] extraLabels)
    {
        var labels = new Dictionary<string, string> { ["pod"] = name };
        foreach (var (key, value) in extraLabels)
        {
            labels[key] = value;
        }

        var ip = $"10.{System.Array.IndexOf(Namespaces, ns) + 1}.0.{System.Array.IndexOf(PodNames, name) + 1}";
        return new Pod(ns, labels, ip, ServePorts);
    }

    /// <summary>"x/a" → pod a in namespace x.</summary>
    public static Pod P(string key) => Pods.Single(p => Key(p) == key);

    public static PodEndpoint E(string key) => new(P(key));

    public static string Key(Pod pod) => $"{pod.Namespace}/{pod.Labels["pod"]}";

    public static string Ip(string key) => P(key).Ip;

    public static Cluster ClusterOf(params V1NetworkPolicy[] policies) => new(Namespaces, policies);

    public static Cluster ClusterOf(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> namespaces, params V1NetworkPolicy[] policies) =>
        new(namespaces, policies);
}
