using System.Collections.Generic;
using System.Linq;
using k8s;
using k8s.Models;
using Xunit;
using static NetCfg.Core.Tests.Workloads.WorkloadFiles;

namespace NetCfg.Core.Tests.Workloads;

/// <summary>Every kind the reader knows, written by KubernetesClient's typed models and KubernetesYaml, as the official client writes them.</summary>
public class TypedModelTests
{
    private static readonly Dictionary<string, string> Labels = new() { ["app.kubernetes.io/name"] = "api", ["tier"] = "backend" };

    private static V1PodTemplateSpec Template(string? ns = null) => new()
    {
        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string>(Labels), NamespaceProperty = ns },
        Spec = PodSpec(),
    };

    private static V1PodSpec PodSpec() => new()
    {
        Containers = new List<V1Container>
        {
            new() { Name = "api", Image = "api:1", Ports = new List<V1ContainerPort> { Port(8080, "http"), Port(9090, "metrics"), Port(5353, "dns", "UDP") } },
            new() { Name = "proxy", Image = "envoy:1", Ports = new List<V1ContainerPort> { Port(15001) } },
        },
        InitContainers = new List<V1Container>
        {
            new() { Name = "log-shipper", Image = "fluent:1", RestartPolicy = "Always", Ports = new List<V1ContainerPort> { Port(2020, "shipper") } },
            new() { Name = "migrate", Image = "migrate:1", Ports = new List<V1ContainerPort> { Port(7000, "migrate") } },
        },
    };

    private static V1ContainerPort Port(int number, string? name = null, string? protocol = null) => new() { ContainerPort = number, Name = name, Protocol = protocol };

    private static V1ObjectMeta Meta(string name, string? ns = null) => new() { Name = name, NamespaceProperty = ns };

    private static V1LabelSelector Selector => new() { MatchLabels = new Dictionary<string, string>(Labels) };

    public static TheoryData<string, object> Objects() => new()
    {
        { "Deployment", new V1Deployment { ApiVersion = "apps/v1", Kind = "Deployment", Metadata = Meta("api"), Spec = new V1DeploymentSpec { Selector = Selector, Template = Template() } } },
        { "StatefulSet", new V1StatefulSet { ApiVersion = "apps/v1", Kind = "StatefulSet", Metadata = Meta("api"), Spec = new V1StatefulSetSpec { Selector = Selector, Template = Template(), ServiceName = "api" } } },
        { "DaemonSet", new V1DaemonSet { ApiVersion = "apps/v1", Kind = "DaemonSet", Metadata = Meta("api"), Spec = new V1DaemonSetSpec { Selector = Selector, Template = Template() } } },
        { "ReplicaSet", new V1ReplicaSet { ApiVersion = "apps/v1", Kind = "ReplicaSet", Metadata = Meta("api"), Spec = new V1ReplicaSetSpec { Selector = Selector, Template = Template() } } },
        { "ReplicationController", new V1ReplicationController { ApiVersion = "v1", Kind = "ReplicationController", Metadata = Meta("api"), Spec = new V1ReplicationControllerSpec { Selector = new Dictionary<string, string>(Labels), Template = Template() } } },
        { "Job", new V1Job { ApiVersion = "batch/v1", Kind = "Job", Metadata = Meta("api"), Spec = new V1JobSpec { Template = Template() } } },
        { "CronJob", new V1CronJob { ApiVersion = "batch/v1", Kind = "CronJob", Metadata = Meta("api"), Spec = new V1CronJobSpec { Schedule = "* * * * *", JobTemplate = new V1JobTemplateSpec { Spec = new V1JobSpec { Template = Template() } } } } },
        { "Pod", new V1Pod { ApiVersion = "v1", Kind = "Pod", Metadata = new V1ObjectMeta { Name = "api", Labels = new Dictionary<string, string>(Labels) }, Spec = PodSpec() } },
    };

    [Theory]
    [MemberData(nameof(Objects))]
    public void Each_kind_gives_its_pod_labels_and_the_ports_of_containers_and_sidecars(string kind, object model)
    {
        var workload = Assert.Single(Clean(KubernetesYaml.Serialize(model)).Workloads);
        Assert.Equal(kind + "/api", workload.Display);
        Assert.Equal("app.kubernetes.io/name=api,tier=backend", string.Join(",", workload.Labels.Where(l => !l.Key.Contains("job-name")).Select(l => l.Key + "=" + l.Value)));
        // The sidecar's port is in, the plain init container's (7000 migrate) is not.
        Assert.Equal("shipper 2020/TCP,dns 5353/UDP,http 8080/TCP,metrics 9090/TCP,15001/TCP", Ports(workload));
    }

    [Fact]
    public void A_multi_document_file_and_a_List_give_every_workload_with_its_namespace()
    {
        var deployment = new V1Deployment { ApiVersion = "apps/v1", Kind = "Deployment", Metadata = Meta("api", "shop"), Spec = new V1DeploymentSpec { Selector = Selector, Template = Template() } };
        var pod = new V1Pod { ApiVersion = "v1", Kind = "Pod", Metadata = new V1ObjectMeta { Name = "debug", Labels = new Dictionary<string, string> { ["app"] = "debug" } }, Spec = new V1PodSpec { Containers = new List<V1Container> { new() { Name = "sh", Image = "busybox" } } } };
        var service = new V1Service { ApiVersion = "v1", Kind = "Service", Metadata = Meta("api"), Spec = new V1ServiceSpec { Selector = new Dictionary<string, string>(Labels) } };
        var list = new Dictionary<string, object> { ["apiVersion"] = "v1", ["kind"] = "List", ["items"] = new List<object> { deployment, service, pod } };
        var fromList = Clean(KubernetesYaml.Serialize(list)).Workloads;
        var fromDocuments = Clean(string.Join("\n---\n", new object[] { deployment, service, pod }.Select(KubernetesYaml.Serialize))).Workloads;
        foreach (var workloads in new[] { fromList, fromDocuments })
        {
            Assert.Equal(new[] { "Deployment/api", "Pod/debug" }, workloads.Select(w => w.Display));
            Assert.Equal(new[] { "shop", null }, workloads.Select(w => w.Namespace));
        }
    }
}
