using System.Collections.Generic;
using System.Linq;

namespace NetCfg.Properties.Tests.Topologies;

/// <summary>Transport protocols, as Kubernetes spells them.</summary>
internal enum Proto
{
    Tcp,
    Udp,
    Sctp,
}

/// <summary>A label selector operator, as Kubernetes spells it.</summary>
internal enum Op
{
    In,
    NotIn,
    Exists,
    DoesNotExist,
}

/// <summary>A declared label, or one entry of a selector.</summary>
internal sealed record LabelSpec(string Key, string Value);

/// <summary>A [MatchExpression], or one matchExpressions entry of a profile selector (values for In and NotIn only).</summary>
internal sealed record ExpressionSpec(string Key, Op Operator, IReadOnlyList<string> Values);

/// <summary>A named container port that probe pods carry: a fact of the cluster, not a declaration.</summary>
internal sealed record NamedPortSpec(string Name, int Number, Proto Protocol);

/// <summary>A [DependsOn]: target component index; Port null = every port of the protocol, unless <see cref="PortName"/>.</summary>
/// <param name="Generic">Written as [DependsOn&lt;T&gt;] rather than typeof.</param>
/// <param name="ExplicitProtocol">Protocol written out even when it is the TCP default.</param>
/// <param name="PortName">PortName = "...": a named port of the target's pods (then no Port or EndPort).</param>
internal sealed record DependencySpec(int Target, Proto Protocol, int? Port, int? EndPort, bool Generic, bool ExplicitProtocol, string? PortName = null);

/// <summary>A [Component] class. No labels and no expressions = the default selector app.kubernetes.io/name: Name.</summary>
/// <param name="ClassNamespace">The C# namespace of the class (null = global).</param>
/// <param name="SplitPartial">Attributes spread over two partial declarations of the class.</param>
/// <param name="File">Index of the source file the class is written to.</param>
/// <param name="Expressions">[MatchExpression]s (null = none).</param>
internal sealed record ComponentSpec(
    string Name,
    string ClassName,
    string? ClassNamespace,
    IReadOnlyList<LabelSpec> Labels,
    IReadOnlyList<DependencySpec> Dependencies,
    IReadOnlyList<string> Profiles,
    bool SplitPartial,
    int File,
    IReadOnlyList<ExpressionSpec>? Expressions = null)
{
    public const string DefaultSelectorKey = "app.kubernetes.io/name";

    public IReadOnlyList<ExpressionSpec> MatchExpressions => Expressions ?? System.Array.Empty<ExpressionSpec>();

    /// <summary>The matchLabels the config means for this component: its labels, or the default one when it declares no selector at all.</summary>
    public IReadOnlyList<LabelSpec> Selector =>
        Labels.Count == 0 && MatchExpressions.Count == 0 ? new[] { new LabelSpec(DefaultSelectorKey, Name) } : Labels;

    public string QualifiedClassName => "global::" + (ClassNamespace is null ? string.Empty : ClassNamespace + ".") + ClassName;
}

/// <summary>A port entry of a profile rule. Protocol null = omitted (TCP); <see cref="Name"/> = a named port.</summary>
internal sealed record PortEntrySpec(Proto? Protocol, int? Port, int? EndPort, string? Name = null);

/// <summary>A peer of a profile rule.</summary>
internal abstract record PeerSpec;

/// <summary>An ipBlock with canonical CIDRs; every except strictly inside.</summary>
internal sealed record IpBlockPeer(Cidr Cidr, IReadOnlyList<Cidr> Except) : PeerSpec;

/// <summary>namespaceSelector and/or podSelector (at least one of them, neither empty); each with labels and/or expressions.</summary>
internal sealed record SelectorPeer(
    IReadOnlyList<LabelSpec>? NamespaceLabels,
    IReadOnlyList<LabelSpec>? PodLabels,
    IReadOnlyList<ExpressionSpec>? NamespaceExpressions = null,
    IReadOnlyList<ExpressionSpec>? PodExpressions = null) : PeerSpec
{
    public bool HasNamespaceSelector => NamespaceLabels is not null || NamespaceExpressions is not null;

    public bool HasPodSelector => PodLabels is not null || PodExpressions is not null;
}

/// <summary>One rule: non-empty peers; no ports = every port of every protocol.</summary>
internal sealed record ProfileRuleSpec(IReadOnlyList<PeerSpec> Peers, IReadOnlyList<PortEntrySpec> Ports);

/// <summary>A NetworkProfile document, in file <see cref="File"/>: egress <see cref="Rules"/> and <see cref="Ingress"/> rules.</summary>
internal sealed record ProfileSpec(string Name, IReadOnlyList<ProfileRuleSpec> Rules, int File, IReadOnlyList<ProfileRuleSpec>? Ingress = null)
{
    public IReadOnlyList<ProfileRuleSpec> IngressRules => Ingress ?? System.Array.Empty<ProfileRuleSpec>();

    public IEnumerable<ProfileRuleSpec> AllRules => Rules.Concat(IngressRules);
}

/// <summary>The DNS build properties as MSBuild passes them (null = not set): NetCfgDns, NetCfgDnsNamespace, NetCfgDnsPodLabel, NetCfgDnsPort.</summary>
internal sealed record DnsOptionSpec(string? Mode, string? Namespace, string? PodLabel, string? Port);

/// <summary>How the C# is laid out: number of files; options value for NetCfgAllowDns (null = not set); the other DNS properties.</summary>
internal sealed record Layout(int SourceFiles, int ProfileFiles, string? AllowDnsOption, DnsOptionSpec? Dns = null);

/// <summary>A whole random declaration set: the config, its components and the profiles they may use.</summary>
/// <param name="ExtraSource">More C# appended to the first file (used to break a topology on purpose).</param>
/// <param name="ExtraProfileFiles">More NetworkProfile files, as raw text (used to break a topology on purpose).</param>
/// <param name="PodPorts">The named container ports the probe pods carry (null = none).</param>
internal sealed record Topology(
    string ConfigName,
    string? Namespace,
    IReadOnlyList<ComponentSpec> Components,
    IReadOnlyList<ProfileSpec> Profiles,
    Layout Layout,
    string? ExtraSource = null,
    IReadOnlyList<string>? ExtraProfileFiles = null,
    IReadOnlyList<NamedPortSpec>? PodPorts = null)
{
    /// <summary>A dependency target index that names a class without [Component].</summary>
    public const int NotAComponent = -1;

    public const string NotAComponentClass = "NotAComponent";

    public const string DefaultNamespace = "default";

    /// <summary>The namespace every emitted object lives in.</summary>
    public string EffectiveNamespace => Namespace ?? DefaultNamespace;

    /// <summary>Whether components get any DNS egress (see <see cref="DnsExpectation"/>).</summary>
    public bool AllowDns => DnsExpectation.Of(Layout).Mode != DnsExpectation.Modes.None;

    public IReadOnlyList<NamedPortSpec> NamedPorts => PodPorts ?? System.Array.Empty<NamedPortSpec>();

    public ProfileSpec Profile(string name) => Profiles.Single(p => p.Name == name);

    /// <summary>True when a dependency or a profile rule names a port: probe pods then differ by their container ports.</summary>
    public bool UsesNamedPorts =>
        Components.Any(c => c.Dependencies.Any(d => d.PortName is not null))
        || Profiles.SelectMany(p => p.AllRules).SelectMany(r => r.Ports).Any(p => p.Name is not null);
}
