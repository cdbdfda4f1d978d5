namespace NetCfg.Core.Model;

/// <summary>A port entry of a rule: protocol, optional port, optional inclusive end of range.</summary>
public sealed record PortSpec(Protocol Protocol, int? Port, int? EndPort);

/// <summary>An ipBlock peer: canonical CIDR and the canonical CIDRs carved out of it.</summary>
public sealed record IpBlock(string Cidr, EquatableArray<string> Except);

/// <summary>A label selector made of matchLabels only.</summary>
public sealed record Selector(EquatableArray<Label> MatchLabels);

/// <summary>One peer of a profile rule: an ipBlock, or namespace and/or pod selectors.</summary>
public sealed record ProfilePeer(IpBlock? IpBlock, Selector? NamespaceSelector, Selector? PodSelector);

/// <summary>One egress rule of a profile.</summary>
public sealed record ProfileRule(EquatableArray<ProfilePeer> To, EquatableArray<PortSpec> Ports);

/// <summary>A platform NetworkProfile, read from a profile file.</summary>
public sealed record NetworkProfile(string Name, EquatableArray<ProfileRule> Egress, int Line, int Column);

/// <summary>A problem in a profile file, at a 1-based line and column.</summary>
public sealed record ProfileError(string Message, int Line, int Column);

/// <summary>Everything read from one profile file. A file with errors contributes no profiles.</summary>
public sealed record ProfileFile(string Path, EquatableArray<NetworkProfile> Profiles, EquatableArray<ProfileError> Errors);
