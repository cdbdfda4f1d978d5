using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace NetCfg.Core.Validation;

/// <summary>Parses CIDRs strictly: canonical network address, no leading zeros, and subset checks.</summary>
public static class Cidrs
{
    /// <summary>A parsed CIDR: network address bytes and prefix length.</summary>
    public readonly struct Network
    {
        public Network(byte[] address, int prefix)
        {
            Address = address;
            Prefix = prefix;
        }

        public byte[] Address { get; }

        public int Prefix { get; }

        public bool Contains(Network other)
        {
            if (other.Address.Length != Address.Length || other.Prefix < Prefix) return false;
            for (var bit = 0; bit < Prefix; bit++)
            {
                if (Bit(Address, bit) != Bit(other.Address, bit)) return false;
            }

            return true;
        }
    }

    /// <summary>Parses a canonical CIDR, or returns why it is not one.</summary>
    public static string? TryParse(string text, out Network network)
    {
        network = default;
        var slash = text.IndexOf('/');
        if (slash <= 0 || slash == text.Length - 1) return $"'{text}' is not a CIDR (address/prefix)";
        var addressText = text.Substring(0, slash);
        var prefixText = text.Substring(slash + 1);
        if (!IPAddress.TryParse(addressText, out var address) || !IsPlainAddress(addressText, address))
        {
            return $"'{text}' has an invalid IP address";
        }

        var bits = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        if (prefixText.Length > 1 && prefixText[0] == '0' || !int.TryParse(prefixText, NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix > bits)
        {
            return $"'{text}' has an invalid prefix length (0-{bits})";
        }

        var bytes = address.GetAddressBytes();
        for (var bit = prefix; bit < bits; bit++)
        {
            if (Bit(bytes, bit))
            {
                return $"'{text}' has bits set beyond the prefix length; did you mean '{Canonical(bytes, prefix, address.AddressFamily)}'?";
            }
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6 && address.IsIPv4MappedToIPv6)
        {
            return $"'{text}' is an IPv4-mapped IPv6 address; use the IPv4 form";
        }

        var canonical = Canonical(bytes, prefix, address.AddressFamily);
        if (!string.Equals(canonical, text, StringComparison.Ordinal))
        {
            return $"'{text}' is not in canonical form; write '{canonical}'";
        }

        network = new Network(bytes, prefix);
        return null;
    }

    private static bool IsPlainAddress(string text, IPAddress address)
    {
        // Stryker disable once Equality : IPAddress.TryParse already rejects a '%' at index 0
        if (address.AddressFamily == AddressFamily.InterNetworkV6) return text.IndexOf('%') < 0;
        // Stryker disable once Boolean : IPAddress.TryParse gives only IPv4 and IPv6 addresses
        if (address.AddressFamily != AddressFamily.InterNetwork) return false;

        // Reject the legacy forms IPAddress accepts ("1", "1.2", "010.0.0.1"): four plain decimal octets only.
        var parts = text.Split('.');
        if (parts.Length != 4) return false;
        foreach (var part in parts)
        {
            // Stryker disable once Logical : IPAddress.TryParse already rejects empty and over-long octets (kept as defence in depth)
            if (part.Length == 0 || part.Length > 3 || (part.Length > 1 && part[0] == '0')) return false;
            foreach (var c in part)
            {
                // Stryker disable once Logical,Boolean : IPAddress.TryParse already rejects non-digits that pass the leading-zero check
                if (c < '0' || c > '9') return false;
            }
        }

        return true;
    }

    private static string Canonical(byte[] bytes, int prefix, AddressFamily family)
    {
        var masked = (byte[])bytes.Clone();
        for (var bit = prefix; bit < masked.Length * 8; bit++)
        {
            // Stryker disable once Bitwise : >> and >>> agree on a non-negative int
            masked[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        var text = new IPAddress(masked).ToString();
        return text + "/" + prefix.ToString(CultureInfo.InvariantCulture);
    }

    // Stryker disable once Bitwise : >> and >>> agree on a non-negative int
    private static bool Bit(byte[] bytes, int bit) => (bytes[bit / 8] & (0x80 >> (bit % 8))) != 0;
}
