using System;
using System.Collections.Generic;
using System.Linq;
using k8s.Models;
using Xunit;
using static NetCfg.Oracle.Tests.Np;

namespace NetCfg.Oracle.Tests;

/// <summary>ApiValidator.Validate / ValidateStrict on whole policies (k8s-validation-rules.md §1–10).</summary>
public sealed class ValidatorPolicyTests
{
    /// <summary>A policy valid in both modes; each test breaks one thing.</summary>
    private static V1NetworkPolicy Baseline() =>
        Policy("web", "x", PodLabel("a"))
            .WithIngress(In([PodPeer(PodLabel("b"))], [Port(80)]))
            .WithEgress(Out([Block("10.0.0.0/16", "10.0.1.0/24")], [Named("dns", "UDP")]));

    private static void AssertValid(bool valid, IReadOnlyList<string> errors, string mustMention)
    {
        if (valid)
        {
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        else
        {
            Assert.NotEmpty(errors);
            Assert.Contains(errors, e => e.Contains(mustMention, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void BaselineIsValidInBothModes()
    {
        Assert.Empty(ApiValidator.Validate(Baseline()));
        Assert.Empty(ApiValidator.ValidateStrict(Baseline()));
    }

    [Theory]
    [InlineData("web-deny-all", true)]
    [InlineData("1abc", true)]
    [InlineData("abc.1", true)]
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    [InlineData("A", false)]
    [InlineData("a_b", false)]
    [InlineData("a..b", false)]
    [InlineData("web\n", false)]
    public void MetadataName(string name, bool valid)
    {
        var policy = Baseline();
        policy.Metadata.Name = name;
        AssertValid(valid, ApiValidator.Validate(policy), "metadata.name");
    }

    [Fact]
    public void MetadataNameRequiredUnlessGenerateName()
    {
        var policy = Baseline();
        policy.Metadata.Name = null;
        AssertValid(false, ApiValidator.Validate(policy), "name or generateName is required");
        policy.Metadata.GenerateName = "web-";
        AssertValid(true, ApiValidator.Validate(policy), "");
        policy.Metadata.GenerateName = "Web-";
        AssertValid(false, ApiValidator.Validate(policy), "metadata.generateName");
        policy.Metadata.Name = new string('x', 254);
        AssertValid(false, ApiValidator.Validate(policy), "no more than 253");
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("kube-system", true)]
    [InlineData("abc.1", false)]
    [InlineData("X", false)]
    [InlineData("ns\n", false)]
    public void MetadataNamespaceIsADnsLabel(string? ns, bool valid)
    {
        var policy = Baseline();
        policy.Metadata.NamespaceProperty = ns;
        AssertValid(valid, ApiValidator.Validate(policy), "metadata.namespace");
    }

    [Theory]
    [InlineData("app.kubernetes.io/name", "web", true)]
    [InlineData("A_b.c", "", true)]
    [InlineData("k8s-app", "A-b_c.d", true)]
    [InlineData("a/b/c", "web", false)]
    [InlineData("/a", "web", false)]
    [InlineData("example.com/", "web", false)]
    [InlineData("Example.com/a", "web", false)]
    [InlineData("_a", "web", false)]
    [InlineData("app", "-a", false)]
    [InlineData("app", "a b", false)]
    [InlineData("app", "a-", false)]
    public void LabelsInMetadataAndEverySelector(string key, string value, bool valid)
    {
        var labels = new Dictionary<string, string> { [key] = value };
        var inMetadata = Baseline();
        inMetadata.Metadata.Labels = labels;
        AssertValid(valid, ApiValidator.Validate(inMetadata), "metadata.labels");

        var inPodSelector = Baseline();
        inPodSelector.Spec.PodSelector = new V1LabelSelector { MatchLabels = labels };
        AssertValid(valid, ApiValidator.Validate(inPodSelector), "spec.podSelector.matchLabels");

        var inPeer = Baseline();
        inPeer.Spec.Ingress[0].FromProperty = [Peer(new V1LabelSelector { MatchLabels = labels }, new V1LabelSelector { MatchLabels = labels })];
        AssertValid(valid, ApiValidator.Validate(inPeer), "spec.ingress[0].from[0].namespaceSelector.matchLabels");
        AssertValid(valid, ApiValidator.Validate(inPeer), "spec.ingress[0].from[0].podSelector.matchLabels");
    }

    [Fact]
    public void LongLabelKeyAndValueAreRejected()
    {
        var policy = Baseline();
        policy.Metadata.Labels = new Dictionary<string, string> { [new string('k', 64)] = new string('v', 64) };
        var errors = ApiValidator.Validate(policy);
        Assert.Contains(errors, e => e.Contains("name part must be no more than 63", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("must be no more than 63 characters", StringComparison.Ordinal) && e.Contains("vvv", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In", new[] { "a" }, true)]
    [InlineData("NotIn", new[] { "a", "b" }, true)]
    [InlineData("In", new[] { "" }, true)]
    [InlineData("Exists", null, true)]
    [InlineData("DoesNotExist", new string[0], true)]
    [InlineData("In", null, false)]
    [InlineData("NotIn", new string[0], false)]
    [InlineData("Exists", new[] { "a" }, false)]
    [InlineData("DoesNotExist", new[] { "a" }, false)]
    [InlineData("in", new[] { "a" }, false)]
    [InlineData("Gt", new[] { "1" }, false)]
    [InlineData(null, new[] { "a" }, false)]
    [InlineData("In", new[] { "-a" }, false)]
    public void MatchExpressionsInEverySelector(string? op, string[]? values, bool valid)
    {
        V1LabelSelector Selector() => new()
        {
            MatchExpressions = [new V1LabelSelectorRequirement { Key = "app", OperatorProperty = op, Values = values?.ToList() }],
        };

        var spec = Baseline();
        spec.Spec.PodSelector = Selector();
        AssertValid(valid, ApiValidator.Validate(spec), "spec.podSelector.matchExpressions[0]");

        var peer = Baseline();
        peer.Spec.Egress[0].To = [Peer(Selector(), Selector())];
        AssertValid(valid, ApiValidator.Validate(peer), "spec.egress[0].to[0].namespaceSelector.matchExpressions[0]");
        AssertValid(valid, ApiValidator.Validate(peer), "spec.egress[0].to[0].podSelector.matchExpressions[0]");
    }

    [Theory]
    [InlineData("app", true)]
    [InlineData("kubernetes.io/metadata.name", true)]
    [InlineData("a/b/c", false)]
    [InlineData("", false)]
    public void MatchExpressionKeyIsALabelKey(string key, bool valid)
    {
        var policy = Baseline();
        policy.Spec.PodSelector = Expr(key, "Exists");
        AssertValid(valid, ApiValidator.Validate(policy), "spec.podSelector.matchExpressions[0].key");
    }

    [Theory]
    [InlineData("80", null, null, true)]
    [InlineData("1", null, null, true)]
    [InlineData("65535", null, null, true)]
    [InlineData("0", null, null, false)]
    [InlineData("65536", null, null, false)]
    [InlineData("-1", null, null, false)]
    [InlineData("http", null, null, true)]
    [InlineData("api-port", null, null, true)]
    [InlineData("serve-80-tcp", null, null, true)]
    [InlineData("abcdefghijklmno", null, null, true)]
    [InlineData("HTTP", null, null, false)]
    [InlineData("a--b", null, null, false)]
    [InlineData("-http", null, null, false)]
    [InlineData("http-", null, null, false)]
    [InlineData("h_1", null, null, false)]
    [InlineData("abcdefghijklmnop", null, null, false)]
    [InlineData("", null, null, false)]
    [InlineData("80", 80, null, true)]
    [InlineData("80", 81, null, true)]
    [InlineData("80", 65535, null, true)]
    [InlineData("80", 79, null, false)]
    [InlineData("80", 65536, null, false)]
    [InlineData("http", 81, null, false)]
    [InlineData(null, 81, null, false)]
    [InlineData(null, null, "UDP", true)]
    [InlineData(null, null, null, true)]
    [InlineData("80", null, "TCP", true)]
    [InlineData("80", null, "SCTP", true)]
    [InlineData("80", null, "tcp", false)]
    [InlineData("80", null, "ICMP", false)]
    public void PortEntries(string? port, int? endPort, string? protocol, bool valid)
    {
        var entry = new V1NetworkPolicyPort { Port = port is null ? null : (IntOrString)port, EndPort = endPort, Protocol = protocol };
        var ingress = Baseline();
        ingress.Spec.Ingress[0].Ports = [Port(80), entry];
        AssertValid(valid, ApiValidator.Validate(ingress), "spec.ingress[0].ports[1]");

        var egress = Baseline();
        egress.Spec.Egress[0].Ports = [entry];
        AssertValid(valid, ApiValidator.Validate(egress), "spec.egress[0].ports[0]");
    }

    [Theory]
    [InlineData("pod", true)]
    [InlineData("namespace", true)]
    [InlineData("pod+namespace", true)]
    [InlineData("ipBlock", true)]
    [InlineData("empty", false)]
    [InlineData("ipBlock+pod", false)]
    [InlineData("ipBlock+namespace", false)]
    [InlineData("ipBlock+pod+namespace", false)]
    public void PeerShapes(string shape, bool valid)
    {
        var peer = new V1NetworkPolicyPeer
        {
            PodSelector = shape.Contains("pod", StringComparison.Ordinal) ? Sel() : null,
            NamespaceSelector = shape.Contains("namespace", StringComparison.Ordinal) ? Sel() : null,
            IpBlock = shape.Contains("ipBlock", StringComparison.Ordinal) ? new V1IPBlock { Cidr = "10.0.0.0/8" } : null,
        };
        var policy = Baseline();
        policy.Spec.Ingress[0].FromProperty = [PodPeer(Sel()), peer];
        AssertValid(valid, ApiValidator.Validate(policy), "spec.ingress[0].from[1]");
    }

    [Theory]
    [InlineData("10.0.0.0/16", true, true)]
    [InlineData("2001:db8::/64", true, true)]
    [InlineData("0.0.0.0/0", true, true)]
    [InlineData("::/0", true, true)]
    [InlineData("192.168.1.1/24", true, false)]
    [InlineData("010.0.0.0/8", true, false)]
    [InlineData("10.0.0.0/08", true, false)]
    [InlineData("::ffff:10.0.0.0/104", true, false)]
    [InlineData("", false, false)]
    [InlineData("10.0.0.0", false, false)]
    [InlineData("10.0.0.0/33", false, false)]
    [InlineData("10.0.0.256/24", false, false)]
    [InlineData("10.0.0/24", false, false)]
    [InlineData("10.0.0.0/-1", false, false)]
    [InlineData("10.0.0.0/ 8", false, false)]
    [InlineData("2001:db8::/129", false, false)]
    [InlineData("fe80::1%eth0/64", false, false)]
    [InlineData("[2001:db8::]/64", false, false)]
    [InlineData("garbage", false, false)]
    public void IpBlockCidr(string cidr, bool valid, bool strictValid)
    {
        var policy = Baseline();
        policy.Spec.Egress[0].To = [Block(cidr)];
        AssertValid(valid, ApiValidator.Validate(policy), "spec.egress[0].to[0].ipBlock.cidr");
        AssertValid(strictValid, ApiValidator.ValidateStrict(policy), "spec.egress[0].to[0].ipBlock.cidr");
    }

    [Theory]
    [InlineData("10.0.0.0/16", "10.0.1.0/24", true, true)]
    [InlineData("10.0.0.0/16", "10.0.0.5/32", true, true)]
    [InlineData("10.0.0.0/16", "10.0.1.7/24", true, false)]
    [InlineData("10.0.0.0/16", "10.0.0.0/16", false, false)]
    [InlineData("10.0.0.0/16", "10.1.0.0/24", false, false)]
    [InlineData("10.0.0.0/16", "10.0.0.0/8", false, false)]
    [InlineData("10.0.0.0/16", "2001:db8::/64", false, false)]
    [InlineData("10.0.0.0/16", "nope", false, false)]
    [InlineData("2001:db8::/32", "2001:db8:1::/48", true, true)]
    [InlineData("2001:db8::/32", "2001:db8::/32", false, false)]
    [InlineData("2001:db8::/32", "10.0.0.0/24", false, false)]
    public void IpBlockExceptMustBeAStrictSubset(string cidr, string except, bool valid, bool strictValid)
    {
        var policy = Baseline();
        policy.Spec.Egress[0].To = [Block(cidr, except)];
        AssertValid(valid, ApiValidator.Validate(policy), "spec.egress[0].to[0].ipBlock.except[0]");
        AssertValid(strictValid, ApiValidator.ValidateStrict(policy), "spec.egress[0].to[0].ipBlock.except[0]");
    }

    [Fact]
    public void IpBlockCidrIsRequired()
    {
        var policy = Baseline();
        policy.Spec.Egress[0].To = [new V1NetworkPolicyPeer { IpBlock = new V1IPBlock() }];
        AssertValid(false, ApiValidator.Validate(policy), "spec.egress[0].to[0].ipBlock.cidr: Required value");
    }

    [Theory]
    [InlineData("Ingress", true, true)]
    [InlineData("Egress", true, true)]
    [InlineData("Ingress,Egress", true, true)]
    [InlineData("Egress,Ingress", true, true)]
    [InlineData("Ingress,Ingress", true, true)]
    [InlineData("Ingress,Egress,Ingress", false, false)]
    [InlineData("ingress", false, false)]
    [InlineData("Foo", false, false)]
    [InlineData(null, true, false)]
    [InlineData("", true, false)]
    public void PolicyTypes(string? csv, bool valid, bool strictValid)
    {
        var policy = Baseline();
        policy.Spec.PolicyTypes = csv?.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();
        AssertValid(valid, ApiValidator.Validate(policy), "spec.policyTypes");
        AssertValid(strictValid, ApiValidator.ValidateStrict(policy), "spec.policyTypes");
    }

    [Fact]
    public void EmptyRulesAndEmptySelectorsAreValid()
    {
        var policy = Policy("allow-all", "x", new V1LabelSelector()).WithIngress(In()).WithEgress(Out());
        Assert.Empty(ApiValidator.ValidateStrict(policy));
        policy.Spec.PodSelector = null;
        Assert.Empty(ApiValidator.Validate(policy));
    }

    [Fact]
    public void EveryProblemIsReported()
    {
        var policy = Baseline();
        policy.Metadata.Name = "Bad_Name";
        policy.Spec.Ingress[0].Ports = [Port(0), Named("HTTP")];
        policy.Spec.Egress[0].To = [new V1NetworkPolicyPeer(), Block("10.0.0.0/16", "10.0.0.0/16")];
        policy.Spec.PolicyTypes = ["Ingress", "egress"];
        var errors = ApiValidator.Validate(policy);
        foreach (var path in new[]
        {
            "metadata.name", "spec.ingress[0].ports[0].port", "spec.ingress[0].ports[1].port", "spec.egress[0].to[0]",
            "spec.egress[0].to[1].ipBlock.except[0]", "spec.policyTypes[1]",
        })
        {
            Assert.Contains(errors, e => e.StartsWith(path + ":", StringComparison.Ordinal));
        }

        Assert.Equal(7, errors.Count); // "HTTP" breaks both the charset rule and the needs-a-letter rule
    }
}
