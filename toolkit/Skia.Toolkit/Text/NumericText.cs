using System.Globalization;
using SkiaSharp;

namespace Skia.Toolkit.Text;

/// <summary>NumericText is a reusable buffer holding one number as text and glyphs, for prices, sizes and times that change every update: setting and drawing it call no shaper and allocate nothing.</summary>
/// <remarks>Glyphs come from a <see cref="NumericFont"/> table (tabular figures), so a number's width depends only on its characters. Not thread-safe: one per label.</remarks>
public sealed class NumericText
{
    /// <summary>Capacity is the longest text a NumericText holds; a long with 18 decimals, a sign and grouping separators fits.</summary>
    public const int Capacity = 40;

    // "F0".."F28": decimal.TryFormat takes the format as a span; indexing a table avoids building strings.
    private static readonly string[] FixedFormats = BuildFixedFormats();

    private readonly char[] _chars = new char[Capacity];
    private readonly ushort[] _glyphs = new ushort[Capacity];
    private NumericFont _font;
    private int _length;

    /// <summary>NumericText creates an empty number laid out with a font's numeric table.</summary>
    public NumericText(NumericFont font)
    {
        ArgumentNullException.ThrowIfNull(font);
        _font = font;
    }

    /// <summary>Font is the numeric table glyphs and advances come from; setting it lays the text out again.</summary>
    public NumericFont Font
    {
        get => _font;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (ReferenceEquals(value, _font)) return;
            _font = value;
            Layout();
        }
    }

    /// <summary>Chars is the current text.</summary>
    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, _length);

    /// <summary>Glyphs are the current glyph ids, one per character.</summary>
    public ReadOnlySpan<ushort> Glyphs => _glyphs.AsSpan(0, _length);

    /// <summary>Length is the number of characters.</summary>
    public int Length => _length;

    /// <summary>Width is the advance of the current text in logical pixels.</summary>
    public float Width { get; private set; }

    /// <summary>Set copies numeric text in; returns whether the text changed.</summary>
    /// <exception cref="ArgumentException">the text is longer than <see cref="Capacity"/> or has a character outside <see cref="NumericFont.Characters"/>.</exception>
    public bool Set(ReadOnlySpan<char> text)
    {
        if (text.Length > Capacity) throw new ArgumentException($"Numeric text is limited to {Capacity} characters.", nameof(text));
        if (!NumericFont.IsNumeric(text)) throw new ArgumentException($"Numeric text may only hold the characters \"{NumericFont.Characters}\".", nameof(text));
        if (text.SequenceEqual(Chars)) return false;
        text.CopyTo(_chars);
        _length = text.Length;
        Layout();
        return true;
    }

    /// <summary>SetNumber shows a fixed-point number, mantissa × 10^-decimals (e.g. 4213057, 2 → "42130.57"); returns whether the text changed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">decimals is outside 0..18.</exception>
    public bool SetNumber(long mantissa, int decimals, bool groupThousands = false)
    {
        Span<char> text = stackalloc char[Capacity];
        FormatFixedPoint(mantissa, decimals, groupThousands, text, out int written);
        return Set(text[..written]);
    }

    /// <summary>SetNumber shows a decimal rounded to a number of decimals (invariant culture, no grouping); returns whether the text changed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">decimals is outside 0..28.</exception>
    public bool SetNumber(decimal value, int decimals)
    {
        if ((uint)decimals >= (uint)FixedFormats.Length) throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimals must be within 0..28.");
        Span<char> text = stackalloc char[Capacity + 32];
        if (!value.TryFormat(text, out int written, FixedFormats[decimals], CultureInfo.InvariantCulture) || written > Capacity)
            throw new ArgumentOutOfRangeException(nameof(value), value, $"The number does not fit in {Capacity} characters.");
        return Set(text[..written]);
    }

    /// <summary>FormatFixedPoint writes mantissa × 10^-decimals as text (invariant, '.' decimal point, optional ',' grouping) into a buffer of at least <see cref="Capacity"/> characters, allocating nothing.</summary>
    /// <exception cref="ArgumentOutOfRangeException">decimals is outside 0..18.</exception>
    /// <exception cref="ArgumentException">destination is shorter than the text.</exception>
    public static void FormatFixedPoint(long mantissa, int decimals, bool groupThousands, Span<char> destination, out int written)
    {
        // 18 decimals is the most a long's 19 digits can carry with one integer digit left.
        if ((uint)decimals > 18) throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimals must be within 0..18.");
        Span<char> text = stackalloc char[Capacity];
        int p = text.Length;
        // Negating long.MinValue overflows; going through ulong keeps its magnitude.
        ulong magnitude = mantissa < 0 ? (ulong)(-(mantissa + 1)) + 1 : (ulong)mantissa;
        for (int d = 0; d < decimals; d++)
        {
            text[--p] = (char)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }
        if (decimals > 0) text[--p] = '.';
        int integerDigits = 0;
        do
        {
            if (groupThousands && integerDigits > 0 && integerDigits % 3 == 0) text[--p] = ',';
            text[--p] = (char)('0' + (int)(magnitude % 10));
            magnitude /= 10;
            integerDigits++;
        }
        while (magnitude != 0);
        if (mantissa < 0) text[--p] = '-';
        written = text.Length - p;
        if (destination.Length < written) throw new ArgumentException($"The destination needs {written} characters.", nameof(destination));
        text[p..].CopyTo(destination);
    }

    /// <summary>Draw draws the number with its baseline starting at (x, baseline).</summary>
    public void Draw(SKCanvas canvas, float x, float baseline, SKPaint paint)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(paint);
        NativeGlyphDrawing.DrawGlyphs(canvas, Glyphs, x, baseline, _font.Font, paint);
    }

    /// <summary>ToString returns the current text (allocates; for markup and debugging).</summary>
    public override string ToString() => new(Chars);

    private void Layout()
    {
        float width = 0;
        for (int i = 0; i < _length; i++)
        {
            char c = _chars[i];
            _glyphs[i] = _font.GlyphOf(c);
            width += _font.AdvanceOf(c);
        }
        Width = width;
    }

    private static string[] BuildFixedFormats()
    {
        var formats = new string[29];
        for (int i = 0; i < formats.Length; i++) formats[i] = "F" + i.ToString(CultureInfo.InvariantCulture);
        return formats;
    }
}
