using Xunit;
using static NetCfg.Core.Tests.Workloads.WorkloadFiles;

namespace NetCfg.Core.Tests.Workloads;

/// <summary>What Kubernetes would reject, and what is not YAML, is one error at its line and column; the rest of the file still reads.</summary>
public class ReaderErrorTests
{
    private const string Head = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: bad\nspec:\n  template:\n    metadata:\n      labels:\n";

    [Theory]
    [InlineData("kind: [\n", 2, 1, "invalid YAML")]
    [InlineData("- just\n- a list\n", 1, 1, "a workload document must be a mapping")]
    [InlineData(Head + "        app: \"-bad-\"\n", 9, 14, "label value '-bad-'")]
    [InlineData(Head + "        \"bad key!\": x\n", 9, 9, "label key 'bad key!'")]
    [InlineData(Head + "        enabled: yes\n", 9, 18, "label value 'yes' is a boolean or null")]
    [InlineData(Head + "        app: x\n    spec:\n      containers:\n      - name: a\n        ports:\n        - containerPort: 70000\n", 14, 26, "port 70000 is outside 1-65535")]
    [InlineData(Head + "        app: x\n    spec:\n      containers:\n      - name: a\n        ports:\n        - containerPort: \"8080\"\n", 14, 26, "containerPort must be a number")]
    [InlineData(Head + "        app: x\n    spec:\n      containers:\n      - name: a\n        ports:\n        - containerPort: 80\n          name: HTTP_port\n", 15, 17, "port name 'HTTP_port' is not valid")]
    [InlineData(Head + "        app: x\n    spec:\n      containers:\n      - name: a\n        ports:\n        - containerPort: 80\n          protocol: tcp\n", 15, 21, "protocol 'tcp' must be TCP, UDP or SCTP")]
    [InlineData(Head + "        app: x\n    spec:\n      containers:\n      - name: a\n        ports:\n        - name: http\n", 14, 11, "'containerPort' is required")]
    [InlineData(Head + "        app: x\n    spec:\n      containers:\n      - ports: [{containerPort: 80, name: http}]\n      - ports: [{containerPort: 81, name: http}]\n", 13, 43, "port name 'http' is declared twice")]
    [InlineData(Head + "        app: x\n    spec:\n      containers: 5\n", 11, 19, "containers must be a list")]
    [InlineData("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: bad\nspec: []\n", 5, 7, "spec must be a mapping")]
    public void A_mistake_is_one_error_at_its_place(string yaml, int line, int column, string message)
    {
        var error = SingleError(yaml);
        Assert.Contains(message, error.Message, System.StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void A_bad_document_is_left_out_and_the_others_read()
    {
        var file = NetCfg.Core.Workloads.WorkloadParser.Parse("deploy/x.yaml", Head + "        app: \"-\"\n---\n" + Data("kubectl-deployment.yaml"));
        Assert.Single(file.Errors);
        Assert.Equal("Deployment/web", Assert.Single(file.Workloads).Display);
    }

    [Fact]
    public void Unknown_keys_other_kinds_nulls_and_empty_documents_are_no_error()
    {
        var file = Clean("---\n---\nkind: Widget\nspec: 5\n---\nnotakind: 1\n---\n" + Head + "        app: x\n    spec:\n      containers: null\n      extra: {a: 1}\n");
        Assert.Equal("Deployment/bad", Assert.Single(file.Workloads).Display);
    }
}
