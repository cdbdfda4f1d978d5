using System.Text;
using System.Text.RegularExpressions;

namespace NetCfg.Core.Validation;

/// <summary>The API server's name and label rules. Anchored with \z: Go's $ does not accept a trailing newline.</summary>
public static class KubernetesNames
{
    private const string Dns1123Label = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private const string QualifiedName = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";

    private static readonly Regex LabelRegex = new("^" + Dns1123Label + @"\z", RegexOptions.CultureInvariant);
    private static readonly Regex SubdomainRegex = new("^" + Dns1123Label + @"(\." + Dns1123Label + @")*\z", RegexOptions.CultureInvariant);
    private static readonly Regex QualifiedNameRegex = new("^" + QualifiedName + @"\z", RegexOptions.CultureInvariant);
    private static readonly Regex LabelValueRegex = new("^(" + QualifiedName + @")?\z", RegexOptions.CultureInvariant);

    /// <summary>A DNS-1123 label: at most 63 characters (namespaces, component names).</summary>
    public static bool IsDns1123Label(string value) => ByteLength(value) <= 63 && LabelRegex.IsMatch(value);

    /// <summary>A DNS-1123 subdomain: at most 253 characters (object names).</summary>
    public static bool IsDns1123Subdomain(string value) => ByteLength(value) <= 253 && SubdomainRegex.IsMatch(value);

    public const string PortNameRule = "1-15 lowercase letters, digits and '-', at least one letter, no leading, trailing or double '-'";

    /// <summary>An IANA service name, as a named container port: 1-15 of [a-z0-9-], a letter, no leading, trailing or double '-'.</summary>
    public static bool IsPortName(string name)
    {
        if (name.Length is 0 or > 15 || name[0] == '-' || name[name.Length - 1] == '-' || name.Contains("--")) return false;
        var letter = false;
        foreach (var c in name)
        {
            if (c is >= 'a' and <= 'z') letter = true;
            else if (c is not (>= '0' and <= '9' or '-')) return false;
        }

        return letter;
    }

    /// <summary>Why a label key is invalid, or null.</summary>
    public static string? LabelKeyError(string key)
    {
        var parts = key.Split('/');
        if (parts.Length > 2) return "a label key may contain at most one '/'";
        var name = parts[parts.Length - 1];
        if (parts.Length == 2)
        {
            if (parts[0].Length == 0) return "the prefix before '/' must be non-empty";
            if (!IsDns1123Subdomain(parts[0])) return "the prefix before '/' must be a lowercase DNS-1123 subdomain";
        }

        if (name.Length == 0) return "the name part must be non-empty";
        if (ByteLength(name) > 63) return "the name part must be no more than 63 characters";
        return QualifiedNameRegex.IsMatch(name)
            ? null
            : "the name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
    }

    /// <summary>Why a label value is invalid, or null.</summary>
    public static string? LabelValueError(string value)
    {
        if (ByteLength(value) > 63) return "a label value must be no more than 63 characters";
        return LabelValueRegex.IsMatch(value)
            ? null
            : "a label value must be empty or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
    }

    private static int ByteLength(string value) => Encoding.UTF8.GetByteCount(value);
}
