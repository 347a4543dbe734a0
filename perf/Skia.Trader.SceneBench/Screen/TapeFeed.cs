using Skia.Trader.Binance.MarketData;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Scene.Feed;
using Skia.Trader.Ui.Model;
using Skia.Trader.Ui.Panels;
using L = Skia.Trader.Scene.Layout.SceneLayout;

namespace Skia.Trader.SceneBench.Screen;

/// <summary>
/// TapeFeed shows the scene's trades on the terminal's shipped tape (<see cref="TapePanel"/> over a
/// <see cref="TapeModel"/> of the scene's 40 lines): a thin adapter that finds the trades that arrived since the
/// last frame and hands them to the panel as one batch, oldest first, as the terminal does with a frame's trades.
/// Lines and the header band are 18 px (SCENE.md's rows); times in UTC (the scene's times are after 00:00:00.000);
/// no trade is flagged large (the scene's trades are at most 0.5 BTC, under the terminal's 50,000 USDT threshold).
/// </summary>
internal sealed class TapeFeed
{
    private readonly TradePrint[] _batch = new TradePrint[SceneFeed.TapeLength];
    private Trade _newest;
    private int _shown;
    private long _tradeId;

    /// <summary>TapeFeed creates the model and the panel, prices with 2 decimals and sizes with 4.</summary>
    public TapeFeed()
    {
        Model = new TapeModel(SceneFeed.TapeLength, Quantity.Zero);
        Panel = new TapePanel(Model, TimeZoneInfo.Utc) { Name = "scene-tape", LineHeight = L.RowHeight, HeaderHeight = L.RowHeight };
        Panel.SetDecimals(2, 4);
    }

    /// <summary>Model is the tape's model.</summary>
    public TapeModel Model { get; }

    /// <summary>Panel is the shipped tape widget, placed in the scene's tape area.</summary>
    public TapePanel Panel { get; }

    /// <summary>Show puts the trades that arrived since the last call on the tape (nothing when none did).</summary>
    public void Show(SceneFeed feed)
    {
        int arrived = Math.Min(ArrivedSinceLastShow(feed), feed.TradeCount);
        if (arrived == 0) return;
        for (int i = 0; i < arrived; i++)
        {
            var trade = feed.TradeAt(arrived - 1 - i); // oldest first
            _batch[i] = new TradePrint(++_tradeId, Price.FromRaw(trade.PriceTicks * LadderBook.TickRaw),
                Quantity.FromRaw(trade.Quantity * LadderBook.QuantityRaw), trade.TimeMs, BuyerIsMaker: !trade.IsBuy);
        }
        Panel.Add(_batch.AsSpan(0, arrived));
        _shown = feed.TradeCount;
        _newest = feed.TradeAt(0);
    }

    /// <summary>ArrivedSinceLastShow finds how many places the previously newest trade moved down (0: nothing new; the tape length: not found, all are new).</summary>
    private int ArrivedSinceLastShow(SceneFeed feed)
    {
        if (_shown == 0) return feed.TradeCount;
        for (int age = 0; age < feed.TradeCount; age++)
        {
            if (feed.TradeAt(age) == _newest) return age;
        }

        return SceneFeed.TapeLength;
    }
}
