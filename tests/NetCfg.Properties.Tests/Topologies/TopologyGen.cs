using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using CsCheck;

namespace NetCfg.Properties.Tests.Topologies;

/// <summary>CsCheck generators for valid random topologies (never duplicate names, never the reserved "default-deny").</summary>
internal static class TopologyGen
{
    /// <summary>Label keys and values drawn from small pools, so selectors overlap and pods often match several components.</summary>
    public static readonly string[] LabelKeys = { "app", "tier", "app.kubernetes.io/name", "team", "example.com/role", "k8s-app" };

    public static readonly string[] LabelValues = { "web", "db", "a", "b", "1", "x.y", "A_b-c", "kube-dns" };

    /// <summary>Namespaces the probes use besides the config's; a config never lives in them.</summary>
    public const string OtherNamespace = "other";

    public const string KubeSystem = "kube-system";

    private static readonly string[] NameWords = { "api", "db", "web", "cache", "worker", "a", "x9", "frontend-v2", "very-long-component-name-for-the-policy-file-name-0123" };

    public static readonly Gen<int> PortNumber = Gen.Frequency(
        (5, Gen.OneOfConst(80, 443, 8080, 5432, 53, 9090, 22)),
        (1, Gen.OneOfConst(1, 65535)),
        (1, Gen.Int[1, 65535]));

    public static readonly Gen<Proto> Protocol = Gen.FrequencyConst((4, Proto.Tcp), (2, Proto.Udp), (1, Proto.Sctp));

    /// <summary>(Port, EndPort): none (every port), single, or an inclusive range (sometimes of one port).</summary>
    public static readonly Gen<(int? Port, int? EndPort)> PortRange = Gen.Frequency(
        (1, Gen.Const(((int?)null, (int?)null))),
        (4, PortNumber.Select(p => ((int?)p, (int?)null))),
        (2, Gen.Select(PortNumber, Gen.Frequency((3, Gen.Int[0, 20]), (1, Gen.Int[0, 65534])), (p, w) => ((int?)p, (int?)System.Math.Min(65535, p + w)))));

    public static readonly Gen<string> ConfigName = Gen.Frequency(
        (3, Gen.Const("my-app-network-config")),
        (2, Gen.OneOfConst("c", "shop.network", "0config", "a.b-c.d")),
        (1, Gen.Int[180, 252].Select(LongSubdomain)));

    public static readonly Gen<string?> Namespace = Gen.Frequency(
        (3, Gen.Const((string?)null)),
        (3, Gen.OneOfConst<string?>("shop", "team-a", "default", "x")),
        (1, Gen.Int[1, 63].Select(n => (string?)("n" + new string('s', n - 1)))));

    public static readonly Gen<Layout> LayoutGen = Gen.Select(
        Gen.Int[1, 3],
        Gen.Int[1, 2],
        Gen.FrequencyConst<string?>((3, null), (1, "true"), (2, "false"), (1, "False"), (1, " FALSE ")),
        (s, p, d) => new Layout(s, p, d));

    private static string LongSubdomain(int length)
    {
        var text = string.Concat(Enumerable.Range(0, length).Select(i => i % 20 == 19 ? '.' : (char)('a' + (i % 26))));
        return text.TrimEnd('.');
    }

    // Unique names by index; class names unique too.
    private static IReadOnlyList<ComponentSpec> Name(ComponentSpec[] components, string[] words) =>
        components.Select((c, i) =>
        {
            var name = words[i] + "-" + i;
            if (name.Length > 63) name = name.Substring(name.Length - 63).TrimStart('-');
            return c with { Name = name, ClassName = "Component" + i };
        }).ToList();

