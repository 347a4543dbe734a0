using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Binance.Tests.Loopback;
using Skia.Trader.Binance.Tests.Rest;
using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.Tests.MarketData;

/// <summary>The ticker streams end to end: the simulator publishes, MarketDataFeed parses over a real WebSocket, SymbolFeed holds the latest.</summary>
public class TickerFeedTests
{
    [Fact]
    public async Task Ticker_mini_ticker_all_market_and_average_price_streams_agree_with_rest()
    {
        await using var exchange = await LoopbackExchange.StartAsync(o => o.SyntheticMarket = false);
        await using var feed = new MarketDataFeed(exchange.Endpoint, exchange.Rest(), new MarketDataOptions
        {
            Symbols = ["BTCUSDT", "ETHUSDT"],
            Depth = DepthMode.None,
            Trades = false,
            BookTickers = false,
            Tickers = true,
            AveragePrices = true,
            AllMiniTickers = true,
        });
        Assert.Equal(["btcusdt@ticker", "btcusdt@avgPrice", "ethusdt@ticker", "ethusdt@avgPrice", "!miniTicker@arr"], feed.StreamNames());
        feed.Start();
        SymbolFeed btc = feed.Symbols[0], eth = feed.Symbols[1];
        // The 1 s ticker of a quiet symbol arrives before any trade: nothing traded yet.
        await Eventually.True(() => btc.TryGetTicker(out _), () => "no ticker yet");
        Assert.True(btc.TryGetTicker(out TickerUpdate before));
        Assert.Equal((0L, -1L, -1L), (before.TradeCount, before.FirstTradeId, before.LastTradeId));

        await MarketDataRestClientTests.TradeAsync(exchange);
        using BinanceRestClient rest = exchange.Rest();
        Ticker24h truth = await rest.GetTicker24hAsync("BTCUSDT");

        await Eventually.True(() => btc.TryGetTicker(out TickerUpdate t) && t.TradeCount == 3, () => "ticker never saw the trades");
        btc.TryGetTicker(out TickerUpdate ticker);
        Assert.Equal((truth.PriceChange, truth.PriceChangePercent, truth.WeightedAveragePrice, truth.LastPrice, truth.LastQuantity),
            (ticker.PriceChange, ticker.PriceChangePercent, ticker.WeightedAveragePrice, ticker.LastPrice, ticker.LastQuantity));
        Assert.Equal((truth.OpenPrice, truth.HighPrice, truth.LowPrice, truth.Volume, truth.QuoteVolume, truth.FirstId, truth.LastId),
            (ticker.OpenPrice, ticker.HighPrice, ticker.LowPrice, ticker.Volume, ticker.QuoteVolume, ticker.FirstTradeId, ticker.LastTradeId));
        Assert.Equal((Price.Parse("59000"), Quantity.Parse("0.01")), (ticker.BidPrice, ticker.BidQuantity));

        // The all-market array carries only changed symbols: BTCUSDT traded, ETHUSDT never did.
        await Eventually.True(() => btc.TryGetMiniTicker(out MiniTickerUpdate m) && m.Volume == Quantity.Parse("0.04"), () => "no mini ticker for BTCUSDT");
        btc.TryGetMiniTicker(out MiniTickerUpdate mini);
        Assert.Equal((truth.OpenPrice, truth.LastPrice, truth.QuoteVolume), (mini.OpenPrice, mini.LastPrice, mini.QuoteVolume));
        Assert.False(eth.TryGetMiniTicker(out _));

        await Eventually.True(() => btc.TryGetAveragePrice(out AveragePriceUpdate a) && !a.Price.IsZero, () => "no average price");
        btc.TryGetAveragePrice(out AveragePriceUpdate average);
        Assert.Equal((5, Price.Parse("60002.5")), (average.Minutes, average.Price));
        Assert.Equal(0, feed.FramesRejected);
    }

    [Fact]
    public async Task The_per_symbol_mini_ticker_stream_fills_the_same_slot()
    {
        await using var exchange = await LoopbackExchange.StartAsync();
        await using var feed = new MarketDataFeed(exchange.Endpoint, exchange.Rest(), new MarketDataOptions
        {
            Symbols = ["SOLUSDT"],
            Depth = DepthMode.None,
            Trades = false,
            BookTickers = false,
            MiniTickers = true,
        });
        Assert.Equal(["solusdt@miniTicker"], feed.StreamNames());
        feed.Start();
        SymbolFeed sol = feed.Symbols[0];
        await Eventually.True(() => sol.TryGetMiniTicker(out MiniTickerUpdate m) && !m.LastPrice.IsZero, () => "no mini ticker");
        sol.TryGetMiniTicker(out MiniTickerUpdate mini);
        Assert.True(mini.LowPrice <= mini.LastPrice && mini.LastPrice <= mini.HighPrice, $"{mini}");
        Assert.Equal(0, feed.FramesRejected);
    }
}
