using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace NetCfg.Oracle.Tests;

/// <summary>
/// Pod-to-pod truth table in the style of the E2E Reachability: every pair starts allowed; Expect overrides
/// pairs matching "*", "x/*" or "x/a" patterns, later calls winning. Loopback pairs are not compared.
/// </summary>
internal sealed class Reachability
{
    private readonly IReadOnlyList<Pod> pods;
    private readonly Dictionary<(string From, string To), bool> expected = new();

    public Reachability(IEnumerable<Pod>? pods = null)
    {
        this.pods = (pods ?? E2E.Pods).ToList();
        foreach (var from in this.pods)
        {
            foreach (var to in this.pods)
            {
                expected[(E2E.Key(from), E2E.Key(to))] = true;
            }
        }
    }

    public Reachability Expect(string from, string to, bool allowed)
    {
        var hits = 0;
        foreach (var pair in expected.Keys.ToList().Where(k => Matches(from, k.From) && Matches(to, k.To)))
        {
            expected[pair] = allowed;
            hits++;
        }

        Assert.True(hits > 0, $"pattern {from} -> {to} matched no pod pair");
        return this;
    }

    public void Check(Cluster cluster, string protocol, int port)
    {
        var mismatches = new List<string>();
        foreach (var from in pods)
        {
            foreach (var to in pods.Where(t => !ReferenceEquals(t, from) && E2E.Key(t) != E2E.Key(from)))
            {
                var want = expected[(E2E.Key(from), E2E.Key(to))];
                var got = cluster.Allowed(new PodEndpoint(from), new PodEndpoint(to), protocol, port);
                if (want != got)
                {
                    mismatches.Add($"{E2E.Key(from)} -> {E2E.Key(to)} {protocol}/{port}: expected {want}, got {got}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static bool Matches(string pattern, string key)
    {
        if (pattern == "*")
        {
            return true;
        }

        return pattern.EndsWith("/*", System.StringComparison.Ordinal)
            ? key.StartsWith(pattern[..^1], System.StringComparison.Ordinal)
            : pattern == key;
    }
}
