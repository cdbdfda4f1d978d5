using System.Linq;
using NetCfg.Core.Model;
using NetCfg.Core.Translation;
using Xunit;

namespace NetCfg.Core.Tests;

/// <summary>Port lists as the planners merge them: no duplicates, whole protocols absorb their ports, one order.</summary>
public sealed class PortSetsTests
{
    private static PortSpec P(Protocol protocol, int? port = null, int? end = null, string? name = null) => new(protocol, port, end, name);

    private static string Text(params PortSpec[] ports) => PortSets.Key(PortSets.Normalize(ports));

    [Fact]
    public void DuplicatesGoAndTheOrderIsProtocolThenNumbersThenNames() => Assert.Equal(
        "SCTP/9-/,TCP/80-/,TCP/80-90/,TCP/443-/,TCP/-/grpc,TCP/-/http,UDP/53-/",
        Text(P(Protocol.Udp, 53), P(Protocol.Tcp, name: "http"), P(Protocol.Tcp, 443), P(Protocol.Tcp, 80, 90), P(Protocol.Tcp, 80),
             P(Protocol.Tcp, name: "grpc"), P(Protocol.Sctp, 9), P(Protocol.Tcp, 443), P(Protocol.Tcp, name: "http")));

    [Fact]
    public void AWholeProtocolAbsorbsItsOwnPortsOnly() => Assert.Equal(
        "TCP/-/,UDP/53-/",
        Text(P(Protocol.Tcp, 80), P(Protocol.Udp, 53), P(Protocol.Tcp, name: "http"), P(Protocol.Tcp), P(Protocol.Tcp, 8000, 9000)));

    [Fact]
    public void WholeProtocolsStayOnceEach() => Assert.Equal(
        "SCTP/-/,TCP/-/,UDP/-/",
        Text(P(Protocol.Udp), P(Protocol.Tcp), P(Protocol.Sctp), P(Protocol.Tcp)));

    [Fact]
    public void EndPortsOrderAfterThePortAndNamesAfterNumbers()
    {
        var ordered = PortSets.Normalize(new[] { P(Protocol.Tcp, name: "a"), P(Protocol.Tcp, 10, 30), P(Protocol.Tcp, 10, 20), P(Protocol.Tcp, 10), P(Protocol.Tcp, 9, 40) });
        Assert.Equal(new[] { P(Protocol.Tcp, 9, 40), P(Protocol.Tcp, 10), P(Protocol.Tcp, 10, 20), P(Protocol.Tcp, 10, 30), P(Protocol.Tcp, name: "a") }, ordered.ToArray());
    }

    [Fact]
    public void AnEmptyListStaysEmpty()
    {
        Assert.Empty(PortSets.Normalize(System.Array.Empty<PortSpec>()));
        Assert.Equal(string.Empty, PortSets.Key(System.Array.Empty<PortSpec>()));
    }

    [Fact]
    public void KeysTellDifferentListsApart()
    {
        Assert.NotEqual(Text(P(Protocol.Tcp, 80)), Text(P(Protocol.Udp, 80)));
        Assert.NotEqual(Text(P(Protocol.Tcp, 80)), Text(P(Protocol.Tcp, 80, 81)));
        Assert.NotEqual(Text(P(Protocol.Tcp, 80)), Text(P(Protocol.Tcp, 80), P(Protocol.Tcp, 81)));
        Assert.NotEqual(Text(P(Protocol.Tcp, name: "a")), Text(P(Protocol.Tcp, name: "b")));
    }
}
