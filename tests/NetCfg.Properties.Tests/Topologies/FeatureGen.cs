using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace NetCfg.Properties.Tests.Topologies;

/// <summary>
/// Generators for issue 11's features, always valid: [MatchExpression]s, named ports (and the container ports pods
/// carry), ingress profile rules, expressions in profile peers, and the DNS build properties.
/// </summary>
internal static class FeatureGen
{
    /// <summary>Names pods may give their container ports; "absent" is never given, so a dependency on it allows nothing.</summary>
    public static readonly string[] PortNames = { "http", "grpc", "metrics", "dns", "web-8080" };

    public const string AbsentPortName = "absent";

    public static readonly Gen<IReadOnlyList<NamedPortSpec>?> PodPorts =
        from names in Gen.Shuffle(PortNames, 1, 4)
        from numbers in TopologyGen.PortNumber.Array[names.Length]
        from protocols in Gen.FrequencyConst((4, Proto.Tcp), (2, Proto.Udp), (1, Proto.Sctp)).Array[names.Length]
        select (IReadOnlyList<NamedPortSpec>?)names.Select((n, i) => new NamedPortSpec(n, numbers[i], protocols[i])).ToList();

    private static readonly Gen<string> PortName = Gen.Frequency((6, Gen.OneOfConst(PortNames)), (1, Gen.Const(AbsentPortName)));

    /// <summary>[DependsOn(..., PortName = "...")]: a name, a protocol, no Port.</summary>
    public static Gen<DependencySpec> NamedDependency(int count) =>
        from target in Gen.Int[0, count - 1]
        from protocol in TopologyGen.Protocol
        from name in PortName
        from generic in Gen.Bool
        from explicitProtocol in Gen.Bool
        select new DependencySpec(target, protocol, null, null, generic, explicitProtocol, name);

    /// <summary>A port entry of a rule whose destinations are pods: a number, a range, every port, or a name.</summary>
    public static readonly Gen<PortEntrySpec> PortEntry = Gen.Frequency(
        (3, TopologyGen.PortEntry),
        (2, from protocol in Gen.FrequencyConst<Proto?>((2, null), (2, Proto.Tcp), (1, Proto.Udp), (1, Proto.Sctp))
            from name in PortName
            select new PortEntrySpec(protocol, null, null, name)));

    private static readonly Gen<ExpressionSpec> Expression =
        from key in Gen.OneOfConst(TopologyGen.LabelKeys)
        from op in Gen.FrequencyConst((3, Op.In), (2, Op.NotIn), (2, Op.Exists), (1, Op.DoesNotExist))
        from values in Gen.Shuffle(TopologyGen.LabelValues, 1, 3)
        select new ExpressionSpec(key, op, op is Op.In or Op.NotIn ? values : System.Array.Empty<string>());

    /// <summary>0-3 expressions with distinct keys; with no labels, at least one In or Exists (NETCFG006 otherwise).</summary>
    public static Gen<IReadOnlyList<ExpressionSpec>?> ComponentExpressions(IReadOnlyList<LabelSpec> labels) => Gen.Frequency(
        (3, Gen.Const((IReadOnlyList<ExpressionSpec>?)null)),
        (2, Expression.Array[1, 3].Select(e => (IReadOnlyList<ExpressionSpec>?)Positive(e.GroupBy(x => x.Key).Select(g => g.First()).ToList(), labels.Count > 0))));

    private static IReadOnlyList<ExpressionSpec> Positive(List<ExpressionSpec> expressions, bool hasLabels) =>
        hasLabels || expressions.Any(e => e.Operator is Op.In or Op.Exists)
            ? expressions
            : expressions.Select((e, i) => i == 0 ? e with { Operator = Op.Exists, Values = System.Array.Empty<string>() } : e).ToList();

    /// <summary>A profile's egress and ingress rules: 0-3 and 0-2, at least one in all.</summary>
    public static Gen<(ProfileRuleSpec[] Egress, ProfileRuleSpec[]? Ingress)> Directions(string configNamespace) =>
        from egress in TopologyGen.Rule(configNamespace, features: true).Array[0, 3]
        from ingress in IngressRule(configNamespace).Array[egress.Length == 0 ? 1 : 0, 2]
        select (egress, (ProfileRuleSpec[]?)ingress);