    private static Gen<ComponentSpec> Component(int count, string[] profileNames, int sourceFiles, bool features) =>
        from labels in Labels
        from expressions in features ? FeatureGen.ComponentExpressions(labels) : Gen.Const((IReadOnlyList<ExpressionSpec>?)null)
        from dependencyCount in Gen.FrequencyConst((2, 0), (3, 1), (2, 2), (1, 4))
        from dependencies in (features ? Gen.Frequency((4, Dependency(count)), (1, FeatureGen.NamedDependency(count))) : Dependency(count)).Array[dependencyCount]
        from profiles in profileNames.Length == 0
            ? Gen.Const(System.Array.Empty<string>())
            : from n in Gen.FrequencyConst((2, 0), (2, 1), (1, 2))
              from names in Gen.OneOfConst(profileNames).Array[n]
              select names
        from classNamespace in Gen.OneOfConst<string?>(null, "App", "App.Inner")
        from split in Gen.Frequency((4, Gen.Const(false)), (1, Gen.Const(true)))
        from file in Gen.Int[0, sourceFiles - 1]
        select new ComponentSpec(string.Empty, string.Empty, classNamespace, labels, dependencies, profiles, split, file, expressions);

    /// <summary>0 labels (default selector) or 1-3 labels with distinct keys.</summary>
    public static readonly Gen<IReadOnlyList<LabelSpec>> Labels = Gen.Frequency(
        (1, Gen.Const((IReadOnlyList<LabelSpec>)System.Array.Empty<LabelSpec>())),
        (4, from keys in Gen.Shuffle(LabelKeys, 1, 3)
            from values in Gen.OneOfConst(LabelValues).Array[keys.Length]
            select (IReadOnlyList<LabelSpec>)keys.Select((k, i) => new LabelSpec(k, values[i])).ToList()));

    private static Gen<DependencySpec> Dependency(int count) =>
        from target in Gen.Int[0, count - 1]
        from protocol in Protocol
        from range in PortRange
        from generic in Gen.Bool
        from explicitProtocol in Gen.Bool
        select new DependencySpec(target, protocol, range.Port, range.EndPort, generic, explicitProtocol);

    private static Gen<IReadOnlyList<ProfileSpec>> Profiles(string configNamespace, int files, bool features) =>
        from count in Gen.FrequencyConst((2, 0), (3, 1), (2, 2), (1, 4))
        from rules in (features ? FeatureGen.Directions(configNamespace) : Rule(configNamespace, false).Array[1, 3].Select(r => (r, (ProfileRuleSpec[]?)null))).Array[count]
        from fileOf in Gen.Int[0, files - 1].Array[count]
        select (IReadOnlyList<ProfileSpec>)rules.Select((r, i) => new ProfileSpec("profile-" + i, r.Item1, fileOf[i], r.Item2)).ToList();

    /// <summary>An egress rule; with <paramref name="features"/> its peers may use expressions and, without ipBlocks, its ports names.</summary>
    public static Gen<ProfileRuleSpec> Rule(string configNamespace, bool features) =>
        from peers in Peer(configNamespace, features).Array[1, 3]
        from portCount in Gen.FrequencyConst((2, 0), (3, 1), (1, 3))
        from ports in (features && !peers.OfType<IpBlockPeer>().Any() ? FeatureGen.PortEntry : PortEntry).Array[portCount]
        select new ProfileRuleSpec(peers, ports);

    public static readonly Gen<PortEntrySpec> PortEntry =
        from protocol in Gen.FrequencyConst<Proto?>((1, null), (2, Proto.Tcp), (2, Proto.Udp), (1, Proto.Sctp))
        from range in PortRange
        select new PortEntrySpec(protocol, range.Port, range.EndPort);

    public static Gen<PeerSpec> Peer(string configNamespace, bool features) => Gen.Frequency(
        (5, IpBlock(v6: false)),
        (1, IpBlock(v6: true)),
        (2, features ? FeatureGen.SelectorPeer(configNamespace) : SelectorPeerGen(configNamespace)));

