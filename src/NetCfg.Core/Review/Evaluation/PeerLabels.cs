using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Translation;

namespace NetCfg.Core.Review.Evaluation;

/// <summary>Display labels for peers, keyed by <see cref="PeerKeys"/>: the profiles that name them, and the cluster DNS.</summary>
public static class PeerLabels
{
    public const string ClusterDns = "cluster DNS";

    /// <summary>
    /// Each peer of the profiles (egress and ingress) labelled with the names of the profiles that use it ("a, b"), and the
    /// DNS peers of <paramref name="options"/> labelled "cluster DNS". <paramref name="configNamespace"/> is where a
    /// profile's bare podSelector points.
    /// </summary>
    public static IReadOnlyDictionary<string, string> For(IEnumerable<NetworkProfile> profiles, string? configNamespace, TranslationOptions options)
    {
        var ns = configNamespace ?? FlowEvaluator.DefaultNamespace;
        var labels = profiles
            .SelectMany(p => p.Egress.Concat(p.Ingress).SelectMany(r => r.Peers).Select(peer => (Key: PeerKeys.Of(peer, ns), Profile: p.Name)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => string.Join(", ", g.Select(p => p.Profile).Distinct().OrderBy(n => n, StringComparer.Ordinal)),
                StringComparer.Ordinal);
        foreach (var peer in DnsRules.For(options).SelectMany(r => r.Peers))
        {
            var key = PeerKeys.Of(peer, ns);
            if (!labels.ContainsKey(key)) labels[key] = ClusterDns;
        }

        return labels;
    }
}
