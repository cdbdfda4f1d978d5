using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using NetCfg.Core.Carrier;
using NetCfg.Core.Review.Reports;
using NetCfg.Core.Rules;

namespace NetCfg.Tasks;

/// <summary>Writes the manifests for the checked input compiled into <see cref="AssemblyPath"/> to <see cref="OutputDirectory"/>.</summary>
public sealed class WriteNetCfgManifests : Task
{
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>The project file, where NETCFG020 points.</summary>
    public string ProjectPath { get; set; } = string.Empty;

    /// <summary>How long to wait for another build writing the same folder.</summary>
    public int LockTimeoutSeconds { get; set; } = 60;

    public string Dns { get; set; } = string.Empty;

    public string AllowDns { get; set; } = string.Empty;

    public string DnsNamespace { get; set; } = string.Empty;

    public string DnsPodLabel { get; set; } = string.Empty;

    public string DnsPort { get; set; } = string.Empty;

    /// <summary>NetCfgBaselineDir: another copy of the manifests to write network-diff.md against; relative to the project.</summary>
    public string BaselineDir { get; set; } = string.Empty;

    /// <summary>The NetCfgWorkload files: network.md lists the workloads each component governs, and those none selects.</summary>
    public ITaskItem[] Workloads { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Every manifest file now in the folder, for FileWrites.</summary>
    [Output]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>False when the assembly has no manifests to write (a component library, no declarations, or problems).</summary>
    [Output]
    public bool HasManifests { get; set; }

    public override bool Execute()
    {
        try
        {
            var constants = CarrierReader.Read(AssemblyPath);
            if (constants is null)
            {
                Log.LogWarning(null, RuleIds.NoCarrier, null, AssemblyPath, 0, 0, 0, 0,
                    "No NetCfg input was found in '{0}': the NetCfg generator did not run. A compiler older than Roslyn 4.8 (.NET 8 SDK, VS 17.8) skips it (warning CS9057).",
                    AssemblyPath);
                return true;
            }

            var carried = CheckedInput.Read(constants);
            return carried.Status switch
            {
                CheckedInputCarrier.Status.Error => NotWritten(carried),
                CheckedInputCarrier.Status.Library => Library(carried),
                CheckedInputCarrier.Status.Empty => Empty(),
                _ => HasManifests = Write(carried),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or UnreadableCarrierException or BadImageFormatException)
        {
            Log.LogError(null, RuleIds.WriteFailed, null, OutputDirectory, 0, 0, 0, 0, "NetCfg could not write the manifests: {0}", e.Message);
            return false;
        }
    }

    private bool Write(CheckedInput carried)
    {
        var errors = new List<string>();
        var options = OptionRules.Read(Property, errors);
        var baselineDir = BaselineProperty.Resolve(BaselineDir, ProjectPath, OutputDirectory, out var baselineError);
        if (baselineError is not null) errors.Add(baselineError);
        foreach (var error in errors) Log.LogError(null, RuleIds.InvalidProperty, null, ProjectPath, 0, 0, 0, 0, error);
        if (errors.Count > 0) return false;

        // The same input rendered by the same core with the same options (and baseline) gives the same files: skip rendering when nothing changed.
        var baseline = baselineDir is null ? null : BaselineFolder.Read(baselineDir);
        var workloads = WorkloadText.Read(Workloads, ProjectPath);
        var render = new ManifestRender(carried, options, OutputDirectory, baseline, workloads);
        var key = RenderKey.Of(carried.Input, options, baseline?.Fingerprint) + WorkloadText.Key(workloads);
        var result = ManifestDirectory.SyncCached(OutputDirectory, key, render.Render, TimeSpan.FromSeconds(LockTimeoutSeconds));
        Files = result.Files.Select(f => (ITaskItem)new TaskItem(f)).ToArray();
        Log.LogMessage(MessageImportance.High, "NetCfg -> {0} ({1} files: {2} written, {3} unchanged, {4} removed)",
            Path.GetFullPath(OutputDirectory), result.Files.Count, result.Written, result.Unchanged, result.Removed);
        foreach (var line in render.FlowLines) Log.LogMessage(MessageImportance.High, "{0}", line);
        if (render.PreviousNote is { } note) Log.LogMessage(MessageImportance.Normal, "NetCfg: the flows were not compared with the manifests that were in the folder: {0}", note);
        if (render.BaselineProblem is { } problem)
        {
            Log.LogWarning(null, RuleIds.BaselineUnusable, null, ProjectPath, 0, 0, 0, 0,
                "NetCfgBaselineDir '{0}' {1}; no {2} was written.", baseline!.Directory, problem, DiffMarkdown.FileName);
        }

        return true;
    }

    private bool NotWritten(CheckedInput carried)
    {
        // The analyzers' IDs and messages; where the problem lies goes into MSBuild's subcategory.
        foreach (var problem in carried.Problems.Where(p => p.Blocks))
        {
            Log.LogWarning(problem.Where.Length == 0 ? null : problem.Where, problem.Id.Length == 0 ? RuleIds.NotWritten : problem.Id, null, ProjectPath, 0, 0, 0, 0, problem.Message);
        }

        Log.LogWarning(null, RuleIds.NotWritten, null, ProjectPath, 0, 0, 0, 0,
            "NetCfg manifests were not written because the declarations have the problems above; '{0}' was left as it was", OutputDirectory);
        return true;
    }

    private bool Library(CheckedInput carried)
    {
        var input = carried.DecodeInput();
        var names = input.Components.Where(c => c.IsComponent).Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Log.LogMessage(MessageImportance.High,
            "NetCfg: {0} is a component library ({1} {2}: {3}); no manifests are written here. A project that references it and has [assembly: LocalNetworkConfig] includes them.",
            input.Assembly, names.Count, names.Count == 1 ? "component" : "components", string.Join(", ", names));
        return true;
    }

    private bool Empty()
    {
        Log.LogMessage(MessageImportance.Normal, "NetCfg: no [Component] or [assembly: LocalNetworkConfig] in '{0}'; nothing to write", AssemblyPath);
        return true;
    }

    private string? Property(string name) => name switch
    {
        OptionRules.Dns => Dns,
        OptionRules.AllowDns => AllowDns,
        OptionRules.DnsNamespace => DnsNamespace,
        OptionRules.DnsPodLabel => DnsPodLabel,
        OptionRules.DnsPort => DnsPort,
        _ => null,
    };
}