    /// <summary>A canonical CIDR (host bits cleared) with 0-2 excepts strictly inside it.</summary>
    private static Gen<PeerSpec> IpBlock(bool v6)
    {
        var bits = v6 ? 128 : 32;
        var prefix = v6
            ? Gen.Frequency((3, Gen.OneOfConst(32, 48, 64, 128)), (1, Gen.Int[0, 128]))
            : Gen.Frequency((3, Gen.OneOfConst(8, 16, 24, 32)), (1, Gen.Int[0, 32]));
        var address = v6
            ? Gen.Select(Gen.ULong, Gen.ULong, (hi, lo) => (((BigInteger)hi << 64) | lo) | (BigInteger.One << 125)) // keep clear of ::/96 and ::ffff:0:0/96
            : Gen.Frequency(
                (2, Gen.ULong.Select(x => (BigInteger)(0x0A00_0000UL | (x & 0x00FF_FFFFUL)))), // 10.0.0.0/8, where the pods are
                (3, Gen.ULong.Select(x => (BigInteger)(x & 0xFFFF_FFFFUL))));
        return from p in prefix
               from a in address
               let cidr = Cidr.Of(v6, a, p)
               from excepts in p == bits
                   ? Gen.Const(System.Array.Empty<Cidr>())
                   : from n in Gen.FrequencyConst((2, 0), (2, 1), (1, 2))
                     from e in Except(cidr, bits).Array[n]
                     select e
               select (PeerSpec)new IpBlockPeer(cidr, excepts);
    }

    private static Gen<Cidr> Except(Cidr cidr, int bits) =>
        from p in Gen.Int[cidr.Prefix + 1, bits]
        from offset in Gen.Select(Gen.ULong, Gen.ULong, (hi, lo) => ((BigInteger)hi << 64) | lo)
        select Cidr.Of(cidr.IsV6, cidr.Network + (offset % cidr.Size), p);

    private static Gen<PeerSpec> SelectorPeerGen(string configNamespace)
    {
        var nsLabels = Gen.FrequencyConst<IReadOnlyList<LabelSpec>?>(
            (1, null),
            (1, new[] { new LabelSpec("kubernetes.io/metadata.name", OtherNamespace) }),
            (1, new[] { new LabelSpec("kubernetes.io/metadata.name", KubeSystem) }),
            (1, new[] { new LabelSpec("kubernetes.io/metadata.name", configNamespace) }),
            (1, new[] { new LabelSpec("team", "platform") }));
        var podLabels = Gen.Frequency(
            (1, Gen.Const((IReadOnlyList<LabelSpec>?)null)),
            (1, Gen.Const((IReadOnlyList<LabelSpec>?)new[] { new LabelSpec("k8s-app", "kube-dns") })),
            (2, Labels.Where(l => l.Count > 0).Select(l => (IReadOnlyList<LabelSpec>?)l.Take(2).ToList())));
        return Gen.Select(nsLabels, podLabels, (n, p) => (PeerSpec)new SelectorPeer(n, n is null && p is null ? new[] { new LabelSpec("app", "web") } : p));
    }

    /// <summary>
    /// A valid topology of the first release's features: 1-30 components with labels, numbered dependencies, egress
    /// profiles and DNS on or off. (The review's property uses it: its endpoints know only these.)
    /// </summary>
    public static readonly Gen<Topology> Valid = Topologies(features: false);

    /// <summary>
    /// A valid topology of every feature: also [MatchExpression]s, named ports (and the container ports the probe pods
    /// carry), ingress profiles, selector expressions in profile peers, and the DNS variants and overrides.
    /// </summary>
    public static readonly Gen<Topology> Full = Topologies(features: true);

    private static Gen<Topology> Topologies(bool features) =>
        from componentCount in Gen.Frequency((10, Gen.Int[1, 5]), (5, Gen.Int[6, 12]), (1, Gen.Int[13, 30]))
        from configName in ConfigName
        from ns in Namespace
        from layout in features ? FeatureGen.Layout : LayoutGen
        from podPorts in features ? FeatureGen.PodPorts : Gen.Const((IReadOnlyList<NamedPortSpec>?)null)
        from profiles in Profiles(ns ?? Topology.DefaultNamespace, layout.ProfileFiles, features)
        from components in Component(componentCount, profiles.Select(p => p.Name).ToArray(), layout.SourceFiles, features).Array[componentCount]
        from words in Gen.OneOfConst(NameWords).Array[componentCount]
        select new Topology(configName, ns, Name(components, words), profiles, layout, PodPorts: podPorts);
}
