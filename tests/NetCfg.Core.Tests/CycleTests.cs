using System.Linq;
using NetCfg.Core.Rules;
using Xunit;

namespace NetCfg.Core.Tests;

/// <summary>The cycle search behind NETCFG002: iterative, linear, and readable on very long cycles.</summary>
public sealed class CycleTests
{
    [Fact]
    public void Cycle_finder_is_iterative_and_linear_on_a_long_chain()
    {
        const int n = 200_000;
        var successors = Enumerable.Range(0, n).Select(i => new[] { (i + 1) % n }).ToArray();
        var cycles = CycleFinder.Cycles(successors, maxPerComponent: 10);
        Assert.Equal(n, Assert.Single(cycles).Length);
    }

    [Fact]
    public void Cycle_finder_ignores_self_loops_and_acyclic_parts()
    {
        int[][] successors = [[0, 1], [2], [1, 3], []];
        var cycle = Assert.Single(CycleFinder.Cycles(successors, 10));
        Assert.Equal(new[] { 1, 2 }, cycle);
        Assert.Equal(3, CycleFinder.StronglyConnectedComponents(successors).Count);
    }

    [Fact]
    public void Long_paths_keep_their_ends()
    {
        var names = Enumerable.Range(0, 150).Select(i => "n" + i).ToList();
        var path = GraphRules.Path(names);
        Assert.StartsWith("n0 → n1 → ", path, System.StringComparison.Ordinal);
        Assert.Contains("n49 → … 51 more … → n101", path, System.StringComparison.Ordinal);
        Assert.EndsWith("n149 → n0", path, System.StringComparison.Ordinal);
    }
}
