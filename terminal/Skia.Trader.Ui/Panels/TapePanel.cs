using Skia.Toolkit.Core;
using Skia.Toolkit.Rendering.Damage;
using Skia.Toolkit.Text;
using Skia.Toolkit.Theming;
using Skia.Trader.Binance.MarketData;
using Skia.Trader.Ui.Model;
using Skia.Trader.Ui.Text;
using SkiaSharp;

namespace Skia.Trader.Ui.Panels;

/// <summary>
/// TapePanel draws a <see cref="TapeModel"/> as the time and sales tape: a header (time, price, size), then one line
/// per trade (or per merged trades), newest on top, the size in the aggressor's colour (buy: positive, sell: negative),
/// large lines on a band of that colour in bold. Times are local (<see cref="TimeZone"/>), to the millisecond.
/// <see cref="Add"/> takes a frame's batch of trades; formatting goes into reused <see cref="NumericText"/> buffers,
/// so a frame with new trades allocates nothing. When a batch starts n new lines every older line moves down n lines:
/// the panel moves their pixels (<see cref="Widget.InvalidateScrolled(float, Skia.Toolkit.Rendering.Damage.ScrollInk)"/>) and repaints only the header, the new lines,
/// the line a trade may have merged into and the strip under the last whole line, not the whole tape.
/// </summary>
public sealed class TapePanel : Widget
{
    /// <summary>MaxLines is the most lines drawn (the panel's height decides how many of them show).</summary>
    public const int MaxLines = 96;

    private const float Pad = 8;

    private readonly NumericText[] _time = new NumericText[MaxLines];
    private readonly NumericText[] _price = new NumericText[MaxLines];
    private readonly NumericText[] _size = new NumericText[MaxLines];
    private readonly NumericText[] _spare = new NumericText[MaxLines]; // the buffers of the lines that fall off the end, reused on top
    private readonly char[] _clock = new char[12];
    private readonly SKPaint _fill = new() { IsAntialias = false, Style = SKPaintStyle.Fill };
    private readonly SKPaint _text = new() { IsAntialias = true };
    private readonly NumericFont _font;
    private readonly NumericFont _bold;
    private readonly FontSpec _headerFont = FontSpec.Ui(11, SKFontStyleWeight.Bold);
    private int _priceDecimals = 2;
    private int _sizeDecimals = 5;
    private int _formatted;
    private long _shownVersion = -1;
    private TimeSpan _offset;

    /// <summary>Creates the panel over <paramref name="model"/>.</summary>
    /// <param name="model">The tape drawn; <see cref="Add"/> fills it.</param>
    /// <param name="timeZone">The zone times are shown in (the user's local zone; a fixed one in tests).</param>
    public TapePanel(TapeModel model, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(timeZone);
        Model = model;
        TimeZone = timeZone;
        _font = FontSet.Default.GetNumericFont(FontSpec.Mono(12));
        _bold = FontSet.Default.GetNumericFont(FontSpec.Mono(12, SKFontStyleWeight.Bold));
        for (var i = 0; i < MaxLines; i++)
        {
            _time[i] = new NumericText(_font);
            _price[i] = new NumericText(_font);
            _size[i] = new NumericText(_font);
        }
    }

    /// <summary>Model is the tape drawn.</summary>
    public TapeModel Model { get; }

