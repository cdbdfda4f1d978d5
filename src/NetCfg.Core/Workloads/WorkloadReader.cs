using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Workloads;

/// <summary>Maps one document (or the items of a <c>kind: List</c>) onto workloads; other kinds are skipped without a word.</summary>
internal static class WorkloadReader
{
    /// <summary>Where each kind keeps its pod template: a Pod is its own template.</summary>
    private static readonly Dictionary<string, string[]> TemplatePaths = new(System.StringComparer.Ordinal)
    {
        ["Pod"] = new string[0],
        ["Deployment"] = new[] { "spec", "template" },
        ["StatefulSet"] = new[] { "spec", "template" },
        ["DaemonSet"] = new[] { "spec", "template" },
        ["ReplicaSet"] = new[] { "spec", "template" },
        ["ReplicationController"] = new[] { "spec", "template" },
        ["Job"] = new[] { "spec", "template" },
        ["CronJob"] = new[] { "spec", "jobTemplate", "spec", "template" },
    };

    public static void ReadDocument(NodeReader reader, YamlNode root, List<Workload> workloads)
    {
        if (NodeReader.IsNull(root)) return; // an empty document
        if (reader.Mapping(root, "a workload document") is not { } doc) return;
        Read(reader, doc, workloads, depth: 0);
    }

    private static void Read(NodeReader reader, YamlMappingNode doc, List<Workload> workloads, int depth)
    {
        if (reader.Present(NodeReader.Get(doc, "kind")) is not { } kindNode || reader.Scalar(kindNode, "kind") is not { Value: { } kind }) return;
        if (kind == "List" && depth == 0)
        {
            foreach (var item in reader.Items(NodeReader.Get(doc, "items"), "items"))
            {
                if (reader.Mapping(item, "a List item") is { } map) Read(reader, map, workloads, depth + 1);
            }

            return;
        }

        if (!TemplatePaths.TryGetValue(kind, out var path)) return;
        var before = reader.ErrorCount;
        var metadata = reader.Mapping(reader.Present(NodeReader.Get(doc, "metadata")), "metadata");
        var name = metadata is null ? null : reader.Scalar(reader.Present(NodeReader.Get(metadata, "name")) ?? reader.Present(NodeReader.Get(metadata, "generateName")), "metadata.name");
        var ns = metadata is null ? null : reader.Text(reader.Present(NodeReader.Get(metadata, "namespace")), "metadata.namespace");
        var template = Template(reader, doc, path);
        var labels = new List<Label>();
        if (reader.Mapping(reader.Present(template is null ? null : NodeReader.Get(template, "metadata")), "the pod template's metadata") is { } templateMetadata
            && reader.Mapping(reader.Present(NodeReader.Get(templateMetadata, "labels")), "labels") is { } labelMap)
        {
            labels.AddRange(LabelReader.Read(reader, labelMap));
        }

        if (kind == "Job" && !string.IsNullOrEmpty(name?.Value)) JobLabels(labels, name!.Value!);
        var podSpec = reader.Mapping(reader.Present(template is null ? null : NodeReader.Get(template, "spec")), "the pod spec");
        var ports = podSpec is null ? new List<ContainerPort>() : ContainerPorts.Read(reader, podSpec);
        if (reader.ErrorCount != before) return;
        var at = (YamlNode?)name ?? doc;
        workloads.Add(new Workload(
            kind,
            string.IsNullOrEmpty(name?.Value) ? "(unnamed)" : name!.Value!,
            string.IsNullOrEmpty(ns) ? null : ns,
            labels.OrderBy(l => l.Key, System.StringComparer.Ordinal).ToEquatableArray(),
            ports.ToEquatableArray(),
            (int)at.Start.Line,
            (int)at.Start.Column));
    }

    // The Job controller labels its pods with the Job's name (a CronJob's jobs get generated names, so not those).
    private static void JobLabels(List<Label> labels, string jobName)
    {
        foreach (var key in new[] { "batch.kubernetes.io/job-name", "job-name" })
        {
            if (!labels.Any(l => l.Key == key)) labels.Add(new Label(key, jobName));
        }
    }

    // The pod template along the kind's path; null (reported) where a step is not a mapping, or absent.
    private static YamlMappingNode? Template(NodeReader reader, YamlMappingNode doc, string[] path)
    {
        var current = doc;
        foreach (var step in path)
        {
            if (reader.Mapping(reader.Present(NodeReader.Get(current, step)), step) is not { } next) return null;
            current = next;
        }

        return current;
    }
}
