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

/// <summary>A declared label, or one entry of a selector.</summary>
internal sealed record LabelSpec(string Key, string Value);

/// <summary>A [DependsOn]: target component index; Port null = every port of the protocol.</summary>
/// <param name="Generic">Written as [DependsOn&lt;T&gt;] rather than typeof.</param>
/// <param name="ExplicitProtocol">Protocol written out even when it is the TCP default.</param>
internal sealed record DependencySpec(int Target, Proto Protocol, int? Port, int? EndPort, bool Generic, bool ExplicitProtocol);

/// <summary>A [Component] class. No labels = the default selector app.kubernetes.io/name: Name.</summary>
/// <param name="ClassNamespace">The C# namespace of the class (null = global).</param>
/// <param name="SplitPartial">Attributes spread over two partial declarations of the class.</param>
/// <param name="File">Index of the source file the class is written to.</param>
internal sealed record ComponentSpec(
    string Name,
    string ClassName,
    string? ClassNamespace,
    IReadOnlyList<LabelSpec> Labels,
    IReadOnlyList<DependencySpec> Dependencies,
    IReadOnlyList<string> Profiles,
    bool SplitPartial,
    int File)
{
    public const string DefaultSelectorKey = "app.kubernetes.io/name";

    /// <summary>The pod selector the config means for this component.</summary>
    public IReadOnlyList<LabelSpec> Selector => Labels.Count == 0 ? new[] { new LabelSpec(DefaultSelectorKey, Name) } : Labels;

    public string QualifiedClassName => "global::" + (ClassNamespace is null ? string.Empty : ClassNamespace + ".") + ClassName;
}

/// <summary>A port entry of a profile rule. Protocol null = omitted (TCP).</summary>
internal sealed record PortEntrySpec(Proto? Protocol, int? Port, int? EndPort);

/// <summary>A peer of a profile egress rule.</summary>
internal abstract record PeerSpec;

/// <summary>An ipBlock with canonical CIDRs; every except strictly inside.</summary>
internal sealed record IpBlockPeer(Cidr Cidr, IReadOnlyList<Cidr> Except) : PeerSpec;

/// <summary>namespaceSelector and/or podSelector (matchLabels only; at least one of them).</summary>
internal sealed record SelectorPeer(IReadOnlyList<LabelSpec>? NamespaceLabels, IReadOnlyList<LabelSpec>? PodLabels) : PeerSpec;

/// <summary>One egress rule: non-empty peers; no ports = every port of every protocol.</summary>
internal sealed record ProfileRuleSpec(IReadOnlyList<PeerSpec> Peers, IReadOnlyList<PortEntrySpec> Ports);

/// <summary>A NetworkProfile document, in file <see cref="File"/>.</summary>
internal sealed record ProfileSpec(string Name, IReadOnlyList<ProfileRuleSpec> Rules, int File);

/// <summary>How the C# is laid out: number of files; options value for NetCfgAllowDns (null = not set).</summary>
internal sealed record Layout(int SourceFiles, int ProfileFiles, string? AllowDnsOption);

/// <summary>A whole random declaration set: the config, its components and the profiles they may use.</summary>
/// <param name="ExtraSource">More C# appended to the first file (used to break a topology on purpose).</param>
/// <param name="ExtraProfileFiles">More NetworkProfile files, as raw text (used to break a topology on purpose).</param>
internal sealed record Topology(
    string ConfigName,
    string? Namespace,
    IReadOnlyList<ComponentSpec> Components,
    IReadOnlyList<ProfileSpec> Profiles,
    Layout Layout,
    string? ExtraSource = null,
    IReadOnlyList<string>? ExtraProfileFiles = null)
{
    /// <summary>A dependency target index that names a class without [Component].</summary>
    public const int NotAComponent = -1;

    public const string NotAComponentClass = "NotAComponent";

    public const string DefaultNamespace = "default";

    /// <summary>The namespace every emitted object lives in.</summary>
    public string EffectiveNamespace => Namespace ?? DefaultNamespace;

    /// <summary>NetCfgAllowDns as MSBuild would pass it: anything but "false" (any case, trimmed) keeps DNS.</summary>
    public bool AllowDns => !string.Equals(Layout.AllowDnsOption?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase);

    public ProfileSpec Profile(string name) => Profiles.Single(p => p.Name == name);
}
