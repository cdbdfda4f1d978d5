using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace NetCfg.Oracle;

/// <summary>Name / label / port-name building blocks. Regexes anchor with \z so a trailing newline fails.</summary>
public static partial class ApiValidator
{
    private const string SubdomainPattern = @"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
    private const string LabelValuePattern = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?";

    /// <summary>Lowercase DNS-1123 subdomain, at most 253 bytes (no per-label 63 limit).</summary>
    public static bool IsDns1123Subdomain(string? value) => value is not null && Dns1123SubdomainErrors(value).Count == 0;

    /// <summary>Lowercase DNS-1123 label (no dots), at most 63 bytes.</summary>
    public static bool IsDns1123Label(string? value) => value is not null && Dns1123LabelErrors(value).Count == 0;

    /// <summary>Label key: optional DNS-subdomain prefix and '/', then a 1..63 byte name.</summary>
    public static bool IsLabelKey(string? value) => value is not null && LabelKeyErrors(value).Count == 0;

    /// <summary>Label value: empty, or up to 63 bytes of [-A-Za-z0-9_.] starting and ending alphanumeric.</summary>
    public static bool IsLabelValue(string? value) => value is not null && LabelValueErrors(value).Count == 0;

    /// <summary>IANA service name: 1..15 of [-a-z0-9], a letter, no "--", no leading/trailing '-'.</summary>
    public static bool IsPortName(string? value) => value is not null && PortNameErrors(value).Count == 0;

    /// <summary>Parses as a CIDR and is canonical: no host bits, no leading zeros, no IPv4-mapped IPv6.</summary>
    public static bool IsCanonicalCidr(string? value) => IpBlocks.TryParseCidr(value, out var cidr) && cidr!.IsCanonical;

    internal static List<string> Dns1123SubdomainErrors(string value)
    {
        var errors = new List<string>();
        if (ByteLength(value) > 253)
        {
            errors.Add("must be no more than 253 characters");
        }

        if (!SubdomainRegex().IsMatch(value))
        {
            errors.Add("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start "
                + $"and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '{SubdomainPattern}')");
        }

        return errors;
    }

    internal static List<string> Dns1123LabelErrors(string value)
    {
        var errors = new List<string>();
        if (ByteLength(value) > 63)
        {
            errors.Add("must be no more than 63 characters");
        }

        if (!LabelRegex().IsMatch(value))
        {
            errors.Add("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end "
                + "with an alphanumeric character (e.g. 'my-name', or '123-abc')");
        }

        return errors;
    }

    internal static List<string> LabelKeyErrors(string value)
    {
        var errors = new List<string>();
        var parts = value.Split('/');
        if (parts.Length > 2)
        {
            errors.Add("a qualified name must be a name with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
            return errors;
        }

        var name = parts[^1];
        if (parts.Length == 2)
        {
            if (parts[0].Length == 0)
            {
                errors.Add("prefix part must be non-empty");
            }
            else
            {
                errors.AddRange(Dns1123SubdomainErrors(parts[0]).ConvertAll(m => "prefix part " + m));
            }
        }

        if (name.Length == 0)
        {
            errors.Add("name part must be non-empty");
            return errors;
        }

        if (ByteLength(name) > 63)
        {
            errors.Add("name part must be no more than 63 characters");
        }

        if (!QualifiedNameRegex().IsMatch(name))
        {
            errors.Add("name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character");
        }

        return errors;
    }

    internal static List<string> LabelValueErrors(string value)
    {
        var errors = new List<string>();
        if (ByteLength(value) > 63)
        {
            errors.Add("must be no more than 63 characters");
        }

        if (!LabelValueRegex().IsMatch(value))
        {
            errors.Add("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start "
                + $"and end with an alphanumeric character (regex used for validation is '{LabelValuePattern}')");
        }

        return errors;
    }

    internal static List<string> PortNameErrors(string value)
    {
        var errors = new List<string>();
        if (ByteLength(value) > 15)
        {
            errors.Add("must be no more than 15 characters");
        }

        if (!PortNameCharsRegex().IsMatch(value))
        {
            errors.Add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        }

        if (!PortNameLetterRegex().IsMatch(value))
        {
            errors.Add("must contain at least one letter (a-z)");
        }

        if (value.Contains("--", System.StringComparison.Ordinal))
        {
            errors.Add("must not contain consecutive hyphens");
        }

        if (value.StartsWith('-') || value.EndsWith('-'))
        {
            errors.Add("must not begin or end with a hyphen");
        }

        return errors;
    }

    // Go's len() counts UTF-8 bytes.
    private static int ByteLength(string value) => Encoding.UTF8.GetByteCount(value);

    [GeneratedRegex("^" + SubdomainPattern + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex SubdomainRegex();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]\z", RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedNameRegex();

    [GeneratedRegex("^" + LabelValuePattern + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex LabelValueRegex();

    [GeneratedRegex(@"^[-a-z0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex PortNameCharsRegex();

    [GeneratedRegex("[a-z]", RegexOptions.CultureInvariant)]
    private static partial Regex PortNameLetterRegex();
}
