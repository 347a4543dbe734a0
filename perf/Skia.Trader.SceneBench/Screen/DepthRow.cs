using SkiaSharp;
using Skia.Trader.Scene.Layout;
using Skia.Trader.SceneBench.Widgets;

namespace Skia.Trader.SceneBench.Screen;

/// <summary>DepthRow is one book level: a depth bar behind price, quantity and cumulative total.</summary>
internal sealed class DepthRow : AbsolutePanel
{
    private readonly DepthBar _bar;
    private readonly NumberLabel _price;
    private readonly NumberLabel _quantity;
    private readonly NumberLabel _total;

    /// <summary>DepthRow draws an ask or bid level in the side's colours.</summary>
    public DepthRow(SceneTheme theme, bool isAsk)
        : base(SceneLayout.BookWidth, SceneLayout.RowHeight)
    {
        _bar = Place(new DepthBar(isAsk ? ScenePalette.AskDepth : ScenePalette.BidDepth), new SKRect(0, 0, SceneLayout.BookWidth, SceneLayout.RowHeight));
        _price = Place(new NumberLabel(theme.Mono, isAsk ? ScenePalette.Ask : ScenePalette.Bid, alignRight: false), new SKRect(10, 0, 120, SceneLayout.RowHeight));
        _quantity = Place(new NumberLabel(theme.Mono, ScenePalette.Text, alignRight: true), new SKRect(120, 0, 230, SceneLayout.RowHeight));
        _total = Place(new NumberLabel(theme.Mono, ScenePalette.Text, alignRight: true), new SKRect(240, 0, 350, SceneLayout.RowHeight));
    }

    /// <summary>Show sets the level's values; <paramref name="depthScale"/> is the larger side's total.</summary>
    public void Show(long priceTicks, long quantity, long total, long depthScale)
    {
        _price.SetFixed(priceTicks, 2);
        _quantity.SetFixed(quantity, 4);
        _total.SetFixed(total, 4);
        _bar.Fraction = depthScale <= 0 ? 0 : (float)((double)total / depthScale);
    }
}
