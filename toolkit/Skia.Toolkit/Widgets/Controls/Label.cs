using Skia.Toolkit.Core;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// Label shows read-only text: one line or several (word wrapping), trimmed with a trailing "…" when it
/// does not fit, aligned left, centre or right, and centred vertically in its bounds. With
/// <see cref="UseNumericFastPath"/> on, numbers (prices, sizes, times) are drawn by <see cref="NumericText"/>:
/// updating them through <see cref="SetNumber(long, int, bool)"/> or <see cref="SetNumericText"/> and drawing
/// them allocate nothing.
/// </summary>
/// <remarks>
/// A text change repaints only the label when the label is a layout boundary (fixed Width and Height);
/// otherwise it re-measures up to the nearest boundary — except a numeric label whose width stays the same
/// (tabular figures), which repaints only.
/// </remarks>
public sealed class Label : Widget
{
    private string? _text = "";
    private FontSpec _font = FontSpec.Ui(FontSpec.DefaultSize);
    private SKColor? _color;
    private TextAlignment _textAlignment;
    private TextWrapping _wrapping;
    private TextTrimming _trimming = TextTrimming.CharacterEllipsis;
    private int _maxLines = int.MaxValue;
    private bool _useNumericFastPath;
    // Non-null while the current text is drawn by the fast path.
    private NumericText? _numeric;
    // While _spanMode, the current text came from SetText(span) and is this one shaped line (no string made); kept for reuse.
    private ShapedLabel? _spanLabel;
    private bool _spanMode;
    private TextLayout? _layout;
    private float _layoutHeightLimit = float.NaN;

    /// <summary>Label creates an empty label.</summary>
    public Label()
    {
    }

    /// <summary>Label creates a label showing <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException">text is null.</exception>
    public Label(string text)
    {
        Text = text;
    }

