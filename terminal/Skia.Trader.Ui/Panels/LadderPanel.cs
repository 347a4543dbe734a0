using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Text;
using Skia.Toolkit.Theming;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Ui.Model;
using SkiaSharp;

namespace Skia.Trader.Ui.Panels;

/// <summary>
/// LadderPanel draws a <see cref="LadderModel"/> as a price ladder (DOM): bid size | price | ask size on one fixed
/// price column, cumulative depth bars, own orders marked, the last trade marked, and a spread/mid footer.
/// A left button-down on a row raises <see cref="PriceClicked"/> with the price under the pointer at that moment.
/// Painting only paints: the numbers are formatted into reused <see cref="NumericText"/> buffers (no allocation per frame).
/// </summary>
public sealed class LadderPanel : Widget
{
    private const float FooterHeight = 22;
    private readonly NumericText[] _bid;
    private readonly NumericText[] _price;
    private readonly NumericText[] _ask;
    private readonly NumericText _spread;
    private readonly NumericText _mid;
    private readonly SKPaint _fill = new() { IsAntialias = false, Style = SKPaintStyle.Fill };
    private readonly SKPaint _text = new() { IsAntialias = true };
    private NumericFont _font;
    private int _priceDecimals = 2;
    private int _sizeDecimals = 5;

    /// <summary>Creates the panel over <paramref name="model"/>.</summary>
    /// <param name="model">The ladder model the panel draws; the owner updates it once per frame and calls <see cref="Refresh"/>.</param>
    public LadderPanel(LadderModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        _font = FontSet.Default.GetNumericFont(FontSpec.Mono(12));
        _bid = NewTexts(model.RowCount);
        _price = NewTexts(model.RowCount);
        _ask = NewTexts(model.RowCount);
        _spread = new NumericText(_font);
        _mid = new NumericText(_font);
    }

    /// <summary>Model is the ladder model drawn.</summary>
    public LadderModel Model { get; }

    /// <summary>PriceClicked is raised on a left button-down over a price row, with the price that was under the pointer then.</summary>
    public event Action<Price>? PriceClicked;

    /// <summary>IsLayoutBoundary is true: new book data never changes the panel's size.</summary>
    public override bool IsLayoutBoundary => true;

    /// <summary>ClipToBounds is true: rows never paint outside the panel.</summary>
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

    /// <summary>RowHeight is the height of one price row for the current size.</summary>
    public float RowHeight => Math.Clamp((Bounds.Height - FooterHeight) / Math.Max(1, Model.RowCount), 12, 24);

