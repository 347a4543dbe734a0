using SkiaSharp;
using Skia.Toolkit.Widgets;
using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Layout;
using Skia.Trader.SceneBench.Widgets;
using L = Skia.Trader.Scene.Layout.SceneLayout;

namespace Skia.Trader.SceneBench.Screen;

/// <summary>TapePanel shows the newest 40 trades, newest at the top.</summary>
internal sealed class TapePanel : AbsolutePanel
{
    private readonly TapeRow[] _rows = new TapeRow[SceneFeed.TapeLength];

    /// <summary>TapePanel creates the title row and 40 trade rows.</summary>
    public TapePanel(SceneTheme theme)
        : base(L.TapeWidth, L.Height - L.HeaderHeight)
    {
        Place(new Rectangle { Fill = SceneTheme.Color(ScenePalette.Header) }, new SKRect(0, 0, L.TapeWidth, L.RowHeight));
        Place(theme.Word(ScenePalette.MutedText, "Time"), new SKRect(10, 0, 110, L.RowHeight));
        Place(theme.Word(ScenePalette.MutedText, "Price (USDT)", alignRight: true), new SKRect(100, 0, 190, L.RowHeight));
        Place(theme.Word(ScenePalette.MutedText, "Qty (BTC)", alignRight: true), new SKRect(200, 0, 290, L.RowHeight));
        for (int i = 0; i < _rows.Length; i++)
        {
            float top = L.RowHeight * (1 + i);
            _rows[i] = Place(new TapeRow(theme), new SKRect(0, top, L.TapeWidth, top + L.RowHeight));
        }
    }

    /// <summary>Show puts the feed's trades into the rows.</summary>
    public void Show(SceneFeed feed)
    {
        for (int i = 0; i < _rows.Length; i++)
        {
            if (i < feed.TradeCount) _rows[i].Show(feed.TradeAt(i));
            else _rows[i].Clear();
        }
    }
}
