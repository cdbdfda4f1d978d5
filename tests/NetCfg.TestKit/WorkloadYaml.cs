using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using k8s;
using k8s.Models;

namespace NetCfg.TestKit;

/// <summary>Workload YAML written by KubernetesClient's typed models and KubernetesYaml, as the official client writes it.</summary>
public static class WorkloadYaml
{
    /// <summary>A Deployment; labels as "k=v", ports as "name:8080/UDP", "8080/TCP" or "8080".</summary>
    public static string Deployment(string name, string[] labels, string[]? ports = null, string? ns = null) =>
        Deployment(name, labels.Select(l => l.Split('=')).ToDictionary(p => p[0], p => p[1]), (ports ?? new string[0]).Select(Port).ToList(), ns);

    /// <summary>A Deployment whose one container declares <paramref name="ports"/>, its pods labelled <paramref name="labels"/>.</summary>
    public static string Deployment(string name, IDictionary<string, string> labels, IList<V1ContainerPort> ports, string? ns = null) =>
        KubernetesYaml.Serialize(new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns },
            Spec = new V1DeploymentSpec
            {
                Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string>(labels) },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string>(labels) },
                    Spec = new V1PodSpec { Containers = new List<V1Container> { new() { Name = "main", Image = name + ":1", Ports = ports.ToList() } } },
                },
            },
        }) + "\n";

    public static V1ContainerPort Port(string text)
    {
        var named = text.Split(':');
        var numbered = named[named.Length - 1].Split('/');
        return new V1ContainerPort
        {
            Name = named.Length > 1 ? named[0] : null,
            ContainerPort = int.Parse(numbered[0], CultureInfo.InvariantCulture),
            Protocol = numbered.Length > 1 ? numbered[1] : null,
        };
    }
}
