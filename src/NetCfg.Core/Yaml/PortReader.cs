using System.Globalization;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Yaml;

/// <summary>Reads one port entry: protocol (TCP when omitted), a number with optional endPort, or a named port.</summary>
internal static class PortReader
{
    /// <summary>
    /// The port entry as written (TCP, every port, when it is not a mapping); its mistakes are reported. A mapping that
    /// holds more than a port (a dependsOn entry) names its other keys in <paramref name="otherKeys"/>.
    /// </summary>
    public static PortSpec Read(NodeReader reader, YamlNode node, params string[] otherKeys)
    {
        var spec = new PortSpec(Model.Protocol.Tcp, null, null);
        if (reader.Mapping(node, "a port entry") is not { } port) return spec;
        reader.Keys(port, new[] { "protocol", "port", "endPort" }.Concat(otherKeys).ToArray());
        spec = spec with { Protocol = Protocol(reader, port) };

        if (reader.Present(NodeReader.Get(port, "port")) is { } portNode && reader.Scalar(portNode, "port") is { } portScalar && IsName(portScalar))
        {
            if (portScalar.Style is ScalarStyle.Plain && NodeReader.Yaml11Words.Contains(portScalar.Value!)) reader.Error(portScalar, $"port '{portScalar.Value}' is a boolean to YAML 1.1 readers (null to any reader); quote it if it is a port name");
            else if (!KubernetesNames.IsPortName(portScalar.Value!)) reader.Error(portScalar, $"port name '{portScalar.Value}' is not valid ({KubernetesNames.PortNameRule})");
            if (reader.Present(NodeReader.Get(port, "endPort")) is not null) reader.Error(port, "endPort cannot be used with a named port");
            return spec with { Name = portScalar.Value };
        }

        spec = spec with { Port = Number(reader, port, "port"), EndPort = Number(reader, port, "endPort") };
        if (Ports.Error(spec.Port, spec.EndPort) is { } portError) reader.Error(port, portError);
        return spec;
    }

    /// <summary>The entry's protocol: TCP when it is omitted (or, after an error, unreadable).</summary>
    public static Protocol Protocol(NodeReader reader, YamlMappingNode port)
    {
        if (reader.Present(NodeReader.Get(port, "protocol")) is not { } protocolNode || reader.Scalar(protocolNode, "protocol") is not { } protocol) return Model.Protocol.Tcp;
        switch (protocol.Value)
        {
            case "TCP": return Model.Protocol.Tcp;
            case "UDP": return Model.Protocol.Udp;
            case "SCTP": return Model.Protocol.Sctp;
            default:
                reader.Error(protocol, $"protocol '{protocol.Value}' must be TCP, UDP or SCTP");
                return Model.Protocol.Tcp;
        }
    }

    // A scalar with a letter in it, quoted or not, is a port name (as "1http" is); anything else must be a plain number.
    private static bool IsName(YamlScalarNode scalar) =>
        scalar.Value is { } value && value.Any(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z');

    /// <summary>A plain number at <paramref name="key"/>, or null (absent, or not a number: reported).</summary>
    public static int? Number(NodeReader reader, YamlMappingNode map, string key)
    {
        if (reader.Present(NodeReader.Get(map, key)) is not { } node || reader.Scalar(node, key) is not { } scalar) return null;
        if (scalar.Style is ScalarStyle.Plain
            && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        reader.Error(scalar, $"{key} must be a number from 1 to 65535{(key == "port" ? " or a port name" : string.Empty)}");
        return null;
    }
}
