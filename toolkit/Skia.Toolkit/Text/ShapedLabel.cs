using System.Runtime.InteropServices;
using SkiaSharp;

namespace Skia.Toolkit.Text;

/// <summary>
/// ShapedLabel is one short line of text (an axis label, a price tag) shaped into buffers it keeps and reuses, for
/// text that changes with live data: setting new text from a span and drawing it allocate nothing managed once the
/// label exists, and it draws exactly what <see cref="ShapedText"/> draws for the same string (same shaping, a
/// positioned glyph run in a native text blob). Text the allocation-free path cannot shape (see
/// <see cref="TextShaper.TryShapeInto"/>) is shaped through the thread's <see cref="TextMeasureCache"/> instead,
/// which allocates its string. Not thread-safe: use it on the UI thread that draws it.
/// </summary>
internal sealed unsafe partial class ShapedLabel
{
    /// <summary>Capacity is the longest text (and the most glyphs) the allocation-free path takes.</summary>
    public const int Capacity = 24;

    private const string SkiaLibrary = "libSkiaSharp";

    private readonly char[] _chars = new char[Capacity];
    private int _length;
    private int _glyphCount;
    private nint _blob;
    // The string of the current text, made only when asked for (markup, tests), or the fallback's own string.
    private string? _text;
    private ShapedText? _fallback;
    private FontSpec _font;
    private bool _set;

    ~ShapedLabel() => ReleaseBlob();

    internal ushort[] GlyphBuffer { get; } = new ushort[Capacity];

    internal SKPoint[] PositionBuffer { get; } = new SKPoint[Capacity];

    /// <summary>Chars is the current text.</summary>
    public ReadOnlySpan<char> Chars => _fallback != null ? _fallback.Text.AsSpan() : _chars.AsSpan(0, _length);

    /// <summary>Text is the current text as a string (made on first use after each change: for markup and tests, not for frames).</summary>
    public string Text => _text ??= new string(Chars);

    /// <summary>Font is the font the text was shaped with.</summary>
    public FontSpec Font => _font;

    /// <summary>Advance is the width of the shaped text.</summary>
    public float Advance { get; private set; }

    /// <summary>Ascent is the line's extent above the baseline (positive).</summary>
    public float Ascent { get; private set; }

    /// <summary>Descent is the line's extent below the baseline (positive).</summary>
    public float Descent { get; private set; }

    /// <summary>Leading is the gap the font asks for between lines.</summary>
    public float Leading { get; private set; }

    /// <summary>LineHeight is ascent + descent + leading, as <see cref="ShapedText.LineHeight"/>.</summary>
    public float LineHeight => Ascent + Descent + Leading;

    /// <summary>Matches says whether the label already shows this text in this font.</summary>
    public bool Matches(ReadOnlySpan<char> text, FontSpec font) => _set && _font.Equals(font) && text.SequenceEqual(Chars);

    /// <summary>Set shapes new text (nothing happens when it is the text and font already shown).</summary>
    public void Set(ReadOnlySpan<char> text, FontSpec font)
    {
        if (Matches(text, font)) return;
        var cache = TextMeasureCache.ForCurrentThread;
        if (cache.Shaper.TryShapeInto(text, font, this)) return;
        // Text outside the allocation-free path: the whole-string shaping of every other label.
        var s = new string(text);
        SetFallback(cache.Get(s, font));
    }

    /// <summary>Set shapes a string (reusing it rather than copying when the fallback path takes it).</summary>
    public void Set(string text, FontSpec font)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Matches(text, font)) return;
        var cache = TextMeasureCache.ForCurrentThread;
        if (cache.Shaper.TryShapeInto(text, font, this))
        {
            _text = text;
            return;
        }
        SetFallback(cache.Get(text, font));
    }

    /// <summary>Draw draws the text with its baseline starting at (x, baseline).</summary>
    public void Draw(SKCanvas canvas, float x, float baseline, SKPaint paint)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(paint);
        if (_fallback != null)
        {
            _fallback.Draw(canvas, x, baseline, paint);
            return;
        }
        if (_blob == 0) return;
        // A disposed canvas or paint has a null handle that native Skia would dereference.
        if (canvas.Handle == 0) throw new ObjectDisposedException(nameof(SKCanvas));
        if (paint.Handle == 0) throw new ObjectDisposedException(nameof(SKPaint));
        sk_canvas_draw_text_blob(canvas.Handle, _blob, x, baseline, paint.Handle);
        GC.KeepAlive(canvas);
        GC.KeepAlive(paint);
    }

    // Called by TextShaper.TryShapeInto once GlyphBuffer and PositionBuffer hold the new glyphs.
    internal void Shaped(ReadOnlySpan<char> text, FontSpec font, int glyphCount, float advance, LineMetrics metrics, SKFont skFont)
    {
        text.CopyTo(_chars);
        _length = text.Length;
        _glyphCount = glyphCount;
        _font = font;
        _set = true;
        _text = null;
        _fallback = null;
        Advance = advance;
        Ascent = metrics.Ascent;
        Descent = metrics.Descent;
        Leading = metrics.Leading;
        ReleaseBlob();
        if (glyphCount == 0) return;
        // The same run SKTextBlobBuilder.AddPositionedRun makes, without its managed SKTextBlob wrapper per build.
        nint builder = sk_textblob_builder_new();
        try
        {
            RunBuffer run;
            sk_textblob_builder_alloc_run_pos(builder, skFont.Handle, glyphCount, null, &run);
            GlyphBuffer.AsSpan(0, glyphCount).CopyTo(new Span<ushort>(run.Glyphs, glyphCount));
            PositionBuffer.AsSpan(0, glyphCount).CopyTo(new Span<SKPoint>(run.Positions, glyphCount));
            _blob = sk_textblob_builder_make(builder);
        }
        finally
        {
            sk_textblob_builder_delete(builder);
        }
        GC.KeepAlive(skFont);
    }

    private void SetFallback(ShapedText shaped)
    {
        ReleaseBlob();
        _fallback = shaped;
        _text = shaped.Text;
        _font = shaped.Font;
        _set = true;
        _length = 0;
        _glyphCount = 0;
        Advance = shaped.Advance;
        Ascent = shaped.Ascent;
        Descent = shaped.Descent;
        Leading = shaped.Leading;
    }

    private void ReleaseBlob()
    {
        if (_blob == 0) return;
        sk_textblob_unref(_blob);
        _blob = 0;
    }

    // sk_textblob_builder_runbuffer_t: where the run's glyph ids, positions, UTF-8 text and clusters go.
    [StructLayout(LayoutKind.Sequential)]
    private struct RunBuffer
    {
        public void* Glyphs;
        public void* Positions;
        public void* Utf8Text;
        public void* Clusters;
    }

    [LibraryImport(SkiaLibrary)]
    private static partial nint sk_textblob_builder_new();

    [LibraryImport(SkiaLibrary)]
    private static partial void sk_textblob_builder_delete(nint builder);

    [LibraryImport(SkiaLibrary)]
    private static partial void sk_textblob_builder_alloc_run_pos(nint builder, nint font, int count, SKRect* bounds, RunBuffer* runBuffer);

    [LibraryImport(SkiaLibrary)]
    private static partial nint sk_textblob_builder_make(nint builder);

    [LibraryImport(SkiaLibrary)]
    private static partial void sk_textblob_unref(nint blob);

    [LibraryImport(SkiaLibrary)]
    private static partial void sk_canvas_draw_text_blob(nint canvas, nint blob, float x, float y, nint paint);
}
