using System;
using System.Security.Cryptography;
using System.Text;
using NetCfg;

namespace Shop.Identity;

/// <summary>
/// The identity API: signs shoppers in and checks the tokens other services are shown. It calls nothing; the basket API
/// calls it by name (<c>[DependsOn("identity-api", Port = 8443)]</c>) without referencing this project.
/// </summary>
[Component("identity-api")]
[MatchLabel("app.kubernetes.io/name", "identity-api")]
[DependsOnProfile("allow-prometheus-scrape")]
public sealed partial class IdentityApi
{
    private readonly byte[] _key;

    public IdentityApi(byte[] key) => _key = key;

    /// <summary>A token for the shopper: their id and an HMAC of it.</summary>
    public string Issue(string shopper) => shopper + "." + Convert.ToBase64String(Sign(shopper));

    /// <summary>The shopper a token was issued to, or null when it was not issued here.</summary>
    public string? Check(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var dot = token.LastIndexOf('.');
        if (dot <= 0) return null;
        var shopper = token.Substring(0, dot);
        return CryptographicOperations.FixedTimeEquals(Sign(shopper), Decode(token.Substring(dot + 1))) ? shopper : null;
    }

    private byte[] Sign(string shopper) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(shopper));

    private static byte[] Decode(string text)
    {
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var written) ? bytes.AsSpan(0, written).ToArray() : Array.Empty<byte>();
    }
}