    /// <summary>An ingress rule: any peers; names are fine in its ports (they name this component's own ports).</summary>
    private static Gen<ProfileRuleSpec> IngressRule(string configNamespace) =>
        from peers in TopologyGen.Peer(configNamespace, features: true).Array[1, 3]
        from portCount in Gen.FrequencyConst((2, 0), (3, 1), (1, 3))
        from ports in PortEntry.Array[portCount]
        select new ProfileRuleSpec(peers, ports);

    /// <summary>A selector peer whose namespace and pod selectors may use expressions; never an empty selector.</summary>
    public static Gen<PeerSpec> SelectorPeer(string configNamespace)
    {
        const string name = "kubernetes.io/metadata.name";
        var nsSelector = Gen.FrequencyConst<(IReadOnlyList<LabelSpec>?, IReadOnlyList<ExpressionSpec>?)>(
            (3, (null, null)),
            (1, (new[] { new LabelSpec(name, TopologyGen.OtherNamespace) }, null)),
            (1, (new[] { new LabelSpec(name, configNamespace) }, null)),
            (1, (new[] { new LabelSpec(name, TopologyGen.KubeSystem) }, null)),
            (1, (new[] { new LabelSpec("team", "platform") }, null)),
            (1, (null, new[] { new ExpressionSpec(name, Op.In, new[] { TopologyGen.OtherNamespace, TopologyGen.KubeSystem }) })),
            (1, (null, new[] { new ExpressionSpec(name, Op.NotIn, new[] { configNamespace }) })),
            (1, (null, new[] { new ExpressionSpec("team", Op.Exists, System.Array.Empty<string>()) })));
        var podSelector = Gen.Frequency(
            (1, Gen.Const<(IReadOnlyList<LabelSpec>?, IReadOnlyList<ExpressionSpec>?)>((null, null))),
            (1, Gen.Const<(IReadOnlyList<LabelSpec>?, IReadOnlyList<ExpressionSpec>?)>((new[] { new LabelSpec("k8s-app", "kube-dns") }, null))),
            (2, TopologyGen.Labels.Where(l => l.Count > 0).Select(l => ((IReadOnlyList<LabelSpec>?)l.Take(2).ToList(), (IReadOnlyList<ExpressionSpec>?)null))),
            (2, from labels in TopologyGen.Labels
                from expressions in Expression.Array[1, 2]
                select ((IReadOnlyList<LabelSpec>?)(labels.Count == 0 ? null : labels.Take(1).ToList()), (IReadOnlyList<ExpressionSpec>?)expressions.GroupBy(e => e.Key).Select(g => g.First()).ToList())));
        return Gen.Select(nsSelector, podSelector, (n, p) => n.Item1 is null && n.Item2 is null && p.Item1 is null && p.Item2 is null
            ? (PeerSpec)new SelectorPeer(null, new[] { new LabelSpec("app", "web") })
            : new SelectorPeer(n.Item1, p.Item1, n.Item2, p.Item2));
    }

    /// <summary>The layout with the DNS properties: a mode, overrides, and NetCfgAllowDns only where it does not contradict the mode.</summary>
    public static readonly Gen<Layout> Layout =
        from layout in TopologyGen.LayoutGen
        from mode in Gen.FrequencyConst<string?>((4, null), (1, "KubeDns"), (2, "nodelocal"), (1, " NodeLocal "), (2, "None"))
        from ns in Gen.FrequencyConst<string?>((3, null), (1, "kube-system"), (2, "openshift-dns"), (1, "dns"))
        from label in Gen.FrequencyConst<string?>((3, null), (1, "k8s-app=kube-dns"), (2, "dns.operator.openshift.io/daemonset-dns=default"), (1, "k8s-app=coredns"))
        from port in Gen.FrequencyConst<string?>((3, null), (1, "53"), (2, "5353"), (1, " 1053 "))
        from allow in Gen.FrequencyConst<string?>((3, null), (1, "true"), (1, "TRUE"))
        select layout with
        {
            AllowDnsOption = mode is null || mode.Trim() == "None" ? layout.AllowDnsOption : allow,
            Dns = new DnsOptionSpec(mode, ns, label, port),
        };
}
