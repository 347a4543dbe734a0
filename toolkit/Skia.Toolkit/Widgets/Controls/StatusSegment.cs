using Skia.Toolkit.Core;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using Skia.Toolkit.Theming;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// StatusSegment is one piece of text in a <see cref="StatusBar"/> ("Connected", "12 ms", a clock), coloured by its
/// <see cref="Tone"/>. A figure that changes every second (frames per second, a latency) is shown with
/// <see cref="SetText"/>, which makes no string.
/// </summary>
public sealed class StatusSegment : Widget
{
    // Null while the text came from SetText(span) and no one has read it as a string since.
    private string? _text;
    // While _spanMode, the text is this shaped line (kept for reuse: the next SetText shapes into its buffers).
    private ShapedLabel? _spanLabel;
    private bool _spanMode;
    private StatusTone _tone;

    internal StatusSegment(string text, StatusTone tone, bool alignRight)
    {
        _text = text;
        _tone = tone;
        AlignRight = alignRight;
    }

    /// <summary>Text is what the segment shows; changing it re-lays-out the status bar only.</summary>
    public string Text
    {
        get => _text ??= _spanLabel!.Text;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            UiThreadCheck.Verify(this);
            if (_spanMode ? value.AsSpan().SequenceEqual(_spanLabel!.Chars) : _text == value) return;
            _text = value;
            _spanMode = false;
            InvalidateMeasure();
            InvalidatePaint();
        }
    }

    /// <summary>
    /// SetText shows text written into a span (a figure with its unit) without making a string: it is shaped into a
    /// buffer the segment reuses and drawn exactly as <see cref="Text"/> would draw it, so updating a figure every second
    /// allocates nothing (up to 24 characters of printable ASCII in the font's own face; other text is shaped as a
    /// string). Reading <see cref="Text"/> afterwards builds the string once. An unchanged text does nothing.
    /// </summary>
    public void SetText(ReadOnlySpan<char> text)
    {
        UiThreadCheck.Verify(this);
        if (_spanMode ? text.SequenceEqual(_spanLabel!.Chars) : text.SequenceEqual(_text)) return;
        float oldWidth = _spanMode ? _spanLabel!.Advance : float.NaN;
        (_spanLabel ??= new ShapedLabel()).Set(text, Font);
        _spanMode = true;
        _text = null;
        InvalidatePaint();
        if (!(_spanLabel.Advance == oldWidth)) InvalidateMeasure();
    }

    /// <summary>Tone picks the text colour.</summary>
    public StatusTone Tone
    {
        get => _tone;
        set
        {
            if (_tone == value) return;
            _tone = value;
            InvalidatePaint();
        }
    }

    /// <summary>ClipToBounds is true: a segment cut by a narrow bar must not draw over its neighbour.</summary>
    public override bool ClipToBounds => true;

    /// <summary>AlignRight tells whether the segment sits in the bar's right-hand group.</summary>
    public bool AlignRight { get; }

    private Theme Theme => Root?.Theme ?? Theme.Dark;

    private FontSpec Font => FontSpec.Ui(Theme.FontSizeSmall);

    /// <summary>MeasureOverride asks for the text plus padding on both sides.</summary>
    protected override SKSize MeasureOverride(SKSize available) => new(TextWidth() + (2 * Theme.Spacing), Theme.RowHeight);

    private float TextWidth()
    {
        if (!_spanMode) return TextPainter.Width(_text!, Font);
        var line = SpanLine();
        return line.Chars.IsEmpty ? 0 : line.Advance;
    }

    // The span text in the theme's current font (a theme change reshapes it once).
    private ShapedLabel SpanLine()
    {
        var line = _spanLabel!;
        var font = Font;
        if (!line.Font.Equals(font)) line.Set(line.Chars, font);
        return line;
    }

    /// <summary>OnRender draws the text in its tone's colour.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var t = Theme;
        var color = _tone switch
        {
            StatusTone.Positive => t.Positive,
            StatusTone.Warning => t.Warning,
            StatusTone.Negative => t.Negative,
            _ => t.TextMuted,
        };
        var rect = new SKRect(0, 0, Bounds.Width, Bounds.Height);
        if (!_spanMode)
        {
            TextPainter.Draw(canvas, _text!, Font, color, rect, 0.5f);
            return;
        }
        // As TextPainter.Draw draws a string: centred in the rectangle both ways.
        var line = SpanLine();
        if (line.Chars.IsEmpty) return;
        float x = rect.Left + ((rect.Width - line.Advance) * 0.5f);
        float baseline = ((rect.Top + rect.Bottom) / 2) + ((line.Ascent - line.Descent) / 2);
        line.Draw(canvas, x, baseline, ScratchPaint.Fill(color));
    }

    /// <summary>DescribeMarkup writes the text and a tone other than normal.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Property("text", Text);
        if (_tone != StatusTone.Normal) w.Property("tone", _tone.ToString());
        if (AlignRight) w.Property("right", true);
    }
}