    /// <summary>TimeZone is the zone the times are shown in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>LineHeight is the height of one trade line (17 px in the terminal; another program may fit the tape to a row grid of its own, as perf's reference scene does with 18).</summary>
    public float LineHeight
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, 0);
            field = value;
            InvalidatePaint();
        }
    } = 17;

    /// <summary>HeaderHeight is the height of the band with the column names above the lines (20 px in the terminal).</summary>
    public float HeaderHeight
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, 0);
            field = value;
            InvalidatePaint();
        }
    } = 20;

    /// <summary>IsLayoutBoundary is true: new trades never change the panel's size.</summary>
    public override bool IsLayoutBoundary => true;

    /// <summary>ClipToBounds is true: lines never paint outside the panel.</summary>
    public override bool ClipToBounds => true;

    /// <summary>SetDecimals sets how many decimals prices and sizes show (from the symbol's tick and step sizes).</summary>
    /// <param name="priceDecimals">Decimals of a price.</param>
    /// <param name="sizeDecimals">Decimals of a size.</param>
    public void SetDecimals(int priceDecimals, int sizeDecimals)
    {
        _priceDecimals = Math.Clamp(priceDecimals, 0, 8);
        _sizeDecimals = Math.Clamp(sizeDecimals, 0, 8);
        Refresh();
    }

    /// <summary>Add puts a batch of trades (oldest first, as the feed delivers them) on the tape and repaints it.</summary>
    /// <param name="trades">The trades that arrived since the last frame.</param>
    public void Add(ReadOnlySpan<TradePrint> trades)
    {
        if (trades.IsEmpty) return;
        // Lines move only if what is on screen is the model as last formatted (nobody changed it without a Refresh).
        bool shownIsCurrent = Model.Version == _shownVersion;
        long started = Model.LinesStarted;
        int drawnBefore = Math.Min(_formatted, VisibleLines);
        var ink = shownIsCurrent ? InkOfShownLines(drawnBefore) : default;
        foreach (ref readonly TradePrint t in trades) Model.Add(t.Time, t.Price, t.Quantity, t.BuyerIsMaker);
        long moved = Model.LinesStarted - started;
        bool everyTimeChanged;
        if (shownIsCurrent && moved < MaxLines)
        {
            // The lines already formatted keep their text: their buffers move down with them, and only the new lines and
            // the one a trade may have merged into (the newest before the batch, now at `moved`) are formatted.
            ShiftFormatted((int)moved);
            everyTimeChanged = Format((int)moved + 1);
        }
        else
        {
            everyTimeChanged = Format(MaxLines);
        }
        if (shownIsCurrent && !everyTimeChanged) RepaintMoved(moved, drawnBefore, ink);
        else InvalidatePaint();
    }

    /// <summary>Clear empties the tape (symbol switch) and repaints it.</summary>
    public void Clear()
    {
        Model.Clear();
        Refresh();
    }

    /// <summary>Refresh reformats the lines from the model and repaints the panel; call it after changing the model.</summary>
    public void Refresh()
    {
        Format(MaxLines);
        InvalidatePaint();
    }

    // The whole lines that fit under the header.
    private int VisibleLines => (int)Math.Max(0, Math.Floor((Bounds.Height - HeaderHeight) / LineHeight));

    // Moves the pixels of the lines still shown down by `moved` lines and repaints the rest: the header band (it moved
    // too), the new lines plus the one below them (a trade may have merged into the newest line before new ones
    // started), and, when lines dropped off the end, everything under the last whole line (a line moved there would
    // not be drawn there from scratch).
    private void RepaintMoved(long moved, int drawnBefore, ScrollInk ink)
    {
        var visible = VisibleLines;
        var dy = moved * LineHeight;
        if (moved <= 0 || moved >= visible || Root?.Damage is not { } damage || dy != MathF.Round(dy))
        {
            InvalidatePaint();
            return;
        }
        if (ink.IsEmpty) InvalidateScrolled(dy);
        else InvalidateScrolled(dy, ink);
        SKRect window = BoundsInWindow;
        damage.Invalidate(new SKRect(window.Left, window.Top, window.Right, window.Top + HeaderHeight + ((moved + 1) * LineHeight)));
        var drawn = Math.Min(_formatted, visible);
        var linesBottom = HeaderHeight + (drawn * LineHeight);
        if (drawnBefore + moved > drawn && window.Top + linesBottom < window.Bottom)
            damage.Invalidate(new SKRect(window.Left, window.Top + linesBottom, window.Right, window.Bottom));
    }

    // Where the lines on screen (the first `drawn`, as formatted before a batch) have ink, for a move of their pixels:
    // under the header, in every line, the band of the numbers' glyphs (a pixel and a half more above and below for
    // the baseline's rounding and hinting) and, across, the three numbers' columns (a quarter of the type size more
    // on each side, as LineReach). A large line's band spans the width: then no promise (everything moves).
    private ScrollInk InkOfShownLines(int drawn)
    {
        if (drawn <= 0) return default;
        float time = 0, price = 0, size = 0;
        for (var i = 0; i < drawn; i++)
        {
            if (Model[i].IsLarge || !ReferenceEquals(_time[i].Font, _font)) return default;
            time = Math.Max(time, _time[i].Width);
            price = Math.Max(price, _price[i].Width);
            size = Math.Max(size, _size[i].Width);
        }
        var width = Bounds.Width;
        var priceRight = width * 0.62f;
        var sizeRight = width - Pad;
        var margin = _font.Size / 4;
        var baselineOffset = (LineHeight + _font.Ascent - _font.Descent) / 2;
        var top = Math.Max(0, baselineOffset - _font.InkAbove - 1.5f);
        var bottom = Math.Min(LineHeight, baselineOffset + _font.InkBelow + 1.5f);
        if (bottom < top) return default;
        return new ScrollInk(HeaderHeight, LineHeight, top, bottom)
            .WithColumn(Pad - margin, Pad + time + margin)
            .WithColumn(priceRight - price - margin, priceRight + margin)
            .WithColumn(sizeRight - size - margin, sizeRight + margin);
    }

    // Moves the line buffers down by `lines` (the buffers of the lines that drop off the end come round to the top,
    // to be formatted anew), as the model's lines moved when a batch started that many.
    private void ShiftFormatted(int lines)
    {
        if (lines <= 0) return;
        Shift(_time, lines);
        Shift(_price, lines);
        Shift(_size, lines);
    }

    private void Shift(NumericText[] texts, int lines)
    {
        Array.Copy(texts, MaxLines - lines, _spare, 0, lines);
        Array.Copy(texts, 0, texts, lines, MaxLines - lines);
        Array.Copy(_spare, 0, texts, 0, lines);
    }

    // Formats the newest `lines` lines from the model into the reused buffers (every line when the zone's offset
    // changed); says whether it changed (a daylight saving switch: every line's time is written anew, so none may keep
    // its moved pixels).
    private bool Format(int lines)
    {
        var count = Math.Min(Model.Count, MaxLines);
        TimeSpan offset = count == 0 ? _offset : TimeZone.GetUtcOffset(DateTime.UnixEpoch.AddMilliseconds(Model[0].Time));
        bool offsetChanged = offset != _offset;
        _offset = offset;
        var formatted = offsetChanged ? count : Math.Min(count, lines);
        for (var i = 0; i < formatted; i++)
        {
            TapeEntry entry = Model[i];
            NumericFont font = entry.IsLarge ? _bold : _font;
            _time[i].Font = font;
            _price[i].Font = font;
            _size[i].Font = font;
            _time[i].Set(FormatClock(entry.Time + (long)offset.TotalMilliseconds));
            _price[i].SetNumber(Scale(entry.Price.Raw, _priceDecimals), _priceDecimals, groupThousands: true);
            _size[i].SetNumber(Scale(entry.Quantity.Raw, _sizeDecimals), _sizeDecimals, groupThousands: true);
        }
        _formatted = count;
        _shownVersion = Model.Version;
        return offsetChanged;
    }

    /// <summary>MeasureOverride takes what it is given (the tape fills its pane).</summary>
    /// <param name="available">The space offered.</param>
    protected override SKSize MeasureOverride(SKSize available) =>
        new(float.IsInfinity(available.Width) ? 280 : available.Width, float.IsInfinity(available.Height) ? 300 : available.Height);

    /// <summary>
    /// OnRender paints the header and the lines that fit; in a frame that repaints only part of the tape (new lines at
    /// the top while the others' pixels moved down), only the header and the lines whose pixels it repaints.
    /// </summary>
    /// <param name="canvas">The canvas.</param>
    protected override void OnRender(SKCanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        Theme theme = Root?.Theme ?? Theme.Dark;
        var damage = Root?.Damage;
        SKRect window = BoundsInWindow;
        var width = Bounds.Width;
        var priceRight = width * 0.62f;
        var sizeRight = width - Pad;
        if (damage is null || damage.IsRepainted(new SKRect(window.Left, window.Top, window.Right, window.Top + HeaderHeight)))
        {
            Fill(canvas, theme.SurfaceRaised, 0, 0, width, HeaderHeight);
            DrawHeader(canvas, TerminalStrings.Get("tape.time"), Pad, 0, theme.TextMuted);
            DrawHeader(canvas, TerminalStrings.Get("tape.price"), priceRight, 1, theme.TextMuted);
            DrawHeader(canvas, TerminalStrings.Get("tape.size"), sizeRight, 1, theme.TextMuted);
        }
        var baselineOffset = (LineHeight + _font.Ascent - _font.Descent) / 2;
        for (var i = 0; i < _formatted; i++)
        {
            var top = HeaderHeight + (i * LineHeight);
            if (top + LineHeight > Bounds.Height) break;
            if (damage is not null && !damage.IsRepainted(LineReach(window, i, top, top + baselineOffset, priceRight, sizeRight))) continue;
            TapeEntry entry = Model[i];
            SKColor side = entry.BuyerIsMaker ? theme.Negative : theme.Positive;
            if (entry.IsLarge) Fill(canvas, side.WithAlpha(70), 0, top, width, LineHeight - 1);
            var baseline = top + baselineOffset;
            SKColor numbers = entry.IsLarge ? theme.Text : side;
            Draw(canvas, _time[i], Pad, baseline, theme.TextMuted);
            Draw(canvas, _price[i], priceRight - _price[i].Width, baseline, numbers);
            Draw(canvas, _size[i], sizeRight - _size[i].Width, baseline, numbers);
        }
    }

    /// <summary>DescribeMarkup writes the number of lines and the newest one, so scripts can read the tape.</summary>
    /// <param name="w">The markup writer.</param>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        base.DescribeMarkup(w);
        w.Property("lines", Model.Count);
        if (_formatted > 0)
        {
            w.Property("newest", _time[0] + " " + _price[0] + " " + _size[0] + (Model[0].BuyerIsMaker ? " sell" : " buy"));
        }
    }

    // Where line i draws, in window coordinates: a large trade's fill spans the width; otherwise the ink of its three
    // numbers (between the leftmost and rightmost text's edges, a quarter of the type size more on each side for glyph
    // ink outside the advances, and from the font's ascent to its descent around the baseline, at least the line).
    // The lines in the middle of the tape leave 1 px strips dirty at its edges (a neighbour's grown repaint, moved
    // down with the lines) alone.
    private SKRect LineReach(SKRect window, int i, float top, float baseline, float priceRight, float sizeRight)
    {
        var bottom = top + LineHeight;
        if (Model[i].IsLarge) return new SKRect(window.Left, window.Top + top, window.Right, window.Top + bottom);
        NumericFont font = _time[i].Font;
        var margin = font.Size / 4;
        var left = Math.Min(Pad, Math.Min(priceRight - _price[i].Width, sizeRight - _size[i].Width)) - margin;
        var right = Math.Max(Pad + _time[i].Width, Math.Max(priceRight, sizeRight)) + margin;
        return new SKRect(window.Left + left, window.Top + Math.Min(top, baseline - font.Ascent - margin),
            window.Left + right, window.Top + Math.Max(bottom, baseline + font.Descent + margin));
    }

    // HH:mm:ss.fff of a local time in ms since the epoch, into a reused buffer.
    private ReadOnlySpan<char> FormatClock(long localMs)
    {
        var ms = localMs % 86_400_000;
        if (ms < 0) ms += 86_400_000;
        var h = (int)(ms / 3_600_000);
        var m = (int)(ms / 60_000 % 60);
        var s = (int)(ms / 1000 % 60);
        var f = (int)(ms % 1000);
        Span<char> c = _clock;
        c[0] = (char)('0' + (h / 10));
        c[1] = (char)('0' + (h % 10));
        c[2] = ':';
        c[3] = (char)('0' + (m / 10));
        c[4] = (char)('0' + (m % 10));
        c[5] = ':';
        c[6] = (char)('0' + (s / 10));
        c[7] = (char)('0' + (s % 10));
        c[8] = '.';
        c[9] = (char)('0' + (f / 100));
        c[10] = (char)('0' + (f / 10 % 10));
        c[11] = (char)('0' + (f % 10));
        return c;
    }

    // Raw fixed-point (8 decimals) to a mantissa with `decimals` decimals, truncating.
    private static long Scale(long raw, int decimals)
    {
        var divisor = 1L;
        for (var d = decimals; d < 8; d++) divisor *= 10;
        return raw / divisor;
    }

    private void DrawHeader(SKCanvas canvas, string text, float x, float align, SKColor color)
    {
        ShapedText shaped = TextMeasureCache.ForCurrentThread.Get(text, _headerFont);
        _text.Color = color;
        var baseline = (HeaderHeight + shaped.Ascent - shaped.Descent) / 2;
        shaped.Draw(canvas, x - (shaped.Advance * align), baseline, _text);
    }

    private void Fill(SKCanvas canvas, SKColor color, float x, float y, float w, float h)
    {
        _fill.Color = color;
        canvas.DrawRect(x, y, w, h, _fill);
    }

    private void Draw(SKCanvas canvas, NumericText text, float x, float baseline, SKColor color)
    {
        _text.Color = color;
        text.Draw(canvas, x, baseline, _text);
    }
}
