using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Scene.Feed;
using Skia.Trader.Ui.Model;
using Skia.Trader.Ui.Panels;

namespace Skia.Trader.SceneBench.Screen;

/// <summary>
/// LadderBook shows the scene's book on the terminal's shipped price ladder (<see cref="LadderPanel"/> over a
/// <see cref="LadderModel"/>): a thin adapter that hands the feed's 20 + 20 levels to the model once per frame in
/// which the book changed (as the terminal applies at most one book per frame), marks the last trade, and
/// re-centres the rows on the spread (one rebuild of the rows per book: <see cref="LadderModel.UpdateRecentred"/>), so the 41 rows always show the 20 asks, the spread row and the 20 bids
/// (SCENE.md's book), as a trader keeping the ladder centred would. Prices and sizes go in as the terminal's
/// fixed-point values (8 decimals) into reused buffers: a frame allocates nothing.
/// </summary>
internal sealed class LadderBook
{
    /// <summary>Rows is the ladder's row count: 20 asks, the spread row between best bid and best ask, 20 bids.</summary>
    public const int Rows = (2 * SceneFeed.Levels) + 1;

    /// <summary>TickRaw is the scene's tick, 0.01, as a raw fixed-point price (8 decimals).</summary>
    public const long TickRaw = 1_000_000;

    /// <summary>QuantityRaw is the scene's quantity unit, 0.0001, as a raw fixed-point quantity.</summary>
    public const long QuantityRaw = 10_000;

    private readonly BookLevel[] _bids = new BookLevel[SceneFeed.Levels];
    private readonly BookLevel[] _asks = new BookLevel[SceneFeed.Levels];
    private int _shownUpdate = -1;

    /// <summary>LadderBook creates the model (tick 0.01, 41 rows) and the panel without its toolbar and column names, prices with 2 decimals and sizes with 4.</summary>
    public LadderBook()
    {
        Model = new LadderModel(Price.FromRaw(TickRaw), Rows);
        Panel = new LadderPanel(Model, withChrome: false) { Name = "scene-ladder" };
        Panel.SetDecimals(2, 4);
    }

    /// <summary>Model is the ladder's model.</summary>
    public LadderModel Model { get; }

    /// <summary>Panel is the shipped ladder widget, placed in the scene's book area.</summary>
    public LadderPanel Panel { get; }

    /// <summary>Show hands the feed's book and last trade to the ladder when an update was applied since the last call.</summary>
    public void Show(SceneFeed feed)
    {
        if (feed.NextUpdate == _shownUpdate) return;
        _shownUpdate = feed.NextUpdate;
        ReadOnlySpan<long> bidPrices = feed.BidPrices, bidQuantities = feed.BidQuantities;
        ReadOnlySpan<long> askPrices = feed.AskPrices, askQuantities = feed.AskQuantities;
        for (int i = 0; i < SceneFeed.Levels; i++)
        {
            _bids[i] = new BookLevel(Price.FromRaw(bidPrices[i] * TickRaw), Quantity.FromRaw(bidQuantities[i] * QuantityRaw));
            _asks[i] = new BookLevel(Price.FromRaw(askPrices[i] * TickRaw), Quantity.FromRaw(askQuantities[i] * QuantityRaw));
        }
        if (feed.HasTrades)
        {
            var last = feed.LastTrade;
            Model.SetLastTrade(Price.FromRaw(last.PriceTicks * TickRaw), Quantity.FromRaw(last.Quantity * QuantityRaw), buyerIsMaker: !last.IsBuy);
        }
        Model.UpdateRecentred(_bids, _asks); // one rebuild of the rows per book, not Update then Recenter
        Panel.Refresh();
    }
}
