using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using k8s.Models;

namespace NetCfg.Oracle;

/// <summary>A CIDR parsed the lenient ("sloppy") way the API server does, plus flags for non-canonical input.</summary>
/// <param name="Network">Address with host bits cleared.</param>
/// <param name="HostBitsSet">The written address had bits set beyond the prefix length.</param>
/// <param name="LeadingZeros">An IPv4 octet or the prefix length was written with a leading zero.</param>
/// <param name="IsIPv4Mapped">IPv6 text holding an IPv4-mapped address (::ffff:a.b.c.d).</param>
public sealed record ParsedCidr(IPAddress Network, int PrefixLength, bool HostBitsSet, bool LeadingZeros, bool IsIPv4Mapped)
{
    public bool IsCanonical => !HostBitsSet && !LeadingZeros && !IsIPv4Mapped;
}

/// <summary>CIDR / address parsing and ipBlock matching with plain byte-wise prefix math.</summary>
public static class IpBlocks
{
    /// <summary>Lenient CIDR parse: IPv4 octets may have leading zeros (read as decimal), host bits are masked off.</summary>
    public static bool TryParseCidr(string? text, out ParsedCidr? cidr)
    {
        cidr = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return false;
        }

        var prefixText = text[(slash + 1)..];
        if (!TryParseAddress(text[..slash], out var address, out var addressZeros) || !TryParseDigits(prefixText, out var prefix))
        {
            return false;
        }

        var bytes = address!.GetAddressBytes();
        if (prefix > bytes.Length * 8)
        {
            return false;
        }

        var network = Mask(bytes, prefix);
        cidr = new ParsedCidr(
            new IPAddress(network),
            prefix,
            HostBitsSet: !network.AsSpan().SequenceEqual(bytes),
            LeadingZeros: addressZeros || (prefixText.Length > 1 && prefixText[0] == '0'),
            IsIPv4Mapped: address.AddressFamily == AddressFamily.InterNetworkV6 && address.IsIPv4MappedToIPv6);
        return true;
    }

    /// <summary>Parses a plain IPv4 (dotted decimal, exactly 4 parts) or IPv6 address (no zone, no brackets).</summary>
    public static bool TryParseAddress(string? text, out IPAddress? address) => TryParseAddress(text, out address, out _);

    /// <summary>True when <paramref name="address"/> is of the same family as <paramref name="cidr"/> and inside it.</summary>
    public static bool Contains(ParsedCidr cidr, IPAddress address)
    {
        var network = cidr.Network.GetAddressBytes();
        var bytes = address.GetAddressBytes();
        return bytes.Length == network.Length && Mask(bytes, cidr.PrefixLength).AsSpan().SequenceEqual(network);
    }

    /// <summary>Inner lies inside outer and has a strictly longer prefix (the rule for ipBlock.except).</summary>
    public static bool IsStrictSubset(ParsedCidr outer, ParsedCidr inner) =>
        Contains(outer, inner.Network) && outer.PrefixLength < inner.PrefixLength;

    /// <summary>An ipBlock matches an IP inside cidr and outside every except entry.</summary>
    /// <exception cref="InvalidOperationException">cidr or an except entry does not parse.</exception>
    public static bool Matches(V1IPBlock block, IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (!Contains(ParseOrThrow(block.Cidr), address))
        {
            return false;
        }

        return !(block.Except ?? []).Any(e => Contains(ParseOrThrow(e), address));
    }

    private static ParsedCidr ParseOrThrow(string? text) =>
        TryParseCidr(text, out var cidr) ? cidr! : throw new InvalidOperationException($"ipBlock CIDR '{text}' is not a valid CIDR");

    private static byte[] Mask(byte[] bytes, int prefix)
    {
        var result = new byte[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var bits = Math.Clamp(prefix - (8 * i), 0, 8);
            result[i] = (byte)(bytes[i] & (0xFF << (8 - bits)));
        }

        return result;
    }

    private static bool TryParseAddress(string? text, out IPAddress? address, out bool leadingZeros)
    {
        address = null;
        leadingZeros = false;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (text.Contains(':', StringComparison.Ordinal))
        {
            // IPv6: refuse zones, brackets and whitespace that IPAddress would otherwise accept or trim.
            if (text.Any(c => c is '%' or '[' or ']' || char.IsWhiteSpace(c)) || !IPAddress.TryParse(text, out var v6)
                || v6.AddressFamily != AddressFamily.InterNetworkV6)
            {
                return false;
            }

            address = v6;
            return true;
        }

        var parts = text.Split('.');
        if (parts.Length != 4)
        {
            return false;
        }

        var octets = new byte[4];
        for (var i = 0; i < 4; i++)
        {
            if (!TryParseDigits(parts[i], out var octet) || octet > 255)
            {
                return false;
            }

            leadingZeros |= parts[i].Length > 1 && parts[i][0] == '0';
            octets[i] = (byte)octet;
        }

        address = new IPAddress(octets);
        return true;
    }

    // Non-empty ASCII decimal digits, leading zeros allowed; more than 6 significant digits is out of range anyway.
    private static bool TryParseDigits(string text, out int value)
    {
        value = 0;
        if (text.Length == 0 || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        var trimmed = text.TrimStart('0');
        return trimmed.Length <= 6 && int.TryParse(trimmed.Length == 0 ? "0" : trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
