using System;
using System.Security.Cryptography;
using System.Text;

namespace NetCfg.Core.Translation;

/// <summary>Deterministic, unique, valid DNS-1123 subdomain names for the emitted policies.</summary>
public static class PolicyNames
{
    public const int MaxLength = 253;

    /// <summary>'config.suffix'; a name over 253 characters keeps a prefix of the config and a hash of the whole.</summary>
    public static string For(string config, string suffix)
    {
        var name = config + "." + suffix;
        if (name.Length <= MaxLength) return name;
        var hash = Hash(name);
        var keep = MaxLength - suffix.Length - hash.Length - 2;
        var prefix = config.Substring(0, keep).TrimEnd('-', '.');
        return prefix + "-" + hash + "." + suffix;
    }

    private static string Hash(string value)
    {
        using var sha = SHA256.Create();
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(value));
        var text = new StringBuilder();
        for (var i = 0; i < 5; i++) text.Append(bytes[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return text.ToString();
    }
}
