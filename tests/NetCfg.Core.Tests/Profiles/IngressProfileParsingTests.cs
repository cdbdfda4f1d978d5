using System.Linq;
using NetCfg.Core.Model;
using NetCfg.TestKit;
using Xunit;
using static NetCfg.Core.Tests.FeatureFixtures;

namespace NetCfg.Core.Tests;

/// <summary>
/// spec.ingress of a NetworkProfile: every peer shape the README allows is read exactly; every other shape is refused
/// at its line and column, and a file with any problem yields no profile at all.
/// </summary>
public sealed class IngressProfileParsingTests
{
    private const string EveryPeerShape = """
          ingress:
            - from:
                - ipBlock:
                    cidr: 10.0.0.0/8
                    except: [10.2.0.0/16, 10.1.0.0/16]
                - namespaceSelector:
                    matchLabels: {team: platform}
                - podSelector:
                    matchLabels: {app: monitor}
                - namespaceSelector:
                    matchLabels: {kubernetes.io/metadata.name: monitoring}
                  podSelector:
                    matchExpressions:
                      - {key: app, operator: In, values: [prometheus, grafana]}
                      - {key: canary, operator: DoesNotExist}
              ports:
                - port: metrics
                - protocol: UDP
                  port: 8125
            - from: [{ipBlock: {cidr: 2001:db8::/32}}]

        """;

    [Fact]
    public void EveryPeerShapeIsReadExactly()
    {
        var file = Parse(ProfileYaml.Head("p") + EveryPeerShape);
        Assert.Empty(file.Errors);
        var profile = Assert.Single(file.Profiles);
        Assert.Empty(profile.Egress);
        Assert.Equal(2, profile.Ingress.Count);
        var rule = profile.Ingress[0];
        Assert.Equal(
            new[]
            {
                new Peer(new IpBlock("10.0.0.0/8", new[] { "10.1.0.0/16", "10.2.0.0/16" }.ToEquatableArray()), null, null),
                new Peer(null, Labels(("team", "platform")), null),
                new Peer(null, null, Labels(("app", "monitor"))),
                new Peer(
                    null,
                    Labels(("kubernetes.io/metadata.name", "monitoring")),
                    new Selector(
                        EquatableArray<Label>.Empty,
                        new[]
                        {
                            new Requirement("app", LabelOperator.In, new[] { "grafana", "prometheus" }.ToEquatableArray()),
                            new Requirement("canary", LabelOperator.DoesNotExist, EquatableArray<string>.Empty),
                        }.ToEquatableArray())),
            },
            rule.Peers);
        Assert.Equal(new[] { new PortSpec(Protocol.Tcp, null, null, "metrics"), new PortSpec(Protocol.Udp, 8125, null) }, rule.Ports);
        Assert.Equal(new Peer(new IpBlock("2001:db8::/32", EquatableArray<string>.Empty), null, null), Assert.Single(profile.Ingress[1].Peers));
        Assert.Empty(profile.Ingress[1].Ports); // no ports: every port of every protocol
    }

    [Fact]
    public void AProfileMayHoldEgressAndIngress()
    {
        var file = Parse(ProfileYaml.Head("p") + "  egress:\n    - to: [{ipBlock: {cidr: 1.1.1.1/32}}]\n" + "  ingress:\n    - from: [{podSelector: {matchLabels: {app: a}}}]\n");
        var profile = Assert.Single(file.Profiles);
        Assert.Equal("1.1.1.1/32", Assert.Single(Assert.Single(profile.Egress).Peers).IpBlock!.Cidr);
        Assert.Equal(Labels(("app", "a")), Assert.Single(Assert.Single(profile.Ingress).Peers).PodSelector);
    }

    [Theory]
    [InlineData("  egress:\n    - to: [{podSelector: {matchLabels: {app: db}}}]\n      ports: [{port: postgres}]\n")] // the destination pod names it
    [InlineData("  egress:\n    - to: [{namespaceSelector: {matchLabels: {team: x}}}]\n      ports: [{protocol: UDP, port: dns}]\n")]
    [InlineData("  ingress:\n    - from: [{ipBlock: {cidr: 10.0.0.0/8}}]\n      ports: [{port: metrics}]\n")] // this component's pods name it
    [InlineData("  ingress:\n    - from: [{podSelector: {matchLabels: {app: a}}}]\n      ports: [{port: \"http\"}]\n")] // a quoted name is the same string
    [InlineData("  ingress:\n    - from: [{podSelector: {matchLabels: {app: a}}}]\n      ports: [{port: abcdefghijklmno}]\n")] // 15 characters
    public void NamedPortsAreReadWhereAPodResolvesThem(string spec)
    {
        var file = Parse(ProfileYaml.Head("p") + spec);
        Assert.Empty(file.Errors);
        var profile = Assert.Single(file.Profiles);
        var port = Assert.Single(profile.Egress.Concat(profile.Ingress).Single().Ports);
        Assert.NotNull(port.Name);
        Assert.Null(port.Port);
        Assert.Null(port.EndPort);
    }

