using Skia.Toolkit.Core;
using Skia.Toolkit.Text;
using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Format;
using Skia.Trader.Scene.Layout;
using Skia.Trader.SceneBench.Widgets;
using SkiaSharp;

namespace Skia.Trader.SceneBench.Screen;

/// <summary>TapeRow is one trade on the tape: time, price coloured by side, quantity; one widget, one invalidation per change (see <see cref="DepthRow"/>).</summary>
internal sealed class TapeRow : Widget
{
    private const float TimeLeft = 10;
    private const float PriceRight = 190;
    private const float QuantityRight = 290;
    private readonly NumericText _time;
    private readonly float _baseline;
    private readonly NumericText _price;
    private readonly NumericText _quantity;
    private readonly SKColor _timeColor = SceneTheme.Color(ScenePalette.MutedText);
    private readonly SKColor _textColor = SceneTheme.Color(ScenePalette.Text);
    private bool _isBuy;

    /// <summary>TapeRow creates an empty row.</summary>
    public TapeRow(SceneTheme theme)
    {
        _time = new NumericText(theme.Mono);
        _price = new NumericText(theme.Mono);
        _baseline = SceneLayout.NumberBaseline(theme.Mono.Ascent, theme.Mono.Descent, theme.Mono.Leading);
        _quantity = new NumericText(theme.Mono);
    }

    /// <summary>Show sets the trade the row shows; repaints only on a change.</summary>
    public void Show(in Trade trade)
    {
        Span<char> time = stackalloc char[12];
        FixedPointText.WriteTimeOfDay(trade.TimeMs, time);
        bool changed = _time.Set(time);
        changed |= _price.SetNumber(trade.PriceTicks, 2);
        changed |= _quantity.SetNumber(trade.Quantity, 4);
        changed |= trade.IsBuy != _isBuy;
        _isBuy = trade.IsBuy;
        if (changed) InvalidatePaint();
    }

    /// <summary>TakeOver copies the state of <paramref name="above"/> without repainting: its pixels were moved here (see <see cref="TapeRows"/>).</summary>
    public void TakeOver(TapeRow above)
    {
        _time.Set(above._time.Chars);
        _price.Set(above._price.Chars);
        _quantity.Set(above._quantity.Chars);
        _isBuy = above._isBuy;
    }

    /// <summary>Clear empties the row (fewer trades than rows so far).</summary>
    public void Clear()
    {
        bool changed = _time.Set([]);
        changed |= _price.Set([]);
        changed |= _quantity.Set([]);
        if (changed) InvalidatePaint();
    }

    /// <inheritdoc />
    protected override void OnRender(SKCanvas canvas)
    {
        var paint = SceneTheme.Paint;
        paint.Color = _timeColor;
        _time.Draw(canvas, TimeLeft, _baseline, paint);
        paint.Color = SceneTheme.Color(_isBuy ? ScenePalette.Bid : ScenePalette.Ask);
        _price.Draw(canvas, PriceRight - _price.Width, _baseline, paint);
        paint.Color = _textColor;
        _quantity.Draw(canvas, QuantityRight - _quantity.Width, _baseline, paint);
    }

    /// <inheritdoc />
    protected override void DescribeMarkup(MarkupWriter w)
    {
        w.Property("time", _time.ToString());
        w.Property("price", _price.ToString());
        w.Property("quantity", _quantity.ToString());
    }
}
