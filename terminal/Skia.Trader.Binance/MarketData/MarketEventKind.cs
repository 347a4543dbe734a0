namespace Skia.Trader.Binance.MarketData;

/// <summary>MarketEventKind says what a market-stream frame turned out to be.</summary>
internal enum MarketEventKind
{
    /// <summary>Rejected: the frame was malformed or lacked what its kind needs (see <see cref="FrameRejection"/>).</summary>
    Rejected,
    /// <summary>A diff-depth event (<c>depthUpdate</c>) with U/u update ids.</summary>
    DepthUpdate,
    /// <summary>A partial-depth snapshot (<c>depth5/10/20</c>) with <c>lastUpdateId</c>.</summary>
    PartialDepth,
    /// <summary>A single trade (<c>trade</c>).</summary>
    Trade,
    /// <summary>An aggregate trade (<c>aggTrade</c>).</summary>
    AggregateTrade,
    /// <summary>The best bid and ask (<c>bookTicker</c>).</summary>
    BookTicker,
    /// <summary>A candlestick update (<c>kline</c>).</summary>
    Kline,
    /// <summary>24 h rolling-window statistics of one symbol (<c>24hrTicker</c>, stream <c>&lt;symbol&gt;@ticker</c>).</summary>
    Ticker,
    /// <summary>24 h mini statistics of one symbol (<c>24hrMiniTicker</c>, stream <c>&lt;symbol&gt;@miniTicker</c>).</summary>
    MiniTicker,
    /// <summary>The all-market mini tickers (<c>!miniTicker@arr</c>): an array, read into <see cref="MarketEvent.MiniTickers"/>.</summary>
    MiniTickerArray,
    /// <summary>A symbol's average price (<c>avgPrice</c>, stream <c>&lt;symbol&gt;@avgPrice</c>).</summary>
    AveragePrice,
    /// <summary>The server announces it will close the connection (<c>serverShutdown</c>).</summary>
    ServerShutdown,
    /// <summary>The answer to a SUBSCRIBE/UNSUBSCRIBE command (<c>{"result":null,"id":1}</c>).</summary>
    CommandResult,
    /// <summary>A well-formed event of a kind this client does not use; ignored on purpose.</summary>
    Ignored,
}
