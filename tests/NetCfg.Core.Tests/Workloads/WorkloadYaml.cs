using System.Collections.Generic;
using System.Linq;
using k8s;
using k8s.Models;

namespace NetCfg.Core.Tests.Workloads;

/// <summary>Deployments written by KubernetesClient's typed models: labels "k=v", ports "name:8080/TCP" or "8080".</summary>
internal static class WorkloadYaml
{
    public static string Deployment(string name, string[] labels, string[]? ports = null, string? ns = null)
    {
        var podLabels = labels.Select(l => l.Split('=')).ToDictionary(p => p[0], p => p[1]);
        var deployment = new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns },
            Spec = new V1DeploymentSpec
            {
                Selector = new V1LabelSelector { MatchLabels = podLabels },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = podLabels },
                    Spec = new V1PodSpec { Containers = new List<V1Container> { new() { Name = "main", Image = name + ":1", Ports = (ports ?? new string[0]).Select(Port).ToList() } } },
                },
            },
        };
        return KubernetesYaml.Serialize(deployment) + "\n";
    }

    private static V1ContainerPort Port(string text)
    {
        var named = text.Split(':');
        var numbered = named[named.Length - 1].Split('/');
        return new V1ContainerPort
        {
            Name = named.Length > 1 ? named[0] : null,
            ContainerPort = int.Parse(numbered[0], System.Globalization.CultureInfo.InvariantCulture),
            Protocol = numbered.Length > 1 ? numbered[1] : null,
        };
    }
}
