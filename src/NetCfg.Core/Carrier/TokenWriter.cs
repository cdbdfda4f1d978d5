using System.Globalization;
using System.Text;

namespace NetCfg.Core.Carrier;

/// <summary>
/// Writes a flat run of tokens: a string as its length, ':' and its characters; null as '!'. Length prefixes make the
/// text unambiguous whatever the strings hold.
/// </summary>
internal sealed class TokenWriter
{
    private readonly StringBuilder _text = new();

    public TokenWriter String(string? value)
    {
        if (value is null) _text.Append('!');
        else _text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        return this;
    }

    public TokenWriter Int(int? value) => String(value?.ToString(CultureInfo.InvariantCulture));

    public TokenWriter Bool(bool value) => Int(value ? 1 : 0);

    public override string ToString() => _text.ToString();
}
