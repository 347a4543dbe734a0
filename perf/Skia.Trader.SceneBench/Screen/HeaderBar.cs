using Skia.Toolkit.Widgets;
using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Layout;
using Skia.Trader.SceneBench.Widgets;
using SkiaSharp;

namespace Skia.Trader.SceneBench.Screen;

/// <summary>HeaderBar shows the symbol, last price, change since the first trade, the connection dot and the update rate.</summary>
internal sealed class HeaderBar : AbsolutePanel
{
    // Text in the 40 px bar sits on baseline 25, like the raw floor: a label row of 18 px placed 12 px down.
    private const float Top = 12;
    private const float Bottom = Top + SceneLayout.RowHeight;
    private readonly Label _last;
    private readonly Label _change;
    private readonly Label _rate;

    /// <summary>HeaderBar creates the bar's widgets.</summary>
    public HeaderBar(SceneTheme theme)
        : base(SceneLayout.Width, SceneLayout.HeaderHeight)
    {
        Place(new Rectangle { Fill = SceneTheme.Color(ScenePalette.Header) }, new SKRect(0, 0, SceneLayout.Width, SceneLayout.HeaderHeight));
        Place(theme.Word(ScenePalette.Text, "BTCUSDT", bold: true), new SKRect(16, Top, 96, Bottom));
        _last = Place(theme.Number(ScenePalette.Bid, false), new SKRect(100, Top, 186, Bottom));
        _change = Place(theme.Number(ScenePalette.Bid, false), new SKRect(190, Top, 276, Bottom));
        Place(new StatusDot(ScenePalette.Bid), new SKRect(1126, 16, 1134, 24));
        _rate = Place(theme.Number(ScenePalette.Text, true), new SKRect(1136, Top, 1170, Bottom));
        Place(theme.Word(ScenePalette.MutedText, "updates/s"), new SKRect(1176, Top, 1270, Bottom));
    }

    /// <summary>Show updates the bar from the feed.</summary>
    public void Show(SceneFeed feed, double nowMs)
    {
        var last = feed.LastTrade;
        _last.SetNumber(last.PriceTicks, 2);
        _last.Color = SceneTheme.Color(last.IsBuy ? ScenePalette.Bid : ScenePalette.Ask);
        long change = feed.ChangeBasisPoints;
        _change.SetChange(change);
        _change.Color = SceneTheme.Color(change < 0 ? ScenePalette.Ask : ScenePalette.Bid);
        _rate.SetNumber(feed.UpdatesPerSecond(nowMs), 0);
    }
}
