using Skia.Toolkit.Widgets;
using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Layout;
using Skia.Trader.SceneBench.Widgets;
using SkiaSharp;
using L = Skia.Trader.Scene.Layout.SceneLayout;

namespace Skia.Trader.SceneBench.Screen;

/// <summary>BookPanel shows 20 asks (highest at the top) above the spread row and 20 bids (best first) below it.</summary>
internal sealed class BookPanel : AbsolutePanel
{
    private readonly DepthRow[] _asks = new DepthRow[SceneFeed.Levels];
    private readonly DepthRow[] _bids = new DepthRow[SceneFeed.Levels];
    private readonly Label _mid;
    private readonly Label _spread;

    /// <summary>BookPanel creates the title row, 41 rows and their cells.</summary>
    public BookPanel(SceneTheme theme)
        : base(L.BookWidth, L.Height - L.HeaderHeight)
    {
        Place(new Rectangle { Fill = SceneTheme.Color(ScenePalette.Header) }, new SKRect(0, 0, L.BookWidth, L.RowHeight));
        Place(theme.Word(ScenePalette.MutedText, "Price (USDT)"), new SKRect(10, 0, 120, L.RowHeight));
        Place(theme.Word(ScenePalette.MutedText, "Amount (BTC)", alignRight: true), new SKRect(120, 0, 230, L.RowHeight));
        Place(theme.Word(ScenePalette.MutedText, "Total", alignRight: true), new SKRect(240, 0, 350, L.RowHeight));
        for (int row = 0; row < SceneFeed.Levels; row++)
        {
            float top = L.RowHeight * (1 + row);
            _asks[SceneFeed.Levels - 1 - row] = Place(new DepthRow(theme, isAsk: true), new SKRect(0, top, L.BookWidth, top + L.RowHeight));
        }
        float spreadTop = L.RowHeight * (1 + SceneFeed.Levels);
        float spreadBottom = spreadTop + L.RowHeight;
        _mid = Place(theme.Number(ScenePalette.Bid, false), new SKRect(10, spreadTop, 120, spreadBottom));
        Place(theme.Word(ScenePalette.MutedText, "Spread", alignRight: true), new SKRect(120, spreadTop, 230, spreadBottom));
        _spread = Place(theme.Number(ScenePalette.Text, true), new SKRect(240, spreadTop, 350, spreadBottom));
        for (int row = 0; row < SceneFeed.Levels; row++)
        {
            float top = spreadBottom + row * L.RowHeight;
            _bids[row] = Place(new DepthRow(theme, isAsk: false), new SKRect(0, top, L.BookWidth, top + L.RowHeight));
        }
    }

    /// <summary>Show updates every level, the mid and the spread from the feed.</summary>
    public void Show(SceneFeed feed)
    {
        long scale = feed.DepthScale;
        for (int i = 0; i < SceneFeed.Levels; i++)
        {
            _asks[i].Show(feed.AskPrices[i], feed.AskQuantities[i], feed.AskTotals[i], scale);
            _bids[i].Show(feed.BidPrices[i], feed.BidQuantities[i], feed.BidTotals[i], scale);
        }
        _mid.SetNumber((long)Math.Floor(feed.Mid * 100 + 0.5), 2);
        _mid.Color = SceneTheme.Color(feed.LastTrade.IsBuy ? ScenePalette.Bid : ScenePalette.Ask);
        _spread.SetNumber(feed.AskPrices[0] - feed.BidPrices[0], 2);
    }
}
