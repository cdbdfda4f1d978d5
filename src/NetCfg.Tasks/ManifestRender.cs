using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NetCfg.Core.Carrier;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Evaluation;
using NetCfg.Core.Review.Reports;
using NetCfg.Core.Review.Workloads;
using NetCfg.Core.Translation;

namespace NetCfg.Tasks;

/// <summary>
/// One render of the task, run under the folder's lock before anything is written: the manifests, network.md (with the
/// workloads each component governs, when there are workload files), the flows
/// added and removed since the manifests now in the folder, and network-diff.md against the baseline.
/// </summary>
internal sealed class ManifestRender
{
    private readonly CheckedInput _carried;
    private readonly TranslationOptions _options;
    private readonly string _directory;
    private readonly BaselineFolder? _baseline;
    private readonly IReadOnlyList<WorkloadText> _workloads;

    public ManifestRender(CheckedInput carried, TranslationOptions options, string directory, BaselineFolder? baseline, IReadOnlyList<WorkloadText>? workloads = null)
    {
        _workloads = workloads ?? Array.Empty<WorkloadText>();
        _carried = carried; // decoded only when the render runs: an unchanged input skips it
        _options = options;
        _directory = directory;
        _baseline = baseline;
    }

    /// <summary>The build-output lines of the flows that changed ("NetCfg: + a → b TCP 80"); empty on a first or unchanged build.</summary>
    public IReadOnlyList<string> FlowLines { get; private set; } = Array.Empty<string>();

    /// <summary>Why the manifests in the folder before this build could not be compared, or null.</summary>
    public string? PreviousNote { get; private set; }

    /// <summary>Why no network-diff.md was written for the baseline that was given, or null.</summary>
    public string? BaselineProblem { get; private set; }

    public ManifestDirectory.Rendered Render()
    {
        // The generator checked the input and carried Ok: trust it, and keep only the renderer's own invariant.
        var input = _carried.DecodeInput();
        var result = NetworkConfigTranslator.Render(input, _options);
        if (result.Refused is { } refused) throw new InvalidDataException("the carried input breaks the renderer's invariant: " + refused);

        var files = result.Files.ToList();
        var review = NetworkReview.Of(files, input.ProfileFiles.SelectMany(f => f.Profiles), _options);

        // The current flows on another core while this one reads and evaluates the manifests now in the folder.
        var flows = System.Threading.Tasks.Task.Run(() => review.Flows);
        Compare(review);
        flows.GetAwaiter().GetResult();
        files.Add(review.MarkdownWith(WorkloadCoverage.Of(input, WorkloadText.Parse(_workloads))));
        files.Add(new ManifestFile(SourceMap.FileName, SourceMapWriter.For(input, _options).Render()));
        if (_baseline is null) return new ManifestDirectory.Rendered(files);
        var diff = Diff(review, _baseline);
        if (diff is not null) files.Add(diff);

        // A baseline that could not be used is not remembered: the next run tries it again, and says so again.
        return new ManifestDirectory.Rendered(files, Cacheable: diff is not null);
    }

    private void Compare(NetworkReview review)
    {
        List<ManifestFile> previous;
        try
        {
            previous = ManifestFiles.Read(_directory, ManifestDirectory.WrittenPaths(_directory));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            PreviousNote = e.Message;
            return;
        }

        if (previous.Count == 0 || review.SameAs(previous)) return;
        var read = review.Read(previous);
        if (read.Succeeded) FlowLines = DiffConsole.Lines(NetworkDiff.Compare(review.Evaluate(read.View!), review.Flows), DiffConsole.MaxLines);
        else PreviousNote = First(read.Errors);
    }

    private ManifestFile? Diff(NetworkReview review, BaselineFolder baseline)
    {
        if (baseline.Files(out var problem) is not { } files)
        {
            BaselineProblem = problem;
            return null;
        }

        var read = review.Read(files);
        if (!read.Succeeded)
        {
            BaselineProblem = "holds no NetCfg manifests the review can read: " + First(read.Errors);
            return null;
        }

        var before = review.Evaluate(read.View!);
        return new ManifestFile(DiffMarkdown.FileName, DiffMarkdown.Render(NetworkDiff.Compare(before, review.Flows), before, review.Flows));
    }

    // The first errors of a read, for one line of build output.
    private static string First(IReadOnlyCollection<string> errors, int count = 3) =>
        string.Join("; ", errors.Take(count).Select(e => e.TrimEnd('.')))
        + (errors.Count > count ? "; and " + (errors.Count - count).ToString(CultureInfo.InvariantCulture) + " more" : string.Empty);
}
