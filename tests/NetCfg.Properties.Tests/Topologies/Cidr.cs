using System;
using System.Globalization;
using System.Net;
using System.Numerics;

namespace NetCfg.Properties.Tests.Topologies;

/// <summary>A canonical CIDR held as a big integer network address (independent of src/ and of the oracle).</summary>
internal readonly record struct Cidr(bool IsV6, BigInteger Network, int Prefix)
{
    public int Bits => IsV6 ? 128 : 32;

    public BigInteger Size => BigInteger.One << (Bits - Prefix);

    public BigInteger Last => Network + Size - 1;

    public static Cidr Of(bool v6, BigInteger address, int prefix)
    {
        var bits = v6 ? 128 : 32;
        var mask = ((BigInteger.One << bits) - 1) ^ ((BigInteger.One << (bits - prefix)) - 1);
        return new Cidr(v6, address & mask, prefix);
    }

    public bool Contains(bool v6, BigInteger address) => v6 == IsV6 && address >= Network && address <= Last;

    public bool Contains(Cidr inner) => inner.IsV6 == IsV6 && inner.Network >= Network && inner.Last <= Last;

    public override string ToString() => Address(IsV6, Network) + "/" + Prefix.ToString(CultureInfo.InvariantCulture);

    public static string Address(bool v6, BigInteger value)
    {
        var bytes = new byte[v6 ? 16 : 4];
        for (var i = bytes.Length - 1; i >= 0; i--)
        {
            bytes[i] = (byte)(value & 0xFF);
            value >>= 8;
        }

        return new IPAddress(bytes).ToString();
    }

    public static (bool V6, BigInteger Value) Parse(string address)
    {
        var bytes = IPAddress.Parse(address).GetAddressBytes();
        var value = BigInteger.Zero;
        foreach (var b in bytes) value = (value << 8) | b;
        return (bytes.Length == 16, value);
    }
}
