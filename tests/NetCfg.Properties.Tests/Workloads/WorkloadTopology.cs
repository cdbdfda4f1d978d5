using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using k8s.Models;
using NetCfg.Core;
using NetCfg.Core.Model;
using NetCfg.TestKit;

namespace NetCfg.Properties.Tests.Workloads;

/// <summary>
/// A random network (components c0..cn with dependencies by number, range or name, TCP/UDP) and one Deployment per
/// component that fits it exactly: its pods carry the component's labels and declare every port a dependency targets.
/// </summary>
internal sealed class WorkloadTopology
{
    public const string Namespace = "shop";

    public WorkloadTopology(Random random)
    {
        var count = random.Next(2, 9);
        for (var i = 0; i < count; i++)
        {
            Labels.Add(new Dictionary<string, string> { ["app"] = "c" + Id(i), ["tier"] = "t" + Id(random.Next(3)) });
            Ports.Add(new List<V1ContainerPort>());
            Dependencies.Add(new List<DependencyDeclaration>());
        }

        for (var d = random.Next(1, 3 * count); d > 0; d--)
        {
            var (source, target) = (random.Next(count), random.Next(count));
            var protocol = random.Next(4) == 0 ? Protocol.Udp : Protocol.Tcp;
            var target_ = new TargetRef(TargetShape.Class, Type(target), Type(target), Assembly, null);
            DependencyDeclaration dependency;
            if (random.Next(3) == 0)
            {
                var name = "p" + Id(random.Next(6)) + (protocol == Protocol.Udp ? "u" : "t");
                dependency = new DependencyDeclaration(target_, null, null, (int)protocol, name);
                if (!Ports[target].Any(p => p.Name == name)) Ports[target].Add(new V1ContainerPort { Name = name, ContainerPort = 9000 + Ports[target].Count, Protocol = Kubernetes(protocol) });
            }
            else
            {
                var port = 8000 + random.Next(20);
                int? end = random.Next(5) == 0 ? port + random.Next(1, 5) : null;
                dependency = new DependencyDeclaration(target_, port, end, (int)protocol, null);
                Ports[target].Add(new V1ContainerPort { ContainerPort = port + random.Next((end ?? port) - port + 1), Protocol = Kubernetes(protocol) });
            }

            if (!Dependencies[source].Contains(dependency)) Dependencies[source].Add(dependency);
        }
    }

    public const string Assembly = "App";

    public List<Dictionary<string, string>> Labels { get; } = new();

    public List<List<V1ContainerPort>> Ports { get; } = new();

    public List<List<DependencyDeclaration>> Dependencies { get; } = new();

    /// <summary>Extra components (a fault adds one), as (name, labels).</summary>
    public List<(string Name, Dictionary<string, string> Labels)> Extra { get; } = new();

    /// <summary>Extra workloads (a fault adds one), as (name, labels).</summary>
    public List<(string Name, Dictionary<string, string> Labels)> Strays { get; } = new();

    public int Count => Labels.Count;

    public static string Type(int i) => "C" + Id(i);

    public static string Id(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static string Kubernetes(Protocol protocol) => protocol == Protocol.Udp ? "UDP" : "TCP";

    public TranslationInput Input()
    {
        var components = Enumerable.Range(0, Count).Select(i => Component(Type(i), "c" + Id(i), new Dictionary<string, string> { ["app"] = "c" + Id(i) }, Dependencies[i]))
            .Concat(Extra.Select(e => Component("X" + e.Name, e.Name, e.Labels, new List<DependencyDeclaration>())));
        return TranslationInput.Of(Assembly, new[] { new ConfigDeclaration("net", Namespace) }, components, Array.Empty<ComponentExport>(), Array.Empty<ProfileFile>());
    }

    /// <summary>The workload file: one Deployment per component (w0..wn), then the strays.</summary>
    public string Yaml() => string.Join("---\n", Enumerable.Range(0, Count)
        .Select(i => WorkloadYaml.Deployment("w" + Id(i), Labels[i], Ports[i]))
        .Concat(Strays.Select(s => WorkloadYaml.Deployment(s.Name, s.Labels, new List<V1ContainerPort>()))));

    private static ComponentDeclaration Component(string type, string name, Dictionary<string, string> labels, List<DependencyDeclaration> dependencies) => new(
        type,
        type,
        Assembly,
        true,
        name,
        true,
        labels.Select(l => new LabelDeclaration(l.Key, l.Value)).ToEquatableArray(),
        EquatableArray<ExpressionDeclaration>.Empty,
        dependencies.ToEquatableArray(),
        EquatableArray<ProfileReference>.Empty);
}
