using System.Globalization;

namespace Skia.Trader.Ui.Text;

/// <summary>
/// FigureFormat writes one figure into a localised text of <see cref="TerminalStrings"/> ("FPS {0}", "data age p99 {0}
/// ms") in a span, for the status bar's figures that change every second: the text is split around its "{0}" once per
/// language (a change of language or strings is seen by reference), and writing the figure into the caller's buffer
/// makes no string. A text that is not "prefix {0} suffix" (another placeholder, braces) is formatted as a string, as
/// <see cref="string.Format(IFormatProvider, string, object)"/> would. UI thread only.
/// </summary>
internal sealed class FigureFormat
{
    private readonly string _key;
    private readonly string _noneKey;
    private string? _template;
    private string _prefix = "";
    private string _suffix = "";
    private bool _simple;

    /// <summary>Creates the format of <paramref name="key"/>, with <paramref name="noneKey"/> the text shown without a figure ("FPS -").</summary>
    public FigureFormat(string key, string noneKey)
    {
        _key = key;
        _noneKey = noneKey;
    }

    /// <summary>None is the text shown without a figure, in the selected language.</summary>
    public string None => TerminalStrings.Get(_noneKey);

    /// <summary>
    /// Write writes the localised text with <paramref name="figure"/> formatted by <paramref name="numberFormat"/>
    /// (invariant culture, as the status bar always wrote its figures) into <paramref name="buffer"/> and returns the
    /// written part; a text that does not fit or is not a simple "prefix {0} suffix" comes back as a new string's span.
    /// </summary>
    public ReadOnlySpan<char> Write<T>(Span<char> buffer, T figure, ReadOnlySpan<char> numberFormat)
        where T : ISpanFormattable
    {
        string template = TerminalStrings.Get(_key);
        if (!ReferenceEquals(template, _template)) Parse(template);
        if (_simple && buffer.Length >= _prefix.Length + _suffix.Length)
        {
            Span<char> rest = buffer[_prefix.Length..];
            if (figure.TryFormat(rest[..^_suffix.Length], out int written, numberFormat, CultureInfo.InvariantCulture))
            {
                _prefix.CopyTo(buffer);
                _suffix.CopyTo(rest[written..]);
                return buffer[..(_prefix.Length + written + _suffix.Length)];
            }
        }
        return string.Format(CultureInfo.InvariantCulture, template, figure.ToString(numberFormat.ToString(), CultureInfo.InvariantCulture));
    }

    private void Parse(string template)
    {
        _template = template;
        int at = template.IndexOf("{0}", StringComparison.Ordinal);
        _simple = at >= 0;
        if (!_simple) return;
        _prefix = template[..at];
        _suffix = template[(at + 3)..];
        _simple = !_prefix.AsSpan().ContainsAny('{', '}') && !_suffix.AsSpan().ContainsAny('{', '}');
    }
}
