using Skia.Toolkit.Core;
using Skia.Toolkit.Text;
using Skia.Trader.Scene.Layout;
using Skia.Trader.SceneBench.Widgets;
using SkiaSharp;

namespace Skia.Trader.SceneBench.Screen;

/// <summary>
/// DepthRow is one book level: a depth bar behind price, quantity and cumulative total. It is one
/// widget drawing three numeric texts rather than four child widgets: all of a level's values change
/// together on almost every update, and one invalidation per row instead of four cut the widget
/// update cost of a frame (SceneFrameBenchmarks.ToolkitUpdateOnly) by more than half.
/// </summary>
internal sealed class DepthRow : Widget
{
    private const float PriceLeft = 10;
    private const float QuantityRight = 230;
    private const float TotalRight = 350;
    private readonly float _baseline;
    private readonly NumericText _price;
    private readonly NumericText _quantity;
    private readonly NumericText _total;
    private readonly SKColor _color;
    private readonly SKColor _depthColor;
    private readonly SKColor _textColor = SceneTheme.Color(ScenePalette.Text);
    private float _fraction;

    /// <summary>DepthRow draws an ask or bid level in the side's colours.</summary>
    public DepthRow(SceneTheme theme, bool isAsk)
    {
        _price = new NumericText(theme.Mono);
        _baseline = SceneLayout.NumberBaseline(theme.Mono.Ascent, theme.Mono.Descent, theme.Mono.Leading);
        _quantity = new NumericText(theme.Mono);
        _total = new NumericText(theme.Mono);
        _color = SceneTheme.Color(isAsk ? ScenePalette.Ask : ScenePalette.Bid);
        _depthColor = SceneTheme.Color(isAsk ? ScenePalette.AskDepth : ScenePalette.BidDepth);
    }

    /// <summary>Show sets the level's values; <paramref name="depthScale"/> is the larger side's total. Repaints only on a change.</summary>
    public void Show(long priceTicks, long quantity, long total, long depthScale)
    {
        bool changed = _price.SetNumber(priceTicks, 2);
        changed |= _quantity.SetNumber(quantity, 4);
        changed |= _total.SetNumber(total, 4);
        float fraction = depthScale <= 0 ? 0 : Math.Clamp((float)((double)total / depthScale), 0, 1);
        changed |= fraction != _fraction;
        _fraction = fraction;
        if (changed) InvalidatePaint();
    }

    /// <inheritdoc />
    protected override void OnRender(SKCanvas canvas)
    {
        var paint = SceneTheme.Paint;
        float width = Bounds.Width * _fraction;
        paint.Color = _depthColor;
        // One pixel of gap above and below, so neighbouring bars read as separate rows.
        canvas.DrawRect(Bounds.Width - width, 1, width, Bounds.Height - 2, paint);
        paint.Color = _color;
        _price.Draw(canvas, PriceLeft, _baseline, paint);
        paint.Color = _textColor;
        _quantity.Draw(canvas, QuantityRight - _quantity.Width, _baseline, paint);
        _total.Draw(canvas, TotalRight - _total.Width, _baseline, paint);
    }

    /// <inheritdoc />
    protected override void DescribeMarkup(MarkupWriter w)
    {
        w.Property("price", _price.ToString());
        w.Property("quantity", _quantity.ToString());
        w.Property("total", _total.ToString());
    }
}
