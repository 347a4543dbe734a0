using Skia.Trader.Binance.Connection;

namespace Skia.Trader.Binance.MarketData;

/// <summary>MarketDataOptions says what a <see cref="MarketDataFeed"/> subscribes and how it publishes.</summary>
public sealed record MarketDataOptions
{
    /// <summary>Symbols to follow, any case (e.g. BTCUSDT).</summary>
    public required IReadOnlyList<string> Symbols { get; init; }

    /// <summary>Depth is the book mode; Diff by default.</summary>
    public DepthMode Depth { get; init; } = DepthMode.Diff;

    /// <summary>PartialLevels is 5, 10 or 20 for <see cref="DepthMode.Partial"/>.</summary>
    public int PartialLevels { get; init; } = 20;

    /// <summary>SnapshotLimit is the REST snapshot depth (max 5000; 1000 keeps the request weight at 50).</summary>
    public int SnapshotLimit { get; init; } = 1000;

    /// <summary>PublishedLevels is how many levels per side each published snapshot holds.</summary>
    public int PublishedLevels { get; init; } = 20;

    /// <summary>
    /// PublishInterval limits how often a book snapshot is copied out for other threads; the UI
    /// reads once per frame, so copying on every 100 ms diff of every symbol would be waste.
    /// Books changed since their last publish are flushed at this interval by a timer too.
    /// </summary>
    public TimeSpan PublishInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Trades subscribes <c>@trade</c>.</summary>
    public bool Trades { get; init; } = true;

    /// <summary>AggregateTrades subscribes <c>@aggTrade</c>.</summary>
    public bool AggregateTrades { get; init; }

    /// <summary>BookTickers subscribes <c>@bookTicker</c>.</summary>
    public bool BookTickers { get; init; } = true;

    /// <summary>KlineInterval subscribes <c>@kline_&lt;interval&gt;</c> (e.g. "1m") when set.</summary>
    public string? KlineInterval { get; init; }

    /// <summary>Tickers subscribes <c>@ticker</c> (24 h statistics each second; <see cref="SymbolFeed.TryGetTicker"/>).</summary>
    public bool Tickers { get; init; }

    /// <summary>MiniTickers subscribes <c>@miniTicker</c> (24 h prices and volumes each second; <see cref="SymbolFeed.TryGetMiniTicker"/>).</summary>
    public bool MiniTickers { get; init; }

    /// <summary>AllMiniTickers subscribes <c>!miniTicker@arr</c> (every changed symbol each second); the followed symbols' entries land in <see cref="SymbolFeed.TryGetMiniTicker"/>.</summary>
    public bool AllMiniTickers { get; init; }

    /// <summary>AveragePrices subscribes <c>@avgPrice</c> (the 5-minute average each second; <see cref="SymbolFeed.TryGetAveragePrice"/>).</summary>
    public bool AveragePrices { get; init; }

    /// <summary>Connection tunes the WebSocket (watchdog, backoff).</summary>
    public ConnectionOptions Connection { get; init; } = new();
}
