using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NetCfg.Core;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Reading;
using NetCfg.Core.Review.Evaluation;
using NetCfg.Core.Review.Reports;
using NetCfg.Core.Review.Workloads;

namespace NetCfg.Tasks;

/// <summary>
/// The review of the manifests just rendered (in memory): their flows, labelled with the profiles' names and the DNS
/// peers, network.md, and other copies of the manifests read against them (a file equal to one of these is not parsed again).
/// </summary>
public sealed class NetworkReview
{
    private readonly Dictionary<string, string> _contents;
    private readonly Dictionary<string, PolicyView> _policies;
    private readonly IReadOnlyDictionary<string, string> _labels;
    private readonly Lazy<NetworkFlows> _flows;

    private NetworkReview(IReadOnlyList<ManifestFile> files, NetworkView view, IReadOnlyDictionary<string, string> labels)
    {
        _contents = files.Where(f => ManifestFiles.IsReviewed(f.Path)).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        _policies = view.Policies.ToDictionary(p => p.Path, StringComparer.Ordinal);
        _labels = labels;
        View = view;
        _flows = new Lazy<NetworkFlows>(() => FlowEvaluator.Evaluate(view, labels));
    }

    public NetworkView View { get; }

    /// <summary>The flows, evaluated on first use (by one thread; others wait for it).</summary>
    public NetworkFlows Flows => _flows.Value;

    public ManifestFile Markdown => MarkdownWith(null);

    /// <summary>network.md with the workload sections (none when <paramref name="workloads"/> is null).</summary>
    public ManifestFile MarkdownWith(WorkloadCoverage? workloads) => new(NetworkMarkdown.FileName, NetworkMarkdown.Render(Flows, workloads));

    /// <exception cref="InvalidDataException">The review cannot read the files the translator rendered (a bug).</exception>
    public static NetworkReview Of(IReadOnlyList<ManifestFile> files, IEnumerable<NetworkProfile> profiles, TranslationOptions options)
    {
        var read = ManifestReader.Read(files);
        if (!read.Succeeded) throw new InvalidDataException("the review could not read the rendered manifests: " + string.Join("; ", read.Errors));
        return new NetworkReview(files, read.View!, PeerLabels.For(profiles, read.View!.Namespace, options));
    }

    /// <summary>The flows of another view, with the same labels.</summary>
    public NetworkFlows Evaluate(NetworkView view) => FlowEvaluator.Evaluate(view, _labels);

    /// <summary>Whether <paramref name="files"/> hold exactly the reviewed files of this review, byte for byte.</summary>
    public bool SameAs(IReadOnlyList<ManifestFile> files)
    {
        var reviewed = files.Where(f => ManifestFiles.IsReviewed(f.Path)).ToList();
        return reviewed.Count == _contents.Count && reviewed.All(f => _contents.TryGetValue(f.Path, out var content) && content == f.Content);
    }

    /// <summary>
    /// What <see cref="ManifestReader.Read"/> says of <paramref name="files"/>, parsing only the files that differ from
    /// this review's: a policy file with the same path and bytes is the policy already read.
    /// </summary>
    public NetworkReadResult Read(IReadOnlyList<ManifestFile> files)
    {
        if (SameAs(files) && files.Count == _contents.Count) return new NetworkReadResult(View, EquatableArray<string>.Empty);
        var reused = files.Where(f => _policies.ContainsKey(f.Path) && _contents[f.Path] == f.Content).ToList();
        if (reused.Count == 0 || !files.Any(f => f.Path == ManifestReader.ConfigPath)) return ManifestReader.Read(files);

        // One reused policy stays in, so the reader still sees a folder with a policy when every policy is reused.
        var skipped = new HashSet<string>(reused.Skip(1).Select(f => f.Path), StringComparer.Ordinal);
        var read = ManifestReader.Read(files.Where(f => !skipped.Contains(f.Path)).ToList());
        if (!read.Succeeded) return read;
        var policies = read.View!.Policies.Concat(skipped.Select(path => _policies[path])).OrderBy(p => p.Path, StringComparer.Ordinal);
        return new NetworkReadResult(read.View with { Policies = policies.ToEquatableArray() }, EquatableArray<string>.Empty);
    }
}
