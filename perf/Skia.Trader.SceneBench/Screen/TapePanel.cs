using Skia.Toolkit.Widgets;
using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Layout;
using Skia.Trader.SceneBench.Widgets;
using SkiaSharp;
using L = Skia.Trader.Scene.Layout.SceneLayout;

namespace Skia.Trader.SceneBench.Screen;

/// <summary>TapePanel shows the newest 40 trades, newest at the top.</summary>
internal sealed class TapePanel : AbsolutePanel
{
    private readonly TapeRows _rows;

    /// <summary>TapePanel creates the title row and the 40 trade rows.</summary>
    public TapePanel(SceneTheme theme)
        : base(L.TapeWidth, L.Height - L.HeaderHeight)
    {
        Place(new Rectangle { Fill = SceneTheme.Color(ScenePalette.Header) }, new SKRect(0, 0, L.TapeWidth, L.RowHeight));
        Place(theme.Word(ScenePalette.MutedText, "Time"), new SKRect(10, 0, 110, L.RowHeight));
        Place(theme.Word(ScenePalette.MutedText, "Price (USDT)", alignRight: true), new SKRect(100, 0, 190, L.RowHeight));
        Place(theme.Word(ScenePalette.MutedText, "Qty (BTC)", alignRight: true), new SKRect(200, 0, 290, L.RowHeight));
        _rows = Place(new TapeRows(theme), new SKRect(0, L.RowHeight, TapeRows.RowsWidth, L.RowHeight * (1 + SceneFeed.TapeLength)));
    }

    /// <summary>Show puts the feed's trades into the rows.</summary>
    public void Show(SceneFeed feed) => _rows.Show(feed);
}
