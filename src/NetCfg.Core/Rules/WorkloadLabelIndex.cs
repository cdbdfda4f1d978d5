using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;

namespace NetCfg.Core.Rules;

/// <summary>
/// The workloads' label sets, indexed by each label: a selector with matchLabels is tried only on the workloads that carry
/// the rarest of them, not on every workload. The same answer as <see cref="LabelMatching"/> on each, in the same order.
/// </summary>
internal sealed class WorkloadLabelIndex
{
    private readonly IReadOnlyList<IReadOnlyDictionary<string, string>> _labels;
    private readonly Dictionary<Label, List<int>> _byLabel = new();
    private readonly int[] _all;

    public WorkloadLabelIndex(IReadOnlyList<IReadOnlyDictionary<string, string>> labels)
    {
        _labels = labels;
        _all = Enumerable.Range(0, labels.Count).ToArray();
        for (var i = 0; i < labels.Count; i++)
        {
            foreach (var label in labels[i])
            {
                var key = new Label(label.Key, label.Value);
                if (!_byLabel.TryGetValue(key, out var bucket)) _byLabel[key] = bucket = new List<int>();
                bucket.Add(i);
            }
        }
    }

    /// <summary>The indexes of the label sets the selector matches, ascending.</summary>
    public IEnumerable<int> Matching(Selector selector)
    {
        IReadOnlyList<int> candidates = _all;
        foreach (var label in selector.MatchLabels)
        {
            if (!_byLabel.TryGetValue(label, out var bucket)) return new int[0];
            if (bucket.Count < candidates.Count) candidates = bucket;
        }

        return candidates.Where(i => LabelMatching.Matches(selector, _labels[i]));
    }
}
