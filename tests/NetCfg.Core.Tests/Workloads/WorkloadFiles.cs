using System;
using System.IO;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Workloads;
using Xunit;

namespace NetCfg.Core.Tests.Workloads;

/// <summary>Reading helpers: the committed files under Data/, and a parse that must not fail.</summary>
internal static class WorkloadFiles
{
    public static string Data(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Workloads", "Data", name));

    public static WorkloadFile Clean(string yaml, string path = "deploy/app.yaml")
    {
        var file = WorkloadParser.Parse(path, yaml);
        Assert.True(file.Errors.IsEmpty, string.Join("\n", file.Errors.Select(e => $"({e.Line},{e.Column}) {e.Message}")));
        return file;
    }

    public static WorkloadError SingleError(string yaml)
    {
        var file = WorkloadParser.Parse("deploy/bad.yaml", yaml);
        Assert.DoesNotContain(file.Workloads, w => w.Name == "bad");
        return Assert.Single(file.Errors);
    }

    public static string Labels(Workload workload) => string.Join(",", workload.Labels.Select(l => l.Key + "=" + l.Value));

    public static string Ports(Workload workload) => string.Join(",", workload.Ports.Select(p => p.ToString()));
}
