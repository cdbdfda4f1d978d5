using System.Linq;
using NetCfg.Core.Model;

namespace NetCfg.Core.Review.Evaluation;

/// <summary>
/// The stable text of a peer: what the diff compares and what the review shows when no label is given. Selectors read as
/// kubectl writes them: "ns kube-system / k8s-app=kube-dns", "namespaces team=platform / all pods",
/// "all namespaces / tier in (a, b), !debug", "10.0.0.0/8 except 10.1.0.0/16".
/// </summary>
public static class PeerKeys
{
    /// <summary>The label every namespace carries with its name.</summary>
    public const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    /// <summary>The key of "any address no ipBlock of the policies names", reached by rules without peers.</summary>
    public const string Anywhere = "anywhere";

    /// <summary>A peer's key; a bare podSelector means pods of the policy's namespace, so it reads like "ns &lt;it&gt; / …".</summary>
    public static string Of(Peer peer, string policyNamespace)
    {
        if (peer.IpBlock is { } block) return block.Except.IsEmpty ? block.Cidr : block.Cidr + " except " + string.Join(", ", block.Except);
        var pods = peer.PodSelector is null || peer.PodSelector.IsEmpty ? "all pods" : Selector(peer.PodSelector);
        return Namespaces(peer.NamespaceSelector, policyNamespace) + " / " + pods;
    }

    /// <summary>A selector as kubectl writes one: "a=b, c in (d, e), f notin (g), h, !i".</summary>
    public static string Selector(Model.Selector selector) => selector.IsEmpty
        ? "everything"
        : string.Join(", ", selector.MatchLabels.Select(l => l.Key + "=" + l.Value).Concat(selector.MatchExpressions.Select(Requirement)));

    private static string Namespaces(Model.Selector? selector, string policyNamespace)
    {
        if (selector is null) return "ns " + policyNamespace;
        if (selector.IsEmpty) return "all namespaces";
        return selector.MatchExpressions.IsEmpty && selector.MatchLabels.Count == 1 && selector.MatchLabels[0].Key == NamespaceNameLabel
            ? "ns " + selector.MatchLabels[0].Value
            : "namespaces " + Selector(selector);
    }

    private static string Requirement(Requirement requirement) => requirement.Operator switch
    {
        LabelOperator.In => $"{requirement.Key} in ({string.Join(", ", requirement.Values)})",
        LabelOperator.NotIn => $"{requirement.Key} notin ({string.Join(", ", requirement.Values)})",
        LabelOperator.Exists => requirement.Key,
        _ => "!" + requirement.Key,
    };
}
