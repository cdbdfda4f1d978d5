using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;

namespace NetCfg.Core.Review;

/// <summary>Display labels for peers, keyed by <see cref="PeerKeys"/>: the profiles that name them, and the cluster DNS.</summary>
public static class PeerLabels
{
    public const string ClusterDns = "cluster DNS";

    /// <summary>
    /// Each peer of the profiles labelled with the names of the profiles that use it ("a, b"), and the cluster DNS peer
    /// labelled "cluster DNS". <paramref name="configNamespace"/> is where a profile's bare podSelector points.
    /// </summary>
    public static IReadOnlyDictionary<string, string> For(IEnumerable<NetworkProfile> profiles, string? configNamespace)
    {
        var ns = configNamespace ?? FlowEvaluator.DefaultNamespace;
        var labels = profiles
            .SelectMany(p => p.Egress.SelectMany(r => r.To).Select(peer => (Key: PeerKeys.Of(PeerKeys.View(peer), ns), Profile: p.Name)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => string.Join(", ", g.Select(p => p.Profile).Distinct().OrderBy(n => n, StringComparer.Ordinal)),
                StringComparer.Ordinal);
        if (!labels.ContainsKey(PeerKeys.ClusterDns)) labels[PeerKeys.ClusterDns] = ClusterDns;
        return labels;
    }
}
