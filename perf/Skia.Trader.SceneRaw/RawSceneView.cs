using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Format;
using Skia.Trader.Scene.Hosting;
using Skia.Trader.SceneRaw.Hosting;
using SkiaSharp;
using L = Skia.Trader.Scene.Layout.SceneLayout;
using P = Skia.Trader.Scene.Layout.ScenePalette;

namespace Skia.Trader.SceneRaw;

/// <summary>
/// RawSceneView draws the whole reference scene every frame with plain SkiaSharp calls onto a
/// 1280x800 surface (a raster surface headless, or a window's GPU surface): no retained tree, no
/// dirty regions, no text cache. It is the floor the
/// toolkit is measured against, so it is written the way a careful immediate-mode program would be
/// (numbers formatted into a reused buffer, one paint reused), not made artificially slow.
/// </summary>
internal sealed class RawSceneView : IMeasuredSceneView
{
    private readonly RawSceneFonts _fonts;
    private readonly IRawFrameTarget _target;
    private SKCanvas _canvas = null!;
    private SceneFeed? _lastFeed;
    private double _lastNowMs;
    private readonly SKFont _ui;
    private readonly SKFont _uiBold;
    private readonly SKFont _mono;
    private readonly SKPaint _paint = new() { IsAntialias = true };
    private readonly char[] _text = new char[32];
    private readonly float _uiBaseline;
    private readonly float _monoBaseline;
    private readonly float _uiCentred;
    private readonly float _uiBoldCentred;
    private readonly float _monoCentred;

    /// <summary>RawSceneView draws headless onto a raster surface of its own.</summary>
    /// <param name="fonts">The typefaces; the view owns them from here on.</param>
    /// <param name="pixelOrder">"n32" (Skia's native order, BGRA here) or "rgba".</param>
    public RawSceneView(RawSceneFonts fonts, string pixelOrder = "n32")
        : this(fonts, new RasterFrameTarget(pixelOrder))
    {
    }

