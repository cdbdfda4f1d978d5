using System.Globalization;
using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NetCfg.Core.Review;

/// <summary>Reads one port entry: protocol (TCP when omitted), a number with optional endPort, or a named port.</summary>
internal static class PortReader
{
    public static PortSpec? Read(NodeReader reader, YamlNode node)
    {
        if (reader.Mapping(node, "a port entry") is not { } entry) return null;
        reader.Keys(entry, "a port entry", "protocol", "port", "endPort");
        var before = reader.ErrorCount;
        var protocolNode = NodeReader.Get(entry, "protocol");
        var protocol = Protocol.Tcp;
        if (protocolNode is not null)
        {
            switch (reader.Text(protocolNode, "protocol"))
            {
                case "TCP": break;
                case "UDP": protocol = Protocol.Udp; break;
                case "SCTP": protocol = Protocol.Sctp; break;
                case { } other: reader.Error(protocolNode, $"protocol '{other}' is not TCP, UDP or SCTP"); break;
            }
        }

        int? number = null;
        string? name = null;
        var portNode = NodeReader.Get(entry, "port");
        if (portNode is YamlScalarNode { Style: ScalarStyle.Plain, Value: var plain } && int.TryParse(plain, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            number = value;
        }
        else if (portNode is not null && !NodeReader.IsNull(portNode))
        {
            name = reader.Text(portNode, "port");
            if (name is not null && !IsPortName(name)) reader.Error(portNode, $"port '{name}' is neither a number nor a valid port name");
        }

        var endPortNode = NodeReader.Get(entry, "endPort");
        var endPort = endPortNode is null || NodeReader.IsNull(endPortNode) ? null : reader.Number(endPortNode, "endPort");
        if (name is not null && endPort is not null) reader.Error(endPortNode!, "endPort needs a numeric port");
        else if (Ports.Error(number, endPort) is { } error) reader.Error(entry, error);
        return reader.ErrorCount > before ? null : new PortSpec(protocol, number, endPort, name);
    }

    // An IANA service name: 1-15 of [a-z0-9-], at least one letter, no leading, trailing or double '-'.
    private static bool IsPortName(string name) =>
        name.Length is >= 1 and <= 15
        && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && name.Any(c => c is >= 'a' and <= 'z')
        && name[0] != '-' && name[name.Length - 1] != '-'
        && name.IndexOf("--", System.StringComparison.Ordinal) < 0;
}
