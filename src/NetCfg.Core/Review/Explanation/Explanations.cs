using NetCfg.Core.Model;
using NetCfg.Core.Review.Evaluation;

namespace NetCfg.Core.Review.Explanation;

/// <summary>The answer of a probe.</summary>
public enum Verdict
{
    Allowed,
    Denied,

    /// <summary>Allowed only through a named port whose number the manifests do not know.</summary>
    AllowedIfNamedPort,
}

/// <summary>How a rule meets a probe.</summary>
public enum RuleMatch
{
    No,
    Yes,
    IfNamedPort,
}

/// <summary>
/// One rule of one policy: <see cref="Number"/> counts from 1 in its direction; <see cref="Ports"/> as the rule writes them.
/// <see cref="Condition"/> says which named port must be which number; <see cref="DeclaredBy"/> what in the declarations
/// wrote the rule; <see cref="NamedPorts"/> what the workload files say the rule's named ports are on the destination.
/// </summary>
public sealed record RuleCitation(string Policy, string File, string Direction, int Number, string Peers, string Ports, RuleMatch Match, string? Condition, string? DeclaredBy, string? NamedPorts = null);

/// <summary>
/// One side of a probe: the egress of FROM's pods, or the ingress of TO's. <see cref="Policies"/> select the side's pods
/// in that direction (none: not isolated); <see cref="Ports"/> is what the side lets through to/from the other end.
/// </summary>
public sealed record SideExplanation(
    string Direction,
    string Subject,
    bool Governed,
    EquatableArray<string> Policies,
    RuleMatch Result,
    PortSet Ports,
    EquatableArray<RuleCitation> Allowing,
    RuleCitation? NearestMiss,
    string Sentence);

/// <summary>Why a flow is allowed or denied: the verdict and its summary first, then each side.</summary>
public sealed record FlowExplanation(
    string From,
    string To,
    ProbePort? Port,
    Verdict Verdict,
    string Summary,
    PortSet Allowed,
    SideExplanation Egress,
    SideExplanation Ingress);
