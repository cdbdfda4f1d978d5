using System.Linq;
using NetCfg.Core.Review.Explanation;
using Xunit;

namespace NetCfg.Core.Tests.Review;

/// <summary>The probe ends explain accepts; a pod's namespace may carry labels besides its name: pod:NAMESPACE[k=v]/k=v.</summary>
public sealed class ProbeEndTests
{
    [Theory]
    [InlineData("pod:monitoring/app.kubernetes.io/name=prometheus", "monitoring", "", "app.kubernetes.io/name=prometheus")]
    [InlineData("pod:ops[team.example.com/owner=ops,env=prod]/app.kubernetes.io/name=x,tier=web", "ops", "env=prod,team.example.com/owner=ops", "app.kubernetes.io/name=x,tier=web")]
    [InlineData("pod:ops[team=ops]", "ops", "team=ops", "")]
    [InlineData("pod:ops[]/app=x", "ops", "", "app=x")]
    [InlineData("pod:ops[kubernetes.io/metadata.name=ops]/app=x", "ops", "", "app=x")]
    public void APodEndReadsItsNamespaceItsLabelsAndThePodsLabels(string text, string ns, string nsLabels, string labels)
    {
        var end = ProbeEnd.Parse(text, out var error);
        Assert.Null(error);
        Assert.Equal((ns, nsLabels, labels), (end!.Namespace!, Join(end.NamespaceLabels), Join(end.Labels)));
        Assert.Equal(end, ProbeEnd.Parse(end.ToString(), out _));
    }

    [Theory]
    [InlineData("pod:ops[team=ops/app=x", "closing ']'")]
    [InlineData("pod:ops[team=ops]app=x", "closing ']' followed by '/'")]
    [InlineData("pod:Ops[team=ops]/app=x", "not a DNS-1123 label")]
    [InlineData("pod:ops[team]/app=x", "'team' is not a valid label")]
    [InlineData("pod:ops[kubernetes.io/metadata.name=dev]/app=x", "so its kubernetes.io/metadata.name label is 'ops', not 'dev'")]
    [InlineData("pod:ops/app=x,app=y", "the label 'app' is given twice")]
    public void AMalformedPodEndSaysWhy(string text, string message)
    {
        Assert.Null(ProbeEnd.Parse(text, out var error));
        Assert.Contains(message, error);
    }

    private static string Join(EquatableArray<Model.Label> labels) => string.Join(",", labels.Select(l => l.Key + "=" + l.Value));
}
