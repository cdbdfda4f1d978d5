using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Evaluation;

namespace NetCfg.Core.Review.Explanation;

/// <summary>The sentences of an explanation, in the manner of np-guard's explain ("… selects …, but … is not allowed by any Egress rule").</summary>
internal static class ExplanationText
{
    public static string Summary(string from, string to, ProbePort? port, Verdict verdict, PortSet allowed, SideExplanation egress, SideExplanation ingress)
    {
        var flow = $"{from} \u2192 {to}";
        if (port is null)
        {
            return verdict == Verdict.Denied
                ? $"DENIED: {flow} on every port and protocol."
                : $"{(verdict == Verdict.Allowed ? "ALLOWED" : "ALLOWED IF NAMED PORTS MATCH")}: {flow} on {allowed}{(allowed.IsAll ? "." : "; denied on everything else.")}";
        }

        return verdict switch
        {
            Verdict.Allowed => $"ALLOWED: {flow} on {port}.",
            Verdict.Denied => $"DENIED: {flow} on {port}: {Blocking(egress, ingress)}.",
            _ => $"ALLOWED IF NAMED PORTS MATCH: {flow} on {port}, {Conditions(egress, ingress)}.",
        };
    }

    public static string NotGoverned(string direction, string subject) =>
        $"{Title(direction)}: {subject} is not a pod of the cluster, so no NetworkPolicy governs its {direction}.";

    public static string NotIsolated(string direction, string subject) =>
        $"{Title(direction)}: no NetworkPolicy with {Title(direction)} selects {subject}, so its {direction} is not isolated: everything is allowed.";

    public static string Side(string direction, string subject, string other, ProbePort? port, IReadOnlyList<string> policies, RuleMatch result, IReadOnlyList<RuleCitation> allowing, RuleCitation? miss, bool missCoversPeer)
    {
        var selects = $"{Title(direction)}: {(policies.Count == 1 ? "policy" : "policies")} {string.Join(", ", policies)} {(policies.Count == 1 ? "selects" : "select")} {subject}";
        var to = direction == "egress" ? "to" : "from";
        var what = $"{to} {other}" + (port is null ? string.Empty : " on " + port);
        if (result == RuleMatch.No)
        {
            var near = miss is null ? string.Empty
                : missCoversPeer
                    ? $" (nearest: {Cite(miss)} allows {to} {other} on {(miss.Ports.Length == 0 ? "no port" : miss.Ports)}{(port is null ? string.Empty : ", not " + port)})"
                    : $" (nearest: {Cite(miss)} allows {miss.Ports}, but {to} {miss.Peers}, not {other})";
            return $"{selects}, but {what} is not allowed by any {Title(direction)} rule{near}.";
        }

        var rules = string.Join("; ", allowing.Select(c => $"{Cite(c)} allows {c.Ports}{(c.Condition is null ? string.Empty : " " + c.Condition)}"));
        return $"{selects}, and {what} is allowed: {rules}.";
    }

    public static string Peers(Rule rule, string policyNamespace) =>
        rule.Peers.IsEmpty ? "anywhere" : string.Join(", ", rule.Peers.Select(p => PeerKeys.Of(p, policyNamespace)));

    private static string Cite(RuleCitation c) => $"rule {c.Number} of {c.Policy}";

    private static string Blocking(SideExplanation egress, SideExplanation ingress) =>
        string.Join(" and ", new[] { egress, ingress }.Where(s => s.Result == RuleMatch.No).Select(s => $"the {s.Direction} of {s.Subject} does not allow it"));

    private static string Conditions(SideExplanation egress, SideExplanation ingress) =>
        string.Join(" and ", egress.Allowing.Concat(ingress.Allowing).Where(c => c.Condition is not null).Select(c => c.Condition!).Distinct());

    private static string Title(string direction) => char.ToUpperInvariant(direction[0]) + direction.Substring(1);
}