    /// <summary>Refresh reformats the rows from the model and repaints the panel; call it after updating the model.</summary>
    public void Refresh()
    {
        ReadOnlySpan<LadderRow> rows = Model.Rows;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly LadderRow row = ref rows[i];
            _price[i].SetNumber(Scale(row.Price.Raw, _priceDecimals), _priceDecimals, groupThousands: false);
            SetSize(_bid[i], row.BidSize);
            SetSize(_ask[i], row.AskSize);
        }
        if (Model.Spread is { } spread) _spread.SetNumber(Scale(spread.Raw, _priceDecimals), _priceDecimals);
        else _spread.Set("-");
        if (Model.Mid is { } mid) _mid.SetNumber(Scale(mid.Raw, _priceDecimals + 1), _priceDecimals + 1);
        else _mid.Set("-");
        InvalidatePaint();
    }

    /// <summary>MeasureOverride takes what it is given (the ladder fills its pane).</summary>
    /// <param name="available">The space offered.</param>
    protected override SKSize MeasureOverride(SKSize available) =>
        new(float.IsInfinity(available.Width) ? 300 : available.Width, float.IsInfinity(available.Height) ? 600 : available.Height);

    /// <summary>OnPointerEnter holds the ladder still while the pointer is over it.</summary>
    /// <param name="e">The event.</param>
    protected override void OnPointerEnter(PointerEventArgs e) => Model.Held = true;

    /// <summary>OnPointerLeave lets the ladder re-centre again.</summary>
    /// <param name="e">The event.</param>
    protected override void OnPointerLeave(PointerEventArgs e) => Model.Held = false;

    /// <summary>OnPointerDown reads the price under the pointer at the press and raises <see cref="PriceClicked"/>.</summary>
    /// <param name="e">The event.</param>
    protected override void OnPointerDown(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Button != PointerButton.Left || !Model.HasWindow) return;
        var row = (int)(e.Position.Y / RowHeight);
        if (row < 0 || row >= Model.RowCount) return;
        PriceClicked?.Invoke(Model.PriceAt(row));
        e.Handled = true;
    }

    /// <summary>OnRender paints rows, depth bars, own orders, the last trade and the spread/mid footer.</summary>
    /// <param name="canvas">The canvas.</param>
    protected override void OnRender(SKCanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        Theme theme = Root?.Theme ?? Theme.Dark;
        var width = Bounds.Width;
        var rowHeight = RowHeight;
        var column = width / 3;
        ReadOnlySpan<LadderRow> rows = Model.Rows;
        var max = Math.Max(1, Model.MaxCumulative.Raw);
        var baselineOffset = (rowHeight + _font.Ascent - _font.Descent) / 2;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly LadderRow row = ref rows[i];
            var top = i * rowHeight;
            if (top + rowHeight > Bounds.Height - FooterHeight) break;
            if (!Model.HasWindow) break;
            if (row.BidCumulative.Raw > 0)
            {
                var w = column * (float)((double)row.BidCumulative.Raw / max);
                Fill(canvas, theme.Positive.WithAlpha(48), column - w, top, w, rowHeight - 1);
            }
            if (row.AskCumulative.Raw > 0)
            {
                var w = column * (float)((double)row.AskCumulative.Raw / max);
                Fill(canvas, theme.Negative.WithAlpha(48), 2 * column, top, w, rowHeight - 1);
            }
            if (row.IsBestBid) Fill(canvas, theme.Positive.WithAlpha(90), 0, top, column, rowHeight - 1);
            if (row.IsBestAsk) Fill(canvas, theme.Negative.WithAlpha(90), 2 * column, top, column, rowHeight - 1);
            if (row.BidChanged) Fill(canvas, theme.Text.WithAlpha(28), 0, top, column, rowHeight - 1);
            if (row.AskChanged) Fill(canvas, theme.Text.WithAlpha(28), 2 * column, top, column, rowHeight - 1);
            if (row.IsLastTrade) Fill(canvas, theme.Warning.WithAlpha(70), column, top, column, rowHeight - 1);
            if (row.OwnBuyQuantity.Raw > 0) Fill(canvas, theme.Accent, 0, top, 4, rowHeight - 1);
            if (row.OwnSellQuantity.Raw > 0) Fill(canvas, theme.Accent, width - 4, top, 4, rowHeight - 1);
            var baseline = top + baselineOffset;
            if (row.BidSize.Raw > 0) DrawRight(canvas, _bid[i], column - 6, baseline, theme.Positive);
            DrawCentred(canvas, _price[i], column, column, baseline, theme.Text);
            if (row.AskSize.Raw > 0) DrawLeft(canvas, _ask[i], 2 * column + 6, baseline, theme.Negative);
        }
        var footerTop = Bounds.Height - FooterHeight;
        Fill(canvas, theme.SurfaceRaised, 0, footerTop, width, FooterHeight);
        var footerBaseline = footerTop + (FooterHeight + _font.Ascent - _font.Descent) / 2;
        DrawRight(canvas, _spread, column - 6, footerBaseline, theme.TextMuted);
        DrawCentred(canvas, _mid, column, column, footerBaseline, theme.Text);
        Fill(canvas, theme.Border, column, 0, 1, footerTop);
        Fill(canvas, theme.Border, 2 * column, 0, 1, footerTop);
    }

    /// <summary>DescribeMarkup writes the best bid and ask, the spread and the rows that hold size, so scripts can read the book.</summary>
    /// <param name="w">The markup writer.</param>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        base.DescribeMarkup(w);
        w.Property("rows", Model.RowCount);
        w.Property("rowHeight", RowHeight);
        w.Property("bestBid", Model.BestBid is { } b ? b.Price.ToString() : "-");
        w.Property("bestAsk", Model.BestAsk is { } a ? a.Price.ToString() : "-");
        w.Property("spread", _spread.ToString());
        var withSize = 0;
        foreach (ref readonly LadderRow row in Model.Rows)
        {
            if (row.BidSize.Raw > 0 || row.AskSize.Raw > 0) withSize++;
        }
        w.Property("rowsWithSize", withSize);
        var own = 0;
        foreach (ref readonly LadderRow row in Model.Rows)
        {
            if (row.OwnBuyQuantity.Raw > 0 || row.OwnSellQuantity.Raw > 0) own++;
        }
        w.Property("ownOrderRows", own);
    }

    private NumericText[] NewTexts(int count)
    {
        var texts = new NumericText[count];
        for (var i = 0; i < count; i++) texts[i] = new NumericText(_font);
        return texts;
    }

    private void SetSize(NumericText text, Quantity size)
    {
        if (size.Raw > 0) text.SetNumber(Scale(size.Raw, _sizeDecimals), _sizeDecimals);
    }

    private static long Scale(long raw, int decimals)
    {
        var divisor = 1L;
        for (var d = decimals; d < 8; d++) divisor *= 10;
        return raw / divisor;
    }

    private void Fill(SKCanvas canvas, SKColor color, float x, float y, float w, float h)
    {
        _fill.Color = color;
        canvas.DrawRect(x, y, w, h, _fill);
    }

    private void DrawRight(SKCanvas canvas, NumericText text, float right, float baseline, SKColor color)
    {
        _text.Color = color;
        text.Draw(canvas, right - text.Width, baseline, _text);
    }

    private void DrawLeft(SKCanvas canvas, NumericText text, float left, float baseline, SKColor color)
    {
        _text.Color = color;
        text.Draw(canvas, left, baseline, _text);
    }

    private void DrawCentred(SKCanvas canvas, NumericText text, float left, float width, float baseline, SKColor color)
    {
        _text.Color = color;
        text.Draw(canvas, left + (width - text.Width) / 2, baseline, _text);
    }
}
