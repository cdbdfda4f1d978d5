using System.Globalization;
using System.Text;
using NetCfg.Core.Model;

namespace NetCfg.Core.Review.Reports;

/// <summary>Escaping of user text for the review's Markdown: inside quoted Mermaid labels, in table cells, on a console line.</summary>
public static class MarkdownText
{
    /// <summary>
    /// Text for inside a double-quoted Mermaid label: letters, digits, space and <c>.,-_/=*!()</c> stay, every other character
    /// (quotes, brackets, '#', ':', ';', '%', '&lt;', '|', backtick, newlines, non-ASCII) becomes a <c>#code;</c> entity, so nothing can
    /// end the string, start a comment or a directive, or leave the code fence.
    /// </summary>
    public static string MermaidLabel(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or ' ' or '.' or ',' or '-' or '_' or '/' or '=' or '*' or '!' or '(' or ')')
            {
                result.Append(c);
                continue;
            }

            var code = (int)c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) code = char.ConvertToUtf32(c, text[++i]);
            else if (char.IsSurrogate(c)) code = 0xFFFD;
            result.Append('#').Append(code.ToString(CultureInfo.InvariantCulture)).Append(';');
        }

        return result.ToString();
    }

    /// <summary>Text for a Markdown table cell: no pipe, no HTML, no emphasis or code span, no line break.</summary>
    public static string Cell(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in Sound(text))
        {
            switch (c)
            {
                case '\\' or '|' or '`' or '*' or '_' or '[' or ']' or '~' or '#' or '!':
                    result.Append('\\').Append(c);
                    break;
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                case '&': result.Append("&amp;"); break;
                default: result.Append(IsBreak(c) ? ' ' : c); break;
            }
        }

        return result.ToString();
    }

    /// <summary>Text for one console line: control characters and line separators become spaces.</summary>
    public static string Line(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in Sound(text)) result.Append(IsBreak(c) ? ' ' : c);
        return result.ToString();
    }

    // A lone surrogate cannot be written as UTF-8: it becomes the replacement character.
    private static string Sound(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }

        return new string(chars);
    }

    private static bool IsBreak(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085';
}
