using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Reading;
using NetCfg.Core.Validation;

namespace NetCfg.Core.Review.Evaluation;

/// <summary>Which sites a policy selects and which a peer covers, with each peer worked out once.</summary>
internal sealed class EndpointMatcher
{
    private readonly IReadOnlyList<RepresentativeEndpoint> sites;
    private readonly int[] everyone;
    private readonly Dictionary<Label, List<int>> podsByLabel = new();
    private readonly Dictionary<(string Namespace, Peer Peer), int[]> covered = new();

    public EndpointMatcher(IReadOnlyList<RepresentativeEndpoint> sites)
    {
        this.sites = sites;
        everyone = Enumerable.Range(0, sites.Count).ToArray();
        for (var i = 0; i < sites.Count; i++)
        {
            foreach (var label in sites[i].Labels ?? new Dictionary<string, string>())
            {
                var key = new Label(label.Key, label.Value);
                if (!podsByLabel.TryGetValue(key, out var list)) podsByLabel.Add(key, list = new List<int>());
                list.Add(i);
            }
        }
    }

    /// <summary>The pods of the policy's namespace that its podSelector matches.</summary>
    public IEnumerable<int> Selected(PolicyView policy, string policyNamespace) =>
        Candidates(policy.PodSelector).Where(i => sites[i] is { IsPod: true } site
            && site.Namespace == policyNamespace
            && Representatives.Matches(policy.PodSelector, site.Labels!));

    /// <summary>The sites a peer of a policy in <paramref name="policyNamespace"/> covers.</summary>
    public int[] Covered(Peer peer, string policyNamespace)
    {
        if (covered.TryGetValue((policyNamespace, peer), out var result)) return result;
        var test = peer.IpBlock is { } block ? BlockCovers(block) : site => SelectorsMatch(peer, policyNamespace, site);
        result = (peer.IpBlock is null && peer.PodSelector is { } pods ? Candidates(pods) : everyone).Where(i => test(sites[i])).ToArray();
        covered.Add((policyNamespace, peer), result);
        return result;
    }

    // Only pods that carry a selector's rarest matchLabel can match it.
    private IReadOnlyList<int> Candidates(Model.Selector selector) =>
        selector.MatchLabels.IsEmpty
            ? everyone
            : selector.MatchLabels.Select(l => podsByLabel.TryGetValue(l, out var list) ? list : new List<int>()).OrderBy(l => l.Count).First();

    // Blocks nest or are disjoint: the block covers a site's block when it contains it and no except contains it.
    // (Smaller blocks inside the site's block are someone else's endpoint; the site stands for the rest.)
    private static System.Func<RepresentativeEndpoint, bool> BlockCovers(IpBlock block)
    {
        if (Cidrs.TryParse(block.Cidr, out var network) is not null) return _ => false;
        var excepts = new List<Cidrs.Network>();
        foreach (var text in block.Except)
        {
            if (Cidrs.TryParse(text, out var inner) is null) excepts.Add(inner);
        }

        return site => site.Block is { } target && network.Contains(target) && !excepts.Any(e => e.Contains(target));
    }

    // A bare podSelector means the policy's namespace; namespaceSelector and podSelector in one peer are ANDed.
    private static bool SelectorsMatch(Peer peer, string policyNamespace, RepresentativeEndpoint site) =>
        site.IsPod
        && (peer.NamespaceSelector is { } ns ? Representatives.Matches(ns, site.NamespaceLabels!) : site.Namespace == policyNamespace)
        && (peer.PodSelector is not { } pods || Representatives.Matches(pods, site.Labels!));
}
