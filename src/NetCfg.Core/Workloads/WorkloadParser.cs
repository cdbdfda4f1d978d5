using System.Collections.Generic;
using NetCfg.Core.Model;
using NetCfg.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Workloads;

/// <summary>
/// Reads the workloads of one YAML file (plain manifests, <c>helm template</c> or <c>kubectl get -o yaml</c> output),
/// tolerantly: unknown keys and other kinds are skipped. Never throws: every problem becomes a <see cref="WorkloadError"/>.
/// </summary>
public static class WorkloadParser
{
    /// <summary>Characters a workload file may hold: rendered charts run to megabytes.</summary>
    public const int MaxLength = 16 << 20;

    /// <summary>Nesting a workload file may have: deep enough for CRD schemas that share the file.</summary>
    public const int MaxDepth = 128;

    public static WorkloadFile Parse(string path, string text)
    {
        var errors = new List<WorkloadError>();
        var reader = new NodeReader(ReadMode.Tolerant, (line, column, message) => errors.Add(new WorkloadError(message, line, column)));
        var workloads = new List<Workload>();
        foreach (var root in YamlDocuments.Load(text, "workload files", MaxLength, reader, MaxDepth) ?? new List<YamlNode>())
        {
            WorkloadReader.ReadDocument(reader, root, workloads);
        }

        return new WorkloadFile(path, workloads.ToEquatableArray(), errors.ToEquatableArray());
    }
}
