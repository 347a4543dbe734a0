using SkiaSharp;
using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Layout;
using Skia.Trader.SceneBench.Widgets;

namespace Skia.Trader.SceneBench.Screen;

/// <summary>TapeRow is one trade on the tape: time, price coloured by side, quantity.</summary>
internal sealed class TapeRow : AbsolutePanel
{
    private readonly NumberLabel _time;
    private readonly NumberLabel _price;
    private readonly NumberLabel _quantity;

    /// <summary>TapeRow creates an empty row.</summary>
    public TapeRow(SceneTheme theme)
        : base(SceneLayout.TapeWidth, SceneLayout.RowHeight)
    {
        _time = Place(new NumberLabel(theme.Mono, ScenePalette.MutedText, alignRight: false), new SKRect(10, 0, 110, SceneLayout.RowHeight));
        _price = Place(new NumberLabel(theme.Mono, ScenePalette.Bid, alignRight: true), new SKRect(110, 0, 190, SceneLayout.RowHeight));
        _quantity = Place(new NumberLabel(theme.Mono, ScenePalette.Text, alignRight: true), new SKRect(200, 0, 290, SceneLayout.RowHeight));
    }

    /// <summary>Show sets the trade the row shows.</summary>
    public void Show(in Trade trade)
    {
        _time.SetTimeOfDay(trade.TimeMs);
        _price.SetFixed(trade.PriceTicks, 2);
        _price.Color = trade.IsBuy ? ScenePalette.Bid : ScenePalette.Ask;
        _quantity.SetFixed(trade.Quantity, 4);
    }

    /// <summary>Clear empties the row (fewer trades than rows so far).</summary>
    public void Clear()
    {
        _time.Clear();
        _price.Clear();
        _quantity.Clear();
    }
}
