using System;
using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Rules;
using Xunit;

namespace NetCfg.Core.Tests.Workloads;

/// <summary>The label index gives every selector exactly the workloads that trying each one gives, in the same order.</summary>
public sealed class WorkloadLabelIndexTests
{
    private static readonly string[] Keys = { "app", "tier", "team" };

    [Fact]
    public void RandomSelectorsMatchWhatTryingEveryWorkloadMatches()
    {
        var nonEmpty = 0;
        for (var seed = 0; seed < 200; seed++)
        {
            var random = new Random(seed);
            var labels = Enumerable.Range(0, random.Next(0, 40)).Select(_ => (IReadOnlyDictionary<string, string>)Keys
                .Where(_ => random.Next(3) > 0)
                .ToDictionary(k => k, _ => "v" + random.Next(4), StringComparer.Ordinal)).ToList();
            var index = new WorkloadLabelIndex(labels);
            for (var s = 0; s < 20; s++)
            {
                var selector = Selector(random);
                var expected = Enumerable.Range(0, labels.Count).Where(i => LabelMatching.Matches(selector, labels[i])).ToList();
                Assert.Equal(expected, index.Matching(selector).ToList());
                if (expected.Count > 0) nonEmpty++;
            }
        }

        Assert.True(nonEmpty > 500, $"only {nonEmpty} selectors matched anything: the generator tests too little");
    }

    [Fact]
    public void ASelectorWithALabelNoWorkloadCarriesMatchesNothing()
    {
        var index = new WorkloadLabelIndex(new[] { (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["app"] = "a" } });
        Assert.Empty(index.Matching(new Selector(new[] { new Label("app", "a"), new Label("tier", "x") }.ToEquatableArray())));
        Assert.Equal(new[] { 0 }, index.Matching(new Selector(new[] { new Label("app", "a") }.ToEquatableArray())));
        Assert.Equal(new[] { 0 }, index.Matching(Model.Selector.Everything));
    }

    private static Selector Selector(Random random)
    {
        var matchLabels = Keys.Where(_ => random.Next(3) == 0).Select(k => new Label(k, "v" + random.Next(4))).ToEquatableArray();
        var expressions = Keys.Where(_ => random.Next(4) == 0)
            .Select(k => new Requirement(k, (LabelOperator)random.Next(4), Enumerable.Range(0, random.Next(1, 3)).Select(_ => "v" + random.Next(4)).Distinct().ToEquatableArray()))
            .ToEquatableArray();
        return new Selector(matchLabels, expressions);
    }
}
