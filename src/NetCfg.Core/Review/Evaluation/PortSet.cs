using System.Collections.Generic;
using System.Linq;
using NetCfg.Core.Model;

namespace NetCfg.Core.Review.Evaluation;

/// <summary>A set of (protocol, port) pairs, worked on symbolically. See <see cref="ProtocolPorts"/> for named ports.</summary>
public sealed record PortSet(ProtocolPorts Tcp, ProtocolPorts Udp, ProtocolPorts Sctp)
{
    public static readonly PortSet None = new(ProtocolPorts.None, ProtocolPorts.None, ProtocolPorts.None);

    public static readonly PortSet All = new(ProtocolPorts.All, ProtocolPorts.All, ProtocolPorts.All);

    /// <summary>The protocols in the order the review writes them: UDP/TCP 53 reads as DNS does.</summary>
    public static readonly IReadOnlyList<Protocol> DisplayOrder = new[] { Protocol.Udp, Protocol.Tcp, Protocol.Sctp };

    public bool IsEmpty => Tcp.IsEmpty && Udp.IsEmpty && Sctp.IsEmpty;

    public bool IsAll => Equals(All);

    public ProtocolPorts For(Protocol protocol) => protocol switch
    {
        Protocol.Udp => Udp,
        Protocol.Sctp => Sctp,
        _ => Tcp,
    };

    public bool Allows(Protocol protocol, int port) => For(protocol).Allows(port);

    /// <summary>The ports a rule's port list allows: an empty list allows every port of every protocol.</summary>
    public static PortSet Of(IReadOnlyCollection<PortSpec> ports) =>
        ports.Count == 0 ? All : ports.Aggregate(None, (set, port) => set.Union(Of(port)));

    public static PortSet Of(PortSpec port)
    {
        var ports = port.Name is { } name ? ProtocolPorts.Name(name)
            : port.Port is { } number ? ProtocolPorts.Range(number, port.EndPort ?? number)
            : ProtocolPorts.All;
        return None.With(port.Protocol, ports);
    }

    public PortSet Union(PortSet other) => new(Tcp.Union(other.Tcp), Udp.Union(other.Udp), Sctp.Union(other.Sctp));

    public PortSet Intersect(PortSet other) => new(Tcp.Intersect(other.Tcp), Udp.Intersect(other.Udp), Sctp.Intersect(other.Sctp));

    /// <summary>Without named ports: a name resolves on a destination pod only, never on an address.</summary>
    public PortSet WithoutNames() => new(Tcp.WithoutNames(), Udp.WithoutNames(), Sctp.WithoutNames());

    public PortSet With(Protocol protocol, ProtocolPorts ports) => protocol switch
    {
        Protocol.Udp => this with { Udp = ports },
        Protocol.Sctp => this with { Sctp = ports },
        _ => this with { Tcp = ports },
    };

    /// <summary>The normalised text, e.g. "TCP 8080", "UDP/TCP 53", "TCP 8000-8100, http", "all ports".</summary>
    public override string ToString() => PortText.Format(this);
}
