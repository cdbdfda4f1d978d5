using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;
using NetCfg.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Workloads;

/// <summary>
/// The ports a pod spec declares: those of every container, and of every init container with <c>restartPolicy: Always</c>
/// (a sidecar, which serves traffic); other init containers have exited before the pod serves.
/// </summary>
internal static class ContainerPorts
{
    public static List<ContainerPort> Read(NodeReader reader, YamlMappingNode podSpec)
    {
        var ports = new List<ContainerPort>();
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var container in reader.Items(NodeReader.Get(podSpec, "containers"), "containers"))
        {
            if (reader.Mapping(container, "a container") is { } map) Container(reader, map, ports, names);
        }

        foreach (var container in reader.Items(NodeReader.Get(podSpec, "initContainers"), "initContainers"))
        {
            if (reader.Mapping(container, "an init container") is { } map && IsSidecar(reader, map)) Container(reader, map, ports, names);
        }

        return ports.Distinct().OrderBy(p => p.Number).ThenBy(p => p.Protocol).ThenBy(p => p.Name, System.StringComparer.Ordinal).ToList();
    }

    private static bool IsSidecar(NodeReader reader, YamlMappingNode container) =>
        reader.Text(reader.Present(NodeReader.Get(container, "restartPolicy")), "restartPolicy") == "Always";

    private static void Container(NodeReader reader, YamlMappingNode container, List<ContainerPort> ports, HashSet<string> names)
    {
        foreach (var item in reader.Items(NodeReader.Get(container, "ports"), "ports"))
        {
            if (reader.Mapping(item, "a container port") is not { } port) continue;
            var protocol = PortReader.Protocol(reader, port);
            var nameNode = reader.Present(NodeReader.Get(port, "name")) is { } present ? reader.Scalar(present, "a port name") : null;
            var name = nameNode?.Value;
            reader.NotAWord(nameNode, "port name");
            if (nameNode is not null && !KubernetesNames.IsPortName(name ?? string.Empty))
            {
                reader.Error(nameNode, $"port name '{name}' is not valid ({KubernetesNames.PortNameRule})");
            }
            else if (name is not null && !names.Add(name))
            {
                reader.Error(nameNode!, $"port name '{name}' is declared twice in the pod (Kubernetes rejects it)");
            }

            if (reader.Required(port, "containerPort") is null) continue;
            var number = PortReader.Number(reader, port, "containerPort");
            if (number is null) continue;
            if (Ports.Error(number, null) is { } error) reader.Error(NodeReader.Get(port, "containerPort")!, error);
            else ports.Add(new ContainerPort(name, number.Value, protocol));
        }
    }
}