    public static TheoryData<string, int, int, string> Refused() => new()
    {
        { "  ingress:\n    - ports: [{port: 80}]\n", 7, 7, "an ingress rule needs a non-empty 'from': without it the rule allows every source" },
        { "  ingress:\n    - from: []\n", 7, 7, "an ingress rule needs a non-empty 'from'" },
        { "  ingress:\n    - to: [{ipBlock: {cidr: 10.0.0.0/8}}]\n", 7, 7, "unknown key 'to' (expected from, ports)" },
        { "  ingress:\n    - from: [{}]\n", 7, 14, "a peer must set ipBlock, namespaceSelector or podSelector" },
        { "  ingress:\n    - from:\n        - ipBlock: {cidr: 10.0.0.0/8}\n          podSelector: {matchLabels: {app: a}}\n", 8, 11, "ipBlock may not be combined with a selector in one peer" },
        { "  ingress:\n    - from:\n        - podSelector: {}\n", 8, 24, "an empty podSelector selects everything" },
        { "  ingress:\n    - from:\n        - namespaceSelector: {}\n", 8, 30, "an empty namespaceSelector selects everything" },
        { "  ingress:\n    - from:\n        - namespaceSelector: {matchLabels: {}}\n", 8, 30, "an empty namespaceSelector selects everything" },
        { "  ingress:\n    - from:\n        - podSelector: {matchLabels: {app: a}, color: red}\n", 8, 48, "unknown key 'color'" },
        { "  ingress:\n    - from: {ipBlock: {cidr: 10.0.0.0/8}}\n", 7, 13, "from must be a list" },
        { "  ingress: {}\n", 6, 12, "spec.ingress must be a list" },
        { "  ingress:\n    - allow-all\n", 7, 7, "an ingress rule must be a mapping" },
        { "  ingres: []\n", 6, 3, "unknown key 'ingres' (expected egress, ingress)" },
        { "  ingress:\n    - from:\n        - ipBlock: {cidr: 10.0.0.1/8}\n", 8, 27, "did you mean '10.0.0.0/8'" },
        { "  ingress:\n    - from:\n        - ipBlock: {cidr: 10.0.0.0/16, except: [10.0.0.0/16]}\n", 8, 49, "strictly inside" },
        { Ports("port: HTTP"), 9, 17, "port name 'HTTP' is not valid (1-15 lowercase letters" },
        { Ports("port: abcdefghijklmnop"), 9, 17, "port name 'abcdefghijklmnop' is not valid" },
        { Ports("port: a--b"), 9, 17, "port name 'a--b' is not valid" },
        { Ports("port: http-"), 9, 17, "port name 'http-' is not valid" },
        { Ports("port: http\n          endPort: 90"), 9, 11, "endPort cannot be used with a named port" },
        { Ports("port: \"80\""), 9, 17, "port must be a number from 1 to 65535 or a port name" },
        { Ports("port: on"), 9, 17, "'on' is a boolean to YAML 1.1 readers" },
        { Ports("port: 0"), 9, 11, "port 0 is outside 1-65535" },
        { Ports("protocol: ICMP"), 9, 21, "protocol 'ICMP' must be TCP, UDP or SCTP" },
        { "  egress:\n    - to:\n        - podSelector: {matchLabels: {app: a}}\n        - ipBlock: {cidr: 10.0.0.0/8}\n      ports:\n        - port: http\n", 11, 11, "named port 'http' cannot match an ipBlock destination" },
        { Expression("{key: app, operator: in, values: [a]}"), 10, 38, "operator 'in' must be In, NotIn, Exists or DoesNotExist" },
        { Expression("{key: app, operator: In}"), 10, 17, "operator In needs at least one value" },
        { Expression("{key: app, operator: NotIn, values: []}"), 10, 17, "operator NotIn needs at least one value" },
        { Expression("{key: app, operator: Exists, values: [a]}"), 10, 17, "operator Exists takes no values" },
        { Expression("{key: app, operator: DoesNotExist, values: [a]}"), 10, 17, "operator DoesNotExist takes no values" },
        { Expression("{operator: Exists}"), 10, 17, "'key' is required" },
        { Expression("{key: app}"), 10, 17, "'operator' is required" },
        { Expression("{key: -app, operator: Exists}"), 10, 23, "key '-app': " },
        { Expression("{key: app, operator: In, values: [-a]}"), 10, 51, "value '-a': " },
        { Expression("{key: app, operator: Exists, value: x}"), 10, 46, "unknown key 'value' (expected key, operator, values)" },
        { Expression("[app, Exists]"), 10, 17, "a match expression must be a mapping" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void EveryOtherShapeIsRefusedAtItsLineAndColumn(string spec, int line, int column, string message)
    {
        var file = Parse(ProfileYaml.Head("p") + spec);
        Assert.Empty(file.Profiles);
        Assert.Contains(file.Errors, e => e.Message.Contains(message, System.StringComparison.Ordinal) && (e.Line, e.Column) == (line, column));
    }

    [Fact]
    public void AProfileWithNeitherDirectionIsRefused()
    {
        var file = Parse(ProfileYaml.Head("p").Replace("spec:\n", "spec: {}\n", System.StringComparison.Ordinal));
        var error = Assert.Single(file.Errors);
        Assert.Equal(("a profile needs spec.egress, spec.ingress or both", 5, 7), (error.Message, error.Line, error.Column));
    }

    [Fact]
    public void OneBadIngressRuleDropsTheWholeFile()
    {
        var file = Parse(ProfileYaml.Head("good") + EveryPeerShape + "---\n" + ProfileYaml.Head("bad") + "  ingress:\n    - from: []\n");
        Assert.Empty(file.Profiles);
        Assert.Equal(26 + 7, Assert.Single(file.Errors).Line); // the second document starts on line 27
    }

    private static string Ports(string entry) => "  ingress:\n    - from: [{podSelector: {matchLabels: {app: a}}}]\n      ports:\n        - " + entry + "\n";

    private static string Expression(string entry) =>
        "  ingress:\n    - from:\n        - podSelector:\n            matchExpressions:\n              - " + entry + "\n";

    private static Selector Labels(params (string Key, string Value)[] labels) =>
        new(labels.Select(l => new Label(l.Key, l.Value)).ToEquatableArray());
}
