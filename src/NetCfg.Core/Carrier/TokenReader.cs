using System;
using System.Globalization;

namespace NetCfg.Core.Carrier;

/// <summary>Reads what <see cref="TokenWriter"/> wrote; throws <see cref="FormatException"/> on anything else.</summary>
internal sealed class TokenReader
{
    private readonly string _text;
    private int _position;

    public TokenReader(string text) => _text = text;

    public bool AtEnd => _position == _text.Length;

    public string? NullableString()
    {
        if (_position < _text.Length && _text[_position] == '!')
        {
            _position++;
            return null;
        }

        var colon = _text.IndexOf(':', _position);
        if (colon < 0 || colon == _position || colon - _position > 9) throw Malformed();
        var length = 0;
        for (var i = _position; i < colon; i++)
        {
            var digit = _text[i] - '0';
            if (digit is < 0 or > 9) throw Malformed();
            length = (length * 10) + digit;
        }

        if (length > _text.Length - colon - 1) throw Malformed();
        _position = colon + 1 + length;
        return _text.Substring(colon + 1, length);
    }

    public string String() => NullableString() ?? throw Malformed();

    public int? NullableInt() => NullableString() is { } text
        ? int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : throw Malformed()
        : null;

    public int Int() => NullableInt() ?? throw Malformed();

    /// <summary>A count of items to follow; bounded by the text left, so a corrupt count cannot allocate much.</summary>
    public int Count()
    {
        var count = Int();
        if (count < 0 || count > _text.Length - _position) throw Malformed();
        return count;
    }

    /// <summary>An enum value written as its number; any number the enum does not define is malformed.</summary>
    public T Enum<T>()
        where T : struct, System.Enum
    {
        var value = Int();
        return System.Enum.IsDefined(typeof(T), value) ? (T)(object)value : throw Malformed();
    }

    /// <summary>Throws unless every token was read.</summary>
    public void End()
    {
        if (!AtEnd) throw new FormatException($"trailing text after the NetCfg data at character {_position}");
    }

    public bool Bool() => Int() switch
    {
        0 => false,
        1 => true,
        _ => throw Malformed(),
    };

    private FormatException Malformed() => new($"malformed NetCfg input at character {_position}");
}
