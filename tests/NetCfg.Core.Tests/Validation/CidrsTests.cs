using NetCfg.Core.Validation;
using Xunit;

namespace NetCfg.Core.Tests;

/// <summary>CIDR parsing and containment, edge by edge: each case pins one condition of <see cref="Cidrs"/>.</summary>
public sealed class CidrsTests
{
    private static Cidrs.Network Parse(string text)
    {
        Assert.Null(Cidrs.TryParse(text, out var network));
        return network;
    }

    [Theory]
    [InlineData("0.0.0.0/0")]
    [InlineData("10.0.0.0/8")]
    [InlineData("10.0.0.1/32")]
    [InlineData("192.168.100.0/22")]
    [InlineData("255.255.255.255/32")]
    [InlineData("::/0")]
    [InlineData("2001:db8::/32")]
    [InlineData("2001:db8::1/128")]
    public void CanonicalCidrsParse(string text)
    {
        var network = Parse(text);
        Assert.Equal(int.Parse(text.Substring(text.IndexOf('/') + 1), System.Globalization.CultureInfo.InvariantCulture), network.Prefix);
        Assert.Equal(text.Contains(':') ? 16 : 4, network.Address.Length);
    }

    [Theory]
    [InlineData("10.0.0.0", "is not a CIDR (address/prefix)")]
    [InlineData("/8", "is not a CIDR (address/prefix)")]
    [InlineData("10.0.0.0/", "is not a CIDR (address/prefix)")]
    [InlineData("10.0.0/8", "has an invalid IP address")]
    [InlineData("10/8", "has an invalid IP address")]
    [InlineData("010.0.0.0/8", "has an invalid IP address")]
    [InlineData("10.00.0.0/16", "has an invalid IP address")]
    [InlineData("10.0.0.0.0/8", "has an invalid IP address")]
    [InlineData("10..0.0/8", "has an invalid IP address")]
    [InlineData("0x0a.0.0.0/8", "has an invalid IP address")]
    [InlineData("fe80::1%eth0/128", "has an invalid IP address")]
    [InlineData("host/8", "has an invalid IP address")]
    [InlineData("10.0.0.0/08", "has an invalid prefix length (0-32)")]
    [InlineData("10.0.0.0/00", "has an invalid prefix length (0-32)")]
    [InlineData("10.0.0.0/33", "has an invalid prefix length (0-32)")]
    [InlineData("10.0.0.0/+8", "has an invalid prefix length (0-32)")]
    [InlineData("10.0.0.0/ 8", "has an invalid prefix length (0-32)")]
    [InlineData("10.0.0.0/-1", "has an invalid prefix length (0-32)")]
    [InlineData("::/129", "has an invalid prefix length (0-128)")]
    [InlineData("10.0.0.1/24", "has bits set beyond the prefix length; did you mean '10.0.0.0/24'?")]
    [InlineData("10.1.2.3/12", "has bits set beyond the prefix length; did you mean '10.0.0.0/12'?")]
    [InlineData("10.15.255.255/13", "has bits set beyond the prefix length; did you mean '10.8.0.0/13'?")]
    [InlineData("1.0.0.0/0", "has bits set beyond the prefix length; did you mean '0.0.0.0/0'?")]
    [InlineData("2001:db8::1/64", "has bits set beyond the prefix length; did you mean '2001:db8::/64'?")]
    [InlineData("::ffff:10.0.0.0/104", "is an IPv4-mapped IPv6 address; use the IPv4 form")]
    [InlineData("2001:DB8::/32", "is not in canonical form; write '2001:db8::/32'")]
    [InlineData("2001:0db8::/32", "is not in canonical form; write '2001:db8::/32'")]
    public void NonCanonicalOrInvalidCidrsSayWhy(string text, string why)
    {
        Assert.Equal($"'{text}' {why}", Cidrs.TryParse(text, out var network));
        Assert.Null(network.Address);
    }

    [Theory]
    [InlineData("10.0.0.0/8", "10.0.0.0/8", true)]
    [InlineData("10.0.0.0/8", "10.128.0.0/9", true)]
    [InlineData("10.0.0.0/8", "10.255.255.255/32", true)]
    [InlineData("10.0.0.0/9", "10.128.0.0/9", false)]
    [InlineData("10.0.0.0/8", "11.0.0.0/8", false)]
    [InlineData("10.0.0.0/8", "11.0.0.0/9", false)]
    [InlineData("10.0.0.0/16", "10.0.0.0/8", false)]
    [InlineData("0.0.0.0/0", "255.255.255.255/32", true)]
    [InlineData("0.0.0.0/0", "::/0", false)]
    [InlineData("::/0", "0.0.0.0/0", false)]
    [InlineData("2001:db8::/32", "2001:db8:ffff::/48", true)]
    [InlineData("2001:db8::/32", "2001:db9::/48", false)]
    public void ContainsComparesThePrefixBitsOnly(string outer, string inner, bool contains) =>
        Assert.Equal(contains, Parse(outer).Contains(Parse(inner)));
}
