using Xunit;
using static NetCfg.Core.Tests.Workloads.WorkloadFiles;

namespace NetCfg.Core.Tests.Workloads;

/// <summary>The shapes <c>helm template</c> and <c>kubectl get -o yaml</c> write: comments, hooks, annotations, managedFields, status.</summary>
public class ToolShapeTests
{
    [Fact]
    public void Helm_template_output_reads_with_its_comments_hooks_and_other_kinds()
    {
        var workloads = Clean(Data("helm-template.yaml")).Workloads;
        Assert.Equal(new[] { "Deployment/shop-basket", "Pod/shop-basket-test-connection" }, System.Linq.Enumerable.Select(workloads, w => w.Display));
        Assert.Equal("app.kubernetes.io/instance=shop,app.kubernetes.io/name=basket-api", Labels(workloads[0]));
        Assert.Equal("http 8080/TCP", Ports(workloads[0]));
        Assert.Empty(workloads[1].Labels);
    }

    [Fact]
    public void Kubectl_get_output_reads_as_a_List_with_managed_fields_and_status()
    {
        var workload = Assert.Single(Clean(Data("kubectl-get-list.yaml")).Workloads);
        Assert.Equal("Deployment/identity-api", workload.Display);
        Assert.Equal("shop", workload.Namespace);
        Assert.Equal("app.kubernetes.io/name=identity-api", Labels(workload));
        Assert.Equal("https 8443/TCP", Ports(workload));
    }
}
