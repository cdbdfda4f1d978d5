using System.Collections.Generic;
using k8s.Models;

namespace MyApp;

/// <summary>
/// The app's Deployments, labelled from the members NetCfg generates on each component: the pods they run carry
/// exactly the labels the component's NetworkPolicy selects, so the two cannot drift apart.
/// </summary>
public static class Deployments
{
    public static V1Deployment FrontendDeployment() => Labelled(Frontend.ComponentName, Frontend.PodLabels, "example.com/frontend:1.0", 3000);

    public static V1Deployment BackendDeployment() => Labelled(Backend.ComponentName, Backend.PodLabels, "example.com/backend:1.0", 8080);

    public static IReadOnlyList<V1Deployment> All() => new[] { FrontendDeployment(), BackendDeployment() };

    private static V1Deployment Labelled(string name, IReadOnlyDictionary<string, string> podLabels, string image, int port) => new()
    {
        ApiVersion = "apps/v1",
        Kind = "Deployment",
        Metadata = new V1ObjectMeta { Name = name, Labels = new Dictionary<string, string>(podLabels) },
        Spec = new V1DeploymentSpec
        {
            Replicas = 2,
            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string>(podLabels) },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string>(podLabels) },
                Spec = new V1PodSpec
                {
                    Containers = new List<V1Container>
                    {
                        new() { Name = name, Image = image, Ports = new List<V1ContainerPort> { new() { ContainerPort = port, Protocol = "TCP" } } },
                    },
                },
            },
        },
    };
}
