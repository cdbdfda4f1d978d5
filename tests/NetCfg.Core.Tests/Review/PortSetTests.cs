using System;
using NetCfg.Core.Model;
using NetCfg.Core.Review.Evaluation;
using Xunit;

namespace NetCfg.Core.Tests.Review;

/// <summary>The symbolic port sets: algebra and the normalised text.</summary>
public sealed class PortSetTests
{
    private static PortSet P(Protocol protocol, int? number = null, int? end = null, string? name = null) => PortSet.Of(new PortSpec(protocol, number, end, name));

    [Fact]
    public void TextIsNormalised()
    {
        Assert.Equal("TCP 8080", P(Protocol.Tcp, 8080).ToString());
        Assert.Equal("TCP 8000-8100", P(Protocol.Tcp, 8000, 8100).ToString());
        Assert.Equal("UDP/TCP 53", P(Protocol.Tcp, 53).Union(P(Protocol.Udp, 53)).ToString());
        Assert.Equal("TCP http", P(Protocol.Tcp, name: "http").ToString());
        Assert.Equal("all ports", PortSet.All.ToString());
        Assert.Equal("TCP all ports", P(Protocol.Tcp).ToString());
        Assert.Equal("UDP/TCP/SCTP 1", P(Protocol.Sctp, 1).Union(P(Protocol.Tcp, 1)).Union(P(Protocol.Udp, 1)).ToString());
        Assert.Equal("UDP 53; TCP 80, 443, 8000-8100, grpc, http", P(Protocol.Tcp, 443).Union(P(Protocol.Udp, 53)).Union(P(Protocol.Tcp, name: "http"))
            .Union(P(Protocol.Tcp, 8000, 8100)).Union(P(Protocol.Tcp, 80)).Union(P(Protocol.Tcp, name: "grpc")).ToString());
        Assert.Equal(string.Empty, PortSet.None.ToString());
    }

    [Fact]
    public void UnionMergesOverlappingAndAdjacentRanges()
    {
        var set = P(Protocol.Tcp, 10, 20).Union(P(Protocol.Tcp, 21, 30)).Union(P(Protocol.Tcp, 25, 40)).Union(P(Protocol.Tcp, 42));
        Assert.Equal("TCP 10-40, 42", set.ToString());
        Assert.Equal(P(Protocol.Tcp, 10, 40).Union(P(Protocol.Tcp, 42)), set);
    }

    [Fact]
    public void EveryPortAbsorbsNamesAndRanges()
    {
        var all = P(Protocol.Tcp, 1, 65535);
        Assert.Equal(P(Protocol.Tcp), all);
        Assert.Equal(P(Protocol.Tcp), P(Protocol.Tcp, name: "http").Union(P(Protocol.Tcp, 1, 100)).Union(P(Protocol.Tcp, 101, 65535)));
    }

    [Fact]
    public void IntersectionKeepsOnlyWhatBothAllow()
    {
        var a = P(Protocol.Tcp, 1, 100).Union(P(Protocol.Tcp, 200, 300)).Union(P(Protocol.Udp, 53));
        var b = P(Protocol.Tcp, 50, 250).Union(P(Protocol.Udp)).Union(P(Protocol.Sctp));
        Assert.Equal("UDP 53; TCP 50-100, 200-250", a.Intersect(b).ToString());
        Assert.True(P(Protocol.Tcp, 80).Intersect(P(Protocol.Udp, 80)).IsEmpty);
        Assert.True(P(Protocol.Tcp, 80).Intersect(P(Protocol.Tcp, name: "http")).IsEmpty);
        Assert.Equal("TCP http", P(Protocol.Tcp).Intersect(P(Protocol.Tcp, name: "http")).ToString());
        Assert.Equal("TCP http", P(Protocol.Tcp, name: "http").Intersect(P(Protocol.Tcp, name: "http").Union(P(Protocol.Tcp, name: "x"))).ToString());
    }

    [Fact]
    public void AnEmptyPortListIsEveryPortAndAllowsAsWritten()
    {
        Assert.True(PortSet.Of(System.Array.Empty<PortSpec>()).IsAll);
        var set = P(Protocol.Udp, 1000, 2000);
        Assert.True(set.Allows(Protocol.Udp, 1000) && set.Allows(Protocol.Udp, 2000));
        Assert.False(set.Allows(Protocol.Udp, 999) || set.Allows(Protocol.Udp, 2001) || set.Allows(Protocol.Tcp, 1500));
    }
}
