using System.Text;

namespace Skia.Trader.Binance.UserData;

/// <summary>
/// WireText is a JSON string value of a frame as read: where its UTF-8 bytes lie in the frame, or,
/// for the rare value written with escapes, the unescaped string. It lets <see cref="UserDataParser"/>
/// keep a field without allocating and make strings only of the fields an event keeps.
/// </summary>
internal readonly struct WireText
{
    private readonly int _start;
    private readonly int _length;
    private readonly string? _unescaped;

    /// <summary>WireText names the bytes frame[start..start+length] of an unescaped string value.</summary>
    public WireText(int start, int length)
    {
        _start = start;
        _length = length;
        IsPresent = true;
    }

    /// <summary>WireText holds a value that had escapes, already unescaped.</summary>
    public WireText(string unescaped)
    {
        _unescaped = unescaped;
        IsPresent = true;
    }

    /// <summary>IsPresent says whether the field was in the frame as a string.</summary>
    public bool IsPresent { get; }

    /// <summary>IsEmpty says whether the value is absent or the empty string.</summary>
    public bool IsEmpty => !IsPresent || (_unescaped == null ? _length == 0 : _unescaped.Length == 0);

    /// <summary>Utf8 returns the value's UTF-8 bytes in <paramref name="frame"/> (allocates only for an escaped value).</summary>
    public ReadOnlySpan<byte> Utf8(ReadOnlySpan<byte> frame) =>
        _unescaped == null ? frame.Slice(_start, _length) : Encoding.UTF8.GetBytes(_unescaped);

    /// <summary>Is compares the value with ASCII text such as "executionReport".</summary>
    public bool Is(ReadOnlySpan<byte> frame, ReadOnlySpan<byte> ascii) => IsPresent && Utf8(frame).SequenceEqual(ascii);

    /// <summary>ToText returns the value as a string, or null when absent; a value equal to one of <paramref name="known"/> returns that instance (no allocation).</summary>
    public string? ToText(ReadOnlySpan<byte> frame, ReadOnlySpan<string> known = default)
    {
        if (!IsPresent) return null;
        if (_unescaped != null) return _unescaped;
        ReadOnlySpan<byte> utf8 = frame.Slice(_start, _length);
        foreach (string k in known)
        {
            if (Ascii.Equals(utf8, k)) return k;
        }
        return Encoding.UTF8.GetString(utf8);
    }
}