    /// <summary>RawSceneView draws onto <paramref name="target"/> (a raster surface or a window).</summary>
    /// <param name="fonts">The typefaces; the view owns them from here on.</param>
    /// <param name="target">Where frames go; the view owns it from here on.</param>
    public RawSceneView(RawSceneFonts fonts, IRawFrameTarget target)
    {
        _fonts = fonts;
        _target = target;
        ModeName = target.ModeName;
        _ui = new SKFont(fonts.Ui, L.TextSize) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.Slight, Edging = SKFontEdging.Antialias };
        _uiBold = new SKFont(fonts.UiBold, L.TextSize) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.Slight, Edging = SKFontEdging.Antialias };
        _mono = new SKFont(fonts.Mono, L.TextSize) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.Slight, Edging = SKFontEdging.Antialias };
        var ui = _ui.Metrics;
        _uiBaseline = L.WordBaseline(-ui.Ascent, ui.Descent, ui.Leading);
        var mono = _mono.Metrics;
        _monoBaseline = L.NumberBaseline(-mono.Ascent, mono.Descent, mono.Leading);
        _uiCentred = CentredBaseline(_ui);
        _uiBoldCentred = CentredBaseline(_uiBold);
        _monoCentred = CentredBaseline(_mono);
    }

    /// <inheritdoc />
    public string ProgramName => "raw";

    /// <inheritdoc />
    public string ModeName { get; }

    /// <inheritdoc />
    public double RepaintedShare => 1.0;

    /// <inheritdoc />
    public double? TextCacheHitRate => null;

    /// <inheritdoc />
    public string? Diagnostics => null;

    /// <inheritdoc />
    public void RenderFrame(SceneFeed feed, double nowMs)
    {
        _canvas = _target.BeginFrame();
        DrawScene(feed, nowMs);
        _target.EndFrame();
        _lastFeed = feed;
        _lastNowMs = nowMs;
    }

    /// <summary>Snapshot copies the last frame into a bitmap the caller owns (a window's frame is drawn again on a raster surface: its GPU surface keeps nothing to read back).</summary>
    public SKBitmap Snapshot()
    {
        if (_target is RasterFrameTarget raster) return raster.Snapshot();
        if (_lastFeed == null) throw new InvalidOperationException("nothing has been drawn yet");
        using var again = new RasterFrameTarget("n32");
        _canvas = again.BeginFrame();
        DrawScene(_lastFeed, _lastNowMs);
        again.EndFrame();
        return again.Snapshot();
    }

    /// <inheritdoc />
    public void WaitUntilShown() => _target.WaitUntilShown();

    /// <inheritdoc />
    public void SavePng(string path)
    {
        using var bitmap = Snapshot();
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        png.SaveTo(file);
    }

    private void DrawScene(SceneFeed feed, double nowMs)
    {
        // Every pixel is drawn: a window's surface holds undefined contents at the start of a frame.
        _canvas.Clear(new SKColor(P.Background));
        DrawHeader(feed, nowMs);
        DrawBook(feed);
        DrawTape(feed);
        DrawOrders(feed);
        DrawDividers();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _paint.Dispose();
        _ui.Dispose();
        _uiBold.Dispose();
        _mono.Dispose();
        _target.Dispose();
        _fonts.Dispose();
    }

    private void DrawHeader(SceneFeed feed, double nowMs)
    {
        Fill(0, 0, L.Width, L.HeaderHeight, P.Header);
        // Header text sits in an 18 px row placed 12 px down the 40 px bar.
        const float rowTop = 12;
        Text("BTCUSDT", 16, rowTop, _uiBold, P.Text);
        var last = feed.LastTrade;
        Text(_text.AsSpan(0, FixedPointText.WriteFixed(last.PriceTicks, 2, _text)), 100, rowTop, _mono, last.IsBuy ? P.Bid : P.Ask);
        long change = feed.ChangeBasisPoints;
        Text(_text.AsSpan(0, FixedPointText.WriteChange(change, _text)), 190, rowTop, _mono, change < 0 ? P.Ask : P.Bid);

        _paint.Color = new SKColor(P.Bid);
        _canvas.DrawCircle(1130, 20, 4, _paint);
        Text(_text.AsSpan(0, FixedPointText.WriteInteger(feed.UpdatesPerSecond(nowMs), _text)), 1170, rowTop, _mono, P.Text, alignRight: true);
        Text("updates/s", 1176, rowTop, _ui, P.MutedText);
    }

    private void DrawBook(SceneFeed feed)
    {
        Fill(0, L.HeaderHeight, L.BookWidth, L.RowHeight, P.Header);
        float titleY = L.HeaderHeight;
        Text("Price (USDT)", 10, titleY, _ui, P.MutedText);
        Text("Amount (BTC)", 230, titleY, _ui, P.MutedText, alignRight: true);
        Text("Total", 350, titleY, _ui, P.MutedText, alignRight: true);

        double scale = Math.Max(1, feed.DepthScale);
        for (int row = 0; row < SceneFeed.Levels; row++)
        {
            int level = SceneFeed.Levels - 1 - row; // highest ask at the top, best ask above the spread
            DrawLevel(L.BodyTop + row * L.RowHeight, feed.AskPrices[level], feed.AskQuantities[level], feed.AskTotals[level], scale, P.Ask, P.AskDepth);
        }

        float spreadTop = L.BodyTop + SceneFeed.Levels * L.RowHeight;
        var last = feed.LastTrade;
        long mid = (long)Math.Floor(feed.Mid * 100 + 0.5);
        Text(_text.AsSpan(0, FixedPointText.WriteFixed(mid, 2, _text)), 10, spreadTop, _mono, last.IsBuy ? P.Bid : P.Ask);
        Text("Spread", 230, spreadTop, _ui, P.MutedText, alignRight: true);
        long spread = feed.AskPrices[0] - feed.BidPrices[0];
        Text(_text.AsSpan(0, FixedPointText.WriteFixed(spread, 2, _text)), 350, spreadTop, _mono, P.Text, alignRight: true);

        for (int row = 0; row < SceneFeed.Levels; row++)
        {
            DrawLevel(spreadTop + (row + 1) * L.RowHeight, feed.BidPrices[row], feed.BidQuantities[row], feed.BidTotals[row], scale, P.Bid, P.BidDepth);
        }
    }

    private void DrawLevel(float top, long price, long quantity, long total, double scale, uint color, uint depthColor)
    {
        float bar = (float)(total / scale * L.BookWidth);
        Fill(L.BookWidth - bar, top + 1, bar, L.RowHeight - 2, depthColor);
        float y = top;
        Text(_text.AsSpan(0, FixedPointText.WriteFixed(price, 2, _text)), 10, y, _mono, color);
        Text(_text.AsSpan(0, FixedPointText.WriteFixed(quantity, 4, _text)), 230, y, _mono, P.Text, alignRight: true);
        Text(_text.AsSpan(0, FixedPointText.WriteFixed(total, 4, _text)), 350, y, _mono, P.Text, alignRight: true);
    }

    private void DrawTape(SceneFeed feed)
    {
        const float left = L.TapeLeft;
        Fill(left, L.HeaderHeight, L.TapeWidth, L.RowHeight, P.Header);
        float titleY = L.HeaderHeight;
        Text("Time", left + 10, titleY, _ui, P.MutedText);
        Text("Price (USDT)", left + 190, titleY, _ui, P.MutedText, alignRight: true);
        Text("Qty (BTC)", left + 290, titleY, _ui, P.MutedText, alignRight: true);
        for (int age = 0; age < feed.TradeCount; age++)
        {
            var trade = feed.TradeAt(age);
            float y = L.BodyTop + age * L.RowHeight;
            Text(_text.AsSpan(0, FixedPointText.WriteTimeOfDay(trade.TimeMs, _text)), left + 10, y, _mono, P.MutedText);
            Text(_text.AsSpan(0, FixedPointText.WriteFixed(trade.PriceTicks, 2, _text)), left + 190, y, _mono, trade.IsBuy ? P.Bid : P.Ask, alignRight: true);
            Text(_text.AsSpan(0, FixedPointText.WriteFixed(trade.Quantity, 4, _text)), left + 290, y, _mono, P.Text, alignRight: true);
        }
    }

    /// <summary>
    /// DrawOrders draws the order history as the toolkit's Table looks (what the toolkit program shows):
    /// a header band one row high with semibold titles (numbers right-aligned) and short column separators,
    /// fixed-width cells padded 8 px with text centred on the row, a line under every row, and the scroll
    /// thumb at the top (the newest orders are in view).
    /// </summary>
    private void DrawOrders(SceneFeed feed)
    {
        const float left = L.OrdersLeft;
        const float top = L.HeaderHeight;
        const float pad = L.OrderCellPadding;
        var widths = L.OrderColumnWidths;
        Fill(left, top, L.OrdersWidth, L.RowHeight, P.Header);
        float x = left;
        for (int c = 0; c < widths.Length; c++)
        {
            float right = x + widths[c];
            var title = L.OrderColumns[c];
            float titleX = L.OrderColumnNumeric[c] ? right - pad - _uiBold.MeasureText(title) : x + pad;
            Centred(title, titleX, top, _uiBold, P.MutedText);
            if (c < widths.Length - 1) Line(right - 0.5f, top + 4, right - 0.5f, top + L.RowHeight - 4, P.Divider);
            x = right;
        }
        Line(left, top + L.RowHeight - 0.5f, left + L.OrdersWidth, top + L.RowHeight - 0.5f, P.Divider);

        float listTop = top + L.RowHeight;
        float listHeight = L.Height - listTop;
        for (int row = 0; row < feed.OrderCount && row * L.RowHeight < listHeight; row++)
        {
            var order = feed.OrderAt(row);
            float y = listTop + row * L.RowHeight;
            x = left;
            for (int c = 0; c < widths.Length; c++)
            {
                float right = x + widths[c];
                switch (c)
                {
                    case 0: Centred(_text.AsSpan(0, FixedPointText.WriteInteger(order.Id, _text)), x + pad, y, _mono, P.MutedText); break;
                    case 1: Centred(_text.AsSpan(0, FixedPointText.WriteTimeOfDay(order.TimeMs, _text)), x + pad, y, _mono, P.Text); break;
                    case 2: Centred(order.IsBuy ? "BUY" : "SELL", x + pad, y, _ui, order.IsBuy ? P.Bid : P.Ask); break;
                    case 3: Centred("LIMIT", x + pad, y, _ui, P.Text); break;
                    case 4: Centred(_text.AsSpan(0, FixedPointText.WriteFixed(order.PriceTicks, 2, _text)), right - pad, y, _mono, P.Text, alignRight: true); break;
                    case 5: Centred(_text.AsSpan(0, FixedPointText.WriteFixed(order.Quantity, 4, _text)), right - pad, y, _mono, P.Text, alignRight: true); break;
                    case 6: Centred(_text.AsSpan(0, FixedPointText.WriteFixed(order.Filled, 4, _text)), right - pad, y, _mono, P.Text, alignRight: true); break;
                    default: Centred("FILLED", x + pad, y, _ui, P.MutedText); break;
                }
                x = right;
            }
            Line(left, y + L.RowHeight - 0.5f, left + L.OrdersWidth, y + L.RowHeight - 0.5f, P.RowLine);
        }

        // Scroll thumb: the view shows the newest rows, so it sits at the top; its height is the visible share.
        double total = (double)feed.OrderCount * L.RowHeight;
        if (total > listHeight)
        {
            float thumb = (float)Math.Max(L.OrderThumbMinHeight, listHeight * listHeight / total);
            float thumbRight = L.Width - 2;
            _paint.Color = new SKColor(P.ScrollThumb);
            _canvas.DrawRoundRect(new SKRect(thumbRight - L.OrderScrollBarWidth, listTop, thumbRight, listTop + thumb), L.OrderScrollBarWidth / 2, L.OrderScrollBarWidth / 2, _paint);
        }
    }

    private static float CentredBaseline(SKFont font)
    {
        var metrics = font.Metrics;
        return (L.RowHeight / 2f) + ((-metrics.Ascent - metrics.Descent) / 2);
    }

    private void Line(float x0, float y0, float x1, float y1, uint color)
    {
        _paint.Color = new SKColor(color);
        _paint.Style = SKPaintStyle.Stroke;
        _paint.StrokeWidth = 1;
        _canvas.DrawLine(x0, y0, x1, y1, _paint);
        _paint.Style = SKPaintStyle.Fill;
    }

    /// <summary>Centred draws text with its line centred on the 18 px row whose top is <paramref name="rowTop"/> (the toolkit Table's cells: baseline at mid-row plus half of ascent minus descent, not snapped).</summary>
    private void Centred(ReadOnlySpan<char> text, float x, float rowTop, SKFont font, uint color, bool alignRight = false)
    {
        float y = rowTop + (ReferenceEquals(font, _mono) ? _monoCentred : ReferenceEquals(font, _uiBold) ? _uiBoldCentred : _uiCentred);
        _paint.Color = new SKColor(color);
        if (alignRight) x -= font.MeasureText(text);
        using var blob = SKTextBlob.Create(text, font);
        if (blob != null) _canvas.DrawText(blob, x, y, _paint);
    }

    private void DrawDividers()
    {
        Fill(0, L.HeaderHeight - 1, L.Width, 1, P.Divider);
        Fill(0, L.BodyTop - 1, L.Width, 1, P.Divider);
        Fill(L.TapeLeft - 1, L.HeaderHeight, 1, L.Height - L.HeaderHeight, P.Divider);
        Fill(L.OrdersLeft - 1, L.HeaderHeight, 1, L.Height - L.HeaderHeight, P.Divider);
    }

    private void Fill(float x, float y, float width, float height, uint color)
    {
        _paint.Color = new SKColor(color);
        _canvas.DrawRect(x, y, width, height, _paint);
    }

    /// <summary>Text draws <paramref name="text"/> in the 18 px row whose top is <paramref name="rowTop"/>, centred vertically like the toolkit's Label.</summary>
    private void Text(ReadOnlySpan<char> text, float x, float rowTop, SKFont font, uint color, bool alignRight = false)
    {
        if (text.IsEmpty) return;
        float y = rowTop + (ReferenceEquals(font, _mono) ? _monoBaseline : _uiBaseline);
        _paint.Color = new SKColor(color);
        if (alignRight) x -= font.MeasureText(text);
        using var blob = SKTextBlob.Create(text, font);
        if (blob != null) _canvas.DrawText(blob, x, y, _paint);
    }
}