    /// <summary>Text is the text shown; '\n' starts a new line. Reading it after a numeric update builds the string once.</summary>
    /// <exception cref="ArgumentNullException">the value is null.</exception>
    public string Text
    {
        get => _text ??= _numeric?.ToString() ?? (_spanMode ? _spanLabel!.Text : "");
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            UiThreadCheck.Verify(this);
            if (_text != null && string.Equals(_text, value, StringComparison.Ordinal)) return;
            float oldWidth = CurrentNumericWidth();
            _text = value;
            _spanMode = false;
            if (_useNumericFastPath && value.Length <= NumericText.Capacity && NumericFont.IsNumeric(value))
            {
                var numeric = EnsureNumeric();
                numeric.Set(value);
                OnNumericChanged(oldWidth);
                return;
            }
            _numeric = null;
            OnTextChanged();
        }
    }

    /// <summary>Font is the family, size, weight and OpenType features of the text.</summary>
    public FontSpec Font
    {
        get => _font;
        set
        {
            if (_font == value) return;
            _font = value;
            if (_numeric != null) _numeric.Font = FontSet.Default.GetNumericFont(value);
            if (_spanMode) _spanLabel!.Set(_spanLabel.Chars, value);
            OnTextChanged();
        }
    }

    /// <summary>Color is the text colour; null (the default) draws in the window theme's <see cref="Theming.Theme.Text"/> colour, following theme changes.</summary>
    public SKColor? Color
    {
        get => _color;
        set
        {
            if (_color == value) return;
            _color = value;
            InvalidatePaint();
        }
    }

    /// <summary>TextAlignment places each line left, centred or right within the label's width.</summary>
    public TextAlignment TextAlignment
    {
        get => _textAlignment;
        set
        {
            if (_textAlignment == value) return;
            _textAlignment = value;
            InvalidatePaint();
        }
    }

    /// <summary>Wrapping says whether long text breaks onto more lines (default: one line per paragraph).</summary>
    public TextWrapping Wrapping
    {
        get => _wrapping;
        set
        {
            if (_wrapping == value) return;
            _wrapping = value;
            OnTextChanged();
        }
    }

    /// <summary>Trimming says whether text that does not fit ends with "…" (the default) or overflows, clipped to the label.</summary>
    public TextTrimming Trimming
    {
        get => _trimming;
        set
        {
            if (_trimming == value) return;
            _trimming = value;
            OnTextChanged();
        }
    }

    /// <summary>MaxLines limits how many lines are shown (default: unlimited; the label's height limits them too).</summary>
    /// <exception cref="ArgumentOutOfRangeException">the value is less than 1.</exception>
    public int MaxLines
    {
        get => _maxLines;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            if (_maxLines == value) return;
            _maxLines = value;
            OnTextChanged();
        }
    }

    /// <summary>UseNumericFastPath draws text made only of <see cref="NumericFont.Characters"/> without shaping, with tabular figures; other text is still shaped.</summary>
    public bool UseNumericFastPath
    {
        get => _useNumericFastPath;
        set
        {
            if (_useNumericFastPath == value) return;
            _useNumericFastPath = value;
            string text = Text;
            _text = null;
            _numeric = null;
            Text = text;
            OnTextChanged();
        }
    }

    /// <summary>IsNumeric tells whether the current text is drawn by the numeric fast path.</summary>
    public bool IsNumeric => _numeric != null;

    /// <summary>SetNumber shows mantissa × 10^-decimals (e.g. 4213057, 2 → "42130.57") through the numeric fast path, turning it on; allocates nothing.</summary>
    /// <exception cref="ArgumentOutOfRangeException">decimals is outside 0..18.</exception>
    public void SetNumber(long mantissa, int decimals, bool groupThousands = false)
    {
        Span<char> text = stackalloc char[NumericText.Capacity];
        NumericText.FormatFixedPoint(mantissa, decimals, groupThousands, text, out int written);
        SetNumericText(text[..written]);
    }

    /// <summary>SetNumericText shows numeric characters (digits, '.', ',', ':', '-', '+', '%', space) through the fast path, turning it on; allocates nothing.</summary>
    /// <exception cref="ArgumentException">the text has other characters or is longer than <see cref="NumericText.Capacity"/>; the label is left unchanged.</exception>
    public void SetNumericText(ReadOnlySpan<char> text)
    {
        UiThreadCheck.Verify(this);
        if (text.Length > NumericText.Capacity || !NumericFont.IsNumeric(text))
            throw new ArgumentException($"Numeric text holds at most {NumericText.Capacity} of the characters \"{NumericFont.Characters}\".", nameof(text));
        _useNumericFastPath = true;
        float oldWidth = CurrentNumericWidth();
        bool wasShaped = _numeric == null;
        if (EnsureNumeric().Set(text) || wasShaped) OnNumericTextReplaced(oldWidth);
    }

    /// <summary>
    /// SetText shows text written into a span (a figure with its unit, a state with a latency) without making a string:
    /// while the text is one line that fits the label (no wrapping, no '\n', nothing trimmed), it is shaped into a
    /// buffer the label reuses and drawn exactly as <see cref="Text"/> would draw it, and changing it allocates nothing
    /// (text of printable ASCII in the font's own face; other text takes the string path). Reading <see cref="Text"/>
    /// afterwards builds the string once.
    /// </summary>
    public void SetText(ReadOnlySpan<char> text)
    {
        UiThreadCheck.Verify(this);
        if (_spanMode ? text.SequenceEqual(_spanLabel!.Chars) : _text != null && text.SequenceEqual(_text)) return;
        if (_useNumericFastPath || _wrapping != TextWrapping.NoWrap || text.ContainsAny('\n', '\r'))
        {
            Text = new string(text);
            return;
        }
        float oldWidth = _spanMode ? _spanLabel!.Advance : float.NaN;
        (_spanLabel ??= new ShapedLabel()).Set(text, _font);
        _spanMode = true;
        _text = null;
        _numeric = null;
        _layout = null;
        InvalidatePaint();
        if (!IsLayoutBoundary && !(_spanLabel.Advance == oldWidth)) InvalidateMeasure();
    }

    // Span text is drawn as it is only while the string path would draw it as one untrimmed line in this width.
    private bool SpanFits(float width) => _wrapping == TextWrapping.NoWrap && (_trimming == TextTrimming.None || _spanLabel!.Advance <= width);

    // The string path takes over (trimming, wrapping): the text becomes a string.
    private void LeaveSpanMode()
    {
        _text = _spanLabel!.Text;
        _spanMode = false;
        _layout = null;
    }

    /// <summary>MeasureOverride wants the size of the laid-out text (wrapped to the available width), whole pixels wide so arranging does not trim it.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        if (_numeric != null)
        {
            var numericFont = _numeric.Font;
            return new SKSize(MathF.Ceiling(_numeric.Width), MathF.Ceiling(numericFont.LineHeight));
        }
        if (_spanMode && !SpanFits(available.Width)) LeaveSpanMode();
        if (_spanMode) return new SKSize(MathF.Ceiling(_spanLabel!.Advance), MathF.Ceiling(_spanLabel.LineHeight));
        var layout = EnsureLayout(available.Width, available.Height);
        return new SKSize(MathF.Ceiling(layout.Width), MathF.Ceiling(layout.Height));
    }

    /// <summary>ArrangeOverride lays the text out again when the final width or height differs from the measured one.</summary>
    protected override void ArrangeOverride(SKSize finalSize)
    {
        if (_spanMode && !SpanFits(finalSize.Width)) LeaveSpanMode();
        if (_numeric == null && !_spanMode) EnsureLayout(finalSize.Width, finalSize.Height);
    }

    /// <summary>OnRender draws the text, clipped to the bounds when it overflows them.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var size = Bounds.Size;
        var paint = ScratchPaint.Fill(_color ?? (Root?.Theme ?? Theming.Theme.Dark).Text);
        if (_numeric != null)
        {
            var numericFont = _numeric.Font;
            float x = TextLayout.AlignedOffset(_numeric.Width, size.Width, _textAlignment);
            float baseline = SnapToPixels(((size.Height - numericFont.LineHeight) / 2) + numericFont.Ascent);
            bool overflows = _numeric.Width > size.Width || numericFont.LineHeight > size.Height;
            if (overflows) ClipTo(canvas, size);
            _numeric.Draw(canvas, x, baseline, paint);
            if (overflows) canvas.Restore();
            return;
        }

        if (_spanMode && !SpanFits(size.Width)) LeaveSpanMode();
        if (_spanMode)
        {
            // As TextLayout.Draw draws one line: its top centred, the baseline an ascent below, aligned in the width.
            var line = _spanLabel!;
            float lineTop = SnapToPixels(Math.Max(0, (size.Height - line.LineHeight) / 2));
            bool overflows = line.Advance > size.Width || line.LineHeight > size.Height;
            if (overflows) ClipTo(canvas, size);
            line.Draw(canvas, TextLayout.AlignedOffset(line.Advance, size.Width, _textAlignment), lineTop + line.Ascent, paint);
            if (overflows) canvas.Restore();
            return;
        }

        var layout = EnsureLayout(size.Width, size.Height);
        float top = SnapToPixels(Math.Max(0, (size.Height - layout.Height) / 2));
        bool clip = layout.Width > size.Width || layout.Height > size.Height;
        if (clip) ClipTo(canvas, size);
        layout.Draw(canvas, 0, top, size.Width, _textAlignment, paint);
        if (clip) canvas.Restore();
    }

    /// <summary>DescribeMarkup adds the text, font, the colour when one is set, and the text options that differ from the defaults.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        w.Property("text", Text);
        w.Property("font", _font.ToString());
        if (_color is { } color) w.Property("color", color);
        if (_textAlignment != TextAlignment.Left) w.Property("align", _textAlignment.ToString());
        if (_wrapping != TextWrapping.NoWrap) w.Property("wrap", true);
        if (_trimming != TextTrimming.CharacterEllipsis) w.Property("trimming", _trimming.ToString());
        if (_maxLines != int.MaxValue) w.Property("maxLines", _maxLines);
        if (_numeric != null) w.Property("numeric", true);
    }

    /// <summary>Layout exposes the current text layout to tests (null before the first measure and in numeric mode).</summary>
    internal TextLayout? CurrentLayout => _numeric == null && !_spanMode ? _layout : null;

    /// <summary>NumericTextForTests exposes the fast-path buffer to tests (null when the text is shaped).</summary>
    internal NumericText? NumericTextForTests => _numeric;

    private NumericText EnsureNumeric() => _numeric ??= new NumericText(FontSet.Default.GetNumericFont(_font));

    private float CurrentNumericWidth() => _numeric?.Width ?? float.NaN;

    // The string form is built again only if someone reads Text.
    private void OnNumericTextReplaced(float oldWidth)
    {
        _text = null;
        OnNumericChanged(oldWidth);
    }

    // Tabular figures: the same number of characters keeps the same width, so only pixels change.
    private void OnNumericChanged(float oldWidth)
    {
        _layout = null;
        InvalidatePaint();
        if (!IsLayoutBoundary && !(_numeric!.Width == oldWidth)) InvalidateMeasure();
    }

    internal override void DropCachedLayout() => _layout = null;

    private void OnTextChanged()
    {
        _layout = null;
        InvalidatePaint();
        if (!IsLayoutBoundary) InvalidateMeasure();
    }

    private TextLayout EnsureLayout(float width, float height)
    {
        var text = Text;
        var cache = TextMeasureCache.ForCurrentThread;
        if (_layout != null && LayoutFits(_layout, width, height)) return _layout;
        var layout = TextLayout.Create(cache, text, _font, width, _wrapping, _trimming, _maxLines);
        _layoutHeightLimit = float.PositiveInfinity;
        if (layout.Height > height + 0.5f && layout.Lines.Length > 1 && layout.LineHeight > 0)
        {
            // Show as many whole lines as the height allows, the last one trimmed.
            int lines = Math.Max(1, (int)((height + 0.5f) / layout.LineHeight));
            layout = TextLayout.Create(cache, text, _font, width, _wrapping, _trimming, Math.Min(lines, _maxLines));
            _layoutHeightLimit = height;
        }
        _layout = layout;
        return layout;
    }

    // A layout made for one size still serves another when the text neither overflows the new width nor
    // was cut (or wrapped) for a narrower one, and its height limit did not change.
    private bool LayoutFits(TextLayout layout, float width, float height)
    {
        if (layout.MaxWidth == width) return HeightLimitHolds(layout, height);
        if (layout.Width > width + 0.01f) return false;
        bool shapedForNarrower = layout.IsTrimmed || layout.Lines.Length > 1 && _wrapping == TextWrapping.Wrap;
        return !shapedForNarrower && HeightLimitHolds(layout, height);
    }

    private bool HeightLimitHolds(TextLayout layout, float height)
    {
        if (float.IsPositiveInfinity(_layoutHeightLimit)) return layout.Height <= height + 0.5f || layout.Lines.Length <= 1;
        return _layoutHeightLimit == height;
    }

    // Baselines on whole device pixels keep glyphs as sharp as the rest of the row.
    private float SnapToPixels(float y)
    {
        float scale = Root?.Scale ?? 1f;
        return MathF.Round(y * scale) / scale;
    }

    private static void ClipTo(SKCanvas canvas, SKSize size)
    {
        canvas.Save();
        canvas.ClipRect(new SKRect(0, 0, size.Width, size.Height));
    }
}
