namespace NetCfg.Core.Model;

/// <summary>A label: one entry of a selector's matchLabels, or of an object's labels.</summary>
public sealed record Label(string Key, string Value);

/// <summary>A selector requirement: one entry of matchExpressions.</summary>
public sealed record Requirement(string Key, LabelOperator Operator, EquatableArray<string> Values);

/// <summary>A label selector: every matchLabels entry and every requirement must hold.</summary>
public sealed record Selector(EquatableArray<Label> MatchLabels, EquatableArray<Requirement> MatchExpressions = default)
{
    /// <summary>The empty selector: every pod (or namespace).</summary>
    public static readonly Selector Everything = new(EquatableArray<Label>.Empty);

    public bool IsEmpty => MatchLabels.IsEmpty && MatchExpressions.IsEmpty;
}

/// <summary>A port entry of a rule: protocol, and a number (with an optional inclusive end) or a name; neither is every port.</summary>
public sealed record PortSpec(Protocol Protocol, int? Port, int? EndPort, string? Name = null);

/// <summary>An ipBlock peer: canonical CIDR and the canonical CIDRs carved out of it.</summary>
public sealed record IpBlock(string Cidr, EquatableArray<string> Except);

/// <summary>A rule's peer: an ipBlock, or a namespace and/or pod selector (both in one peer means both must match).</summary>
public sealed record Peer(IpBlock? IpBlock, Selector? NamespaceSelector, Selector? PodSelector);

/// <summary>A NetworkPolicy rule: traffic to (egress) or from (ingress) any of the peers, on any of the ports (none: every port).</summary>
public sealed record Rule(EquatableArray<Peer> Peers, EquatableArray<PortSpec> Ports);

/// <summary>A platform NetworkProfile, read from a profile file, with the position of its document.</summary>
public sealed record NetworkProfile(string Name, EquatableArray<Rule> Egress, EquatableArray<Rule> Ingress, int Line, int Column);

/// <summary>A problem in a profile file, at a 1-based line and column.</summary>
public sealed record ProfileError(string Message, int Line, int Column);

/// <summary>Everything read from one profile file. A file with errors contributes no profiles.</summary>
public sealed record ProfileFile(string Path, EquatableArray<NetworkProfile> Profiles, EquatableArray<ProfileError> Errors);
