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
    private readonly SKPaint _block = new() { IsAntialias = false, Style = SKPaintStyle.Fill };
    private readonly SKFont _ladderMono;
    private readonly SKFont _tapeMono;
    private readonly SKFont _tapeHeader;
    private readonly float _ladderAscent;
    private readonly float _ladderDescent;
    private readonly float _tapeAscent;
    private readonly float _tapeDescent;
    private readonly float _tapeHeaderAscent;
    private readonly float _tapeHeaderDescent;
    private readonly long[] _bidSize = new long[LadderRows];
    private readonly long[] _askSize = new long[LadderRows];
    private readonly long[] _bidCumulative = new long[LadderRows];
    private readonly long[] _askCumulative = new long[LadderRows];

    // The terminal's ladder (LadderPanel): 41 rows (20 asks, the spread row, 20 bids), a 22 px footer, column edges as
    // fractions of the width (Orders | Ahead | Bid | Price | Ask | Last), digits in JetBrains Mono 11.
    private const int LadderRows = (2 * SceneFeed.Levels) + 1;
    private const float LadderFooterHeight = 22;
    private static readonly float[] LadderEdges = [0f, 0.15f, 0.29f, 0.46f, 0.64f, 0.81f, 1f];
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
        // The terminal panels' own sizes: the ladder's digits 11 px, the tape's 12 px, the tape's header Inter SemiBold 11 px.
        _ladderMono = new SKFont(fonts.Mono, 11) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.Slight, Edging = SKFontEdging.Antialias };
        _tapeMono = new SKFont(fonts.Mono, 12) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.Slight, Edging = SKFontEdging.Antialias };
        _tapeHeader = new SKFont(fonts.UiBold, 11) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.Slight, Edging = SKFontEdging.Antialias };
        (_ladderAscent, _ladderDescent) = (-_ladderMono.Metrics.Ascent, _ladderMono.Metrics.Descent);
        (_tapeAscent, _tapeDescent) = (-_tapeMono.Metrics.Ascent, _tapeMono.Metrics.Descent);
        (_tapeHeaderAscent, _tapeHeaderDescent) = (-_tapeHeader.Metrics.Ascent, _tapeHeader.Metrics.Descent);
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
        _block.Dispose();
        _ladderMono.Dispose();
        _tapeMono.Dispose();
        _tapeHeader.Dispose();
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

    /// <summary>
    /// DrawBook draws the book as the terminal's price ladder looks (what the toolkit program shows: LadderPanel without
    /// its toolbar and column names in the 360 x 760 book area, over a LadderModel re-centred on every book). 41 rows of
    /// 18 px on one price column (tick 0.01), highest first: the best ask sits as many rows below the top as the best bid
    /// above the bottom, so the 20 asks, the empty spread row and the 20 bids fill the rows. Columns (fractions of the
    /// width) Orders | Ahead | Bid | Price | Ask | Last; bid and ask sizes over depth bars of the cumulative size scaled
    /// to the largest on screen (best level stronger), the price in its side's colour, the spread shaded, the last trade
    /// outlined on its row with its size in the Last column, the spread/mid footer at the bottom. No size flashes: a
    /// ladder re-centred on every book compares each book with itself, so no row is marked changed.
    /// </summary>
    private void DrawBook(SceneFeed feed)
    {
        const float width = L.BookWidth;
        const float top0 = L.HeaderHeight;
        const float footerTop = L.Height - LadderFooterHeight;
        const int rows = LadderRows;
        float rowHeight = Math.Clamp((L.Height - L.HeaderHeight - LadderFooterHeight) / (float)rows, 10, 24);
        float bidLeft = LadderEdge(2), priceLeft = LadderEdge(3), priceRight = LadderEdge(4);
        float askLeft = LadderEdge(4), askRight = LadderEdge(5), lastLeft = LadderEdge(5), lastRight = LadderEdge(6);
        float aheadLeft = LadderEdge(1), bidRight = LadderEdge(3);

        // The window: the spread in the middle (LadderModel's centring, grouping x1).
        long bestBid = feed.BidPrices[0], bestAsk = feed.AskPrices[0];
        long gapRows = Math.Max(0, bestAsk - bestBid);
        long top = bestAsk + Math.Max(0, (rows - 1 - gapRows) / 2);
        if (top < rows - 1) top = rows - 1;
        long bottom = top - (rows - 1);
        Array.Clear(_bidSize);
        Array.Clear(_askSize);
        Array.Clear(_bidCumulative);
        Array.Clear(_askCumulative);
        long bidsAbove = 0, asksBelow = 0;
        for (int i = 0; i < SceneFeed.Levels; i++)
        {
            long bid = feed.BidPrices[i];
            if (bid > top) bidsAbove += feed.BidQuantities[i];
            else if (bid >= bottom) _bidSize[top - bid] += feed.BidQuantities[i];
            long ask = feed.AskPrices[i];
            if (ask < bottom) asksBelow += feed.AskQuantities[i];
            else if (ask <= top) _askSize[top - ask] += feed.AskQuantities[i];
        }
        long max = 0, running = bidsAbove;
        for (int i = 0; i < rows; i++)
        {
            if (top - i > bestBid) continue;
            running += _bidSize[i];
            _bidCumulative[i] = running;
            max = Math.Max(max, running);
        }
        running = asksBelow;
        for (int i = rows - 1; i >= 0; i--)
        {
            if (top - i < bestAsk) continue;
            running += _askSize[i];
            _askCumulative[i] = running;
            max = Math.Max(max, running);
        }
        max = Math.Max(1, max);
        var last = feed.LastTrade;
        int lastRow = feed.HasTrades && last.PriceTicks <= top && last.PriceTicks >= bottom ? (int)(top - last.PriceTicks) : -1;

        float baselineOffset = (rowHeight + _ladderAscent - _ladderDescent) / 2;
        for (int i = 0; i < rows; i++)
        {
            float y = top0 + i * rowHeight;
            if (y + rowHeight > footerTop) break;
            float h = rowHeight - 1;
            long price = top - i;
            if (price > bestBid && price < bestAsk) Block(priceLeft, y, priceRight - priceLeft, h, new SKColor(P.Header));
            if (_bidSize[i] > 0)
            {
                float w = (bidRight - bidLeft) * (float)((double)_bidCumulative[i] / max);
                Block(bidRight - w, y, w, h, new SKColor(P.Bid).WithAlpha(price == bestBid ? (byte)110 : (byte)45));
            }
            if (_askSize[i] > 0)
            {
                float w = (askRight - askLeft) * (float)((double)_askCumulative[i] / max);
                Block(askLeft, y, w, h, new SKColor(P.Ask).WithAlpha(price == bestAsk ? (byte)110 : (byte)45));
            }
            float baseline = y + baselineOffset;
            if (_bidSize[i] > 0) Glyphs(Fixed(_bidSize[i], 4), bidRight - 4, baseline, _ladderMono, new SKColor(price == bestBid ? P.Text : P.Bid), alignRight: true);
            var priceText = Fixed(price, 2);
            Glyphs(priceText, priceLeft + ((priceRight - priceLeft - _ladderMono.MeasureText(priceText)) / 2), baseline, _ladderMono,
                new SKColor(price <= bestBid ? P.Bid : price >= bestAsk ? P.Ask : P.MutedText));
            if (_askSize[i] > 0) Glyphs(Fixed(_askSize[i], 4), askLeft + 4, baseline, _ladderMono, new SKColor(price == bestAsk ? P.Text : P.Ask));
            if (i == lastRow)
            {
                _block.Color = new SKColor(P.Warning);
                _block.Style = SKPaintStyle.Stroke;
                _block.StrokeWidth = 1;
                _canvas.DrawRect(priceLeft + 0.5f, y + 0.5f, priceRight - priceLeft - 1, h - 1, _block);
                _block.Style = SKPaintStyle.Fill;
                // The last trade's size, in the aggressor's colour (a buy lifted the ask), fully opaque: a trade arrives every frame.
                Glyphs(Fixed(last.Quantity, 4), lastRight - 4, baseline, _ladderMono, new SKColor(last.IsBuy ? P.Bid : P.Ask), alignRight: true);
            }
        }
        Block(priceLeft, top0, 1, footerTop - top0, new SKColor(P.Divider));
        Block(priceRight, top0, 1, footerTop - top0, new SKColor(P.Divider));
        Block(aheadLeft, top0, 1, footerTop - top0, new SKColor(P.RowLine));
        Block(lastLeft, top0, 1, footerTop - top0, new SKColor(P.RowLine));

        // Footer: "Spread" and the spread, then "Mid" and the mid (best bid + half the spread, one more decimal).
        Block(0, footerTop, width, LadderFooterHeight, new SKColor(P.Header));
        Block(0, footerTop, width, 1, new SKColor(P.Divider));
        float footerBaseline = footerTop + ((LadderFooterHeight + _ladderAscent - _ladderDescent) / 2);
        float x = 8;
        Glyphs("Spread", x, footerBaseline, _ui, new SKColor(P.MutedText));
        x += _ui.MeasureText("Spread") + 6;
        var spreadText = Fixed(bestAsk - bestBid, 2);
        Glyphs(spreadText, x, footerBaseline, _ladderMono, new SKColor(P.Text));
        x = Math.Max(x + _ladderMono.MeasureText(spreadText) + 16, priceLeft);
        Glyphs("Mid", x, footerBaseline, _ui, new SKColor(P.MutedText));
        // In the terminal's fixed point (8 decimals): bid + (ask - bid) / 2, rounded down, shown with 3 decimals.
        long midRaw = (bestBid * 1_000_000) + ((bestAsk - bestBid) * 1_000_000 / 2);
        Glyphs(Fixed(midRaw / 100_000, 3), x + _ui.MeasureText("Mid") + 6, footerBaseline, _ladderMono, new SKColor(P.Text));
    }

    /// <summary>
    /// DrawTape draws the tape as the terminal's TapePanel looks (what the toolkit program shows, with the scene's 18 px
    /// lines and header band): a header band with "Time", "Price", "Size" in Inter SemiBold 11, then the newest 40 trades,
    /// time (UTC) muted on the left, price right-aligned at 62 % of the width with thousands separators and size at the
    /// right edge less 8 px, both in the aggressor's colour, in JetBrains Mono 12.
    /// </summary>
    private void DrawTape(SceneFeed feed)
    {
        const float left = L.TapeLeft;
        const float top0 = L.HeaderHeight;
        const float width = L.TapeWidth;
        const float pad = 8;
        float priceRight = left + (width * 0.62f);
        float sizeRight = left + width - pad;
        Block(left, top0, width, L.RowHeight, new SKColor(P.Header));
        float headerBaseline = top0 + ((L.RowHeight + _tapeHeaderAscent - _tapeHeaderDescent) / 2);
        var muted = new SKColor(P.MutedText);
        Glyphs("Time", left + pad, headerBaseline, _tapeHeader, muted);
        Glyphs("Price", priceRight, headerBaseline, _tapeHeader, muted, alignRight: true);
        Glyphs("Size", sizeRight, headerBaseline, _tapeHeader, muted, alignRight: true);
        float baselineOffset = (L.RowHeight + _tapeAscent - _tapeDescent) / 2;
        for (int age = 0; age < feed.TradeCount; age++)
        {
            float y = top0 + L.RowHeight + (age * L.RowHeight);
            if (y + L.RowHeight > L.Height) break;
            var trade = feed.TradeAt(age);
            float baseline = y + baselineOffset;
            var side = new SKColor(trade.IsBuy ? P.Bid : P.Ask);
            Glyphs(_text.AsSpan(0, FixedPointText.WriteTimeOfDay(trade.TimeMs, _text)), left + pad, baseline, _tapeMono, muted);
            Glyphs(Grouped(trade.PriceTicks, 2), priceRight, baseline, _tapeMono, side, alignRight: true);
            Glyphs(Grouped(trade.Quantity, 4), sizeRight, baseline, _tapeMono, side, alignRight: true);
        }
    }

    private static float LadderEdge(int edge) => MathF.Round(LadderEdges[edge] * L.BookWidth);

    private ReadOnlySpan<char> Fixed(long value, int decimals) => _text.AsSpan(0, FixedPointText.WriteFixed(value, decimals, _text));

    /// <summary>Grouped writes a fixed-point value with a comma every three integer digits (the tape's thousands separators).</summary>
    private ReadOnlySpan<char> Grouped(long value, int decimals)
    {
        Span<char> plain = stackalloc char[32];
        int length = FixedPointText.WriteFixed(value, decimals, plain);
        int point = plain[..length].IndexOf('.');
        int integerEnd = point < 0 ? length : point;
        int start = plain[0] == '-' ? 1 : 0;
        int n = 0;
        for (int i = 0; i < length; i++)
        {
            if (i > start && i < integerEnd && (integerEnd - i) % 3 == 0) _text[n++] = ',';
            _text[n++] = plain[i];
        }
        return _text.AsSpan(0, n);
    }

    /// <summary>Block fills a rectangle without anti-aliasing (the terminal panels' fill paint).</summary>
    private void Block(float x, float y, float width, float height, SKColor color)
    {
        _block.Color = color;
        _canvas.DrawRect(x, y, width, height, _block);
    }

    /// <summary>Glyphs draws <paramref name="text"/> with its baseline at <paramref name="baseline"/>.</summary>
    private void Glyphs(ReadOnlySpan<char> text, float x, float baseline, SKFont font, SKColor color, bool alignRight = false)
    {
        if (text.IsEmpty) return;
        _paint.Color = color;
        if (alignRight) x -= font.MeasureText(text);
        using var blob = SKTextBlob.Create(text, font);
        if (blob != null) _canvas.DrawText(blob, x, baseline, _paint);
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
        Fill(L.TapeLeft, L.BodyTop - 1, L.Width - L.TapeLeft, 1, P.Divider); // under the tape's and the table's titles (the ladder has none)
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
