using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace NetCfg.Tasks;

/// <summary>Writes the manifests compiled into <see cref="AssemblyPath"/> to <see cref="OutputDirectory"/>.</summary>
public sealed class WriteNetCfgManifests : Task
{
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>How long to wait for another build writing the same folder.</summary>
    public int LockTimeoutSeconds { get; set; } = 60;

    /// <summary>Every manifest file now in the folder, for FileWrites.</summary>
    [Output]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        try
        {
            var carrier = ManifestCarrier.Read(AssemblyPath);
            if (carrier is null)
            {
                Log.LogWarning(null, "NETCFG100", null, AssemblyPath, 0, 0, 0, 0,
                    "No NetCfg manifests were found in '{0}': the NetCfg generator did not run. A compiler older than Roslyn 4.8 (.NET 8 SDK, VS 17.8) skips it (warning CS9057).",
                    AssemblyPath);
                return true;
            }

            if (carrier.Status == "error")
            {
                Log.LogWarning(null, "NETCFG101", null, AssemblyPath, 0, 0, 0, 0,
                    "NetCfg manifests were not written because the declarations have errors; '{0}' was left as it was:\n{1}",
                    OutputDirectory, carrier.Errors);
                return true;
            }

            // The same input rendered by the same translator gives the same files: skip rendering when nothing changed.
            var result = ManifestDirectory.SyncCached(OutputDirectory, carrier.CacheKey, () => carrier.Files, TimeSpan.FromSeconds(LockTimeoutSeconds));
            Files = result.Files.Select(f => (ITaskItem)new TaskItem(f)).ToArray();
            Log.LogMessage(MessageImportance.High, "NetCfg -> {0} ({1} files: {2} written, {3} unchanged, {4} removed)",
                Path.GetFullPath(OutputDirectory), result.Files.Count, result.Written, result.Unchanged, result.Removed);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or BadImageFormatException)
        {
            Log.LogError(null, "NETCFG102", null, OutputDirectory, 0, 0, 0, 0, "NetCfg could not write the manifests: {0}", e.Message);
            return false;
        }
    }
}
