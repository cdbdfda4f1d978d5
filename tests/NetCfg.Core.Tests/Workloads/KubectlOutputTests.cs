using System.Linq;
using Xunit;
using static NetCfg.Core.Tests.Workloads.WorkloadFiles;

namespace NetCfg.Core.Tests.Workloads;

/// <summary>Files written by this machine's kubectl (<c>kubectl create ... --dry-run=client -o yaml</c>), committed under Data/.</summary>
public class KubectlOutputTests
{
    [Fact]
    public void A_deployment_gives_its_template_labels_and_container_port()
    {
        var workload = Assert.Single(Clean(Data("kubectl-deployment.yaml")).Workloads);
        Assert.Equal("Deployment/web", workload.Display);
        Assert.Null(workload.Namespace);
        Assert.Equal("app=web", Labels(workload));
        Assert.Equal("8080/TCP", Ports(workload));
        Assert.Equal((7, 9), (workload.Line, workload.Column)); // metadata.name
    }

    [Fact]
    public void A_cronjob_is_read_through_its_job_template()
    {
        var workload = Assert.Single(Clean(Data("kubectl-cronjob.yaml")).Workloads);
        Assert.Equal("CronJob/nightly", workload.Display);
        Assert.Empty(workload.Labels);
        Assert.Empty(workload.Ports);
    }

    [Fact]
    public void A_job_gets_the_labels_its_controller_adds()
    {
        var workload = Assert.Single(Clean(Data("kubectl-job.yaml")).Workloads);
        Assert.Equal("Job/once", workload.Display);
        Assert.Equal("batch.kubernetes.io/job-name=once,job-name=once", Labels(workload));
    }

    [Fact]
    public void Services_and_config_maps_beside_a_deployment_are_skipped()
    {
        var workload = Assert.Single(Clean(Data("kubectl-mixed.yaml")).Workloads);
        Assert.Equal("Deployment/web", workload.Display);
        Assert.Equal("8080/TCP", Ports(workload));
    }
}
