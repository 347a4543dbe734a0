using Skia.Trader.Binance.Wire;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Binance.MarketData;

/// <summary>
/// MarketEvent is the last frame <see cref="MarketFrameParser"/> read: one reusable object whose fields
/// are overwritten per frame, so parsing allocates nothing. Only the fields of <see cref="Kind"/> are meaningful;
/// prices and quantities are the domain's fixed-point values.
/// </summary>
internal sealed class MarketEvent
{
    private BookLevel[] _bids = new BookLevel[64];
    private BookLevel[] _asks = new BookLevel[64];
    private MiniTickerEntry[] _miniTickers = new MiniTickerEntry[16];

    /// <summary>Kind says which of the fields below carry this frame's values.</summary>
    public MarketEventKind Kind { get; internal set; }

    /// <summary>Rejection says why the frame was rejected when <see cref="Kind"/> is Rejected.</summary>
    public FrameRejection Rejection { get; internal set; }

    /// <summary>SymbolId is the frame's symbol in the parser's <see cref="SymbolTable"/>, or -1.</summary>
    public int SymbolId { get; internal set; } = -1;

    /// <summary>EventTime is <c>E</c>, the server's event time in Unix milliseconds (0 when absent).</summary>
    public long EventTime { get; internal set; }

    /// <summary>FirstUpdateId is <c>U</c> of a diff-depth event.</summary>
    public long FirstUpdateId { get; internal set; }

    /// <summary>FinalUpdateId is <c>u</c> of a diff-depth or book-ticker event, or <c>lastUpdateId</c> of partial depth.</summary>
    public long FinalUpdateId { get; internal set; }

    /// <summary>Bids are the depth levels on the buy side, in frame order.</summary>
    public ReadOnlySpan<BookLevel> Bids => _bids.AsSpan(0, BidCount);

    /// <summary>Asks are the depth levels on the sell side, in frame order.</summary>
    public ReadOnlySpan<BookLevel> Asks => _asks.AsSpan(0, AskCount);

    internal int BidCount;
    internal int AskCount;

    /// <summary>TradeId is <c>t</c> (trade) or <c>a</c> (aggregate trade).</summary>
    public long TradeId { get; internal set; }

    /// <summary>FirstTradeId is <c>f</c> of an aggregate trade or kline, <c>F</c> of a ticker.</summary>
    public long FirstTradeId { get; internal set; }

    /// <summary>LastTradeId is <c>l</c> of an aggregate trade, <c>L</c> of a kline or ticker.</summary>
    public long LastTradeId { get; internal set; }

    /// <summary>Price is <c>p</c> of a trade.</summary>
    public Price Price { get; internal set; }

    /// <summary>Quantity is <c>q</c> of a trade.</summary>
    public Quantity Quantity { get; internal set; }

    /// <summary>TradeTime is <c>T</c> of a trade (or the last trade time of an average price), Unix milliseconds.</summary>
    public long TradeTime { get; internal set; }

    /// <summary>BuyerIsMaker is <c>m</c>: true when the aggressor sold.</summary>
    public bool BuyerIsMaker { get; internal set; }

    /// <summary>BestBidPrice is <c>b</c> of a book ticker.</summary>
    public Price BestBidPrice { get; internal set; }

    /// <summary>BestBidQuantity is <c>B</c> of a book ticker.</summary>
    public Quantity BestBidQuantity { get; internal set; }

    /// <summary>BestAskPrice is <c>a</c> of a book ticker.</summary>
    public Price BestAskPrice { get; internal set; }

    /// <summary>BestAskQuantity is <c>A</c> of a book ticker.</summary>
    public Quantity BestAskQuantity { get; internal set; }

    /// <summary>KlineOpenTime is <c>k.t</c>, the candle's start in Unix milliseconds.</summary>
    public long KlineOpenTime { get; internal set; }

    /// <summary>KlineCloseTime is <c>k.T</c>.</summary>
    public long KlineCloseTime { get; internal set; }

    /// <summary>Interval is <c>k.i</c>.</summary>
    public KlineInterval Interval { get; internal set; }

    /// <summary>Open is <c>k.o</c> of a kline, <c>o</c> of a ticker.</summary>
    public Price Open { get; internal set; }

    /// <summary>High is <c>k.h</c> of a kline, <c>h</c> of a ticker.</summary>
    public Price High { get; internal set; }

    /// <summary>Low is <c>k.l</c> of a kline, <c>l</c> of a ticker.</summary>
    public Price Low { get; internal set; }

    /// <summary>Close is <c>k.c</c> of a kline, <c>c</c> (last price) of a ticker.</summary>
    public Price Close { get; internal set; }

    /// <summary>Volume is <c>k.v</c> of a kline, <c>v</c> of a ticker: base-asset volume.</summary>
    public Quantity Volume { get; internal set; }

    /// <summary>QuoteVolume is <c>k.q</c> of a kline, <c>q</c> of a ticker.</summary>
    public Quantity QuoteVolume { get; internal set; }

    /// <summary>KlineTradeCount is <c>k.n</c>.</summary>
    public long KlineTradeCount { get; internal set; }

    /// <summary>KlineClosed is <c>k.x</c>: the candle is final.</summary>
    public bool KlineClosed { get; internal set; }

    /// <summary>PriceChange is <c>p</c> of a 24 h ticker (negative when the price fell).</summary>
    public Price PriceChange { get; internal set; }

    /// <summary>PriceChangePercent is <c>P</c> of a 24 h ticker, exactly as sent.</summary>
    public decimal PriceChangePercent { get; internal set; }

    /// <summary>WeightedAveragePrice is <c>w</c> of a 24 h ticker or of an average-price event.</summary>
    public Price WeightedAveragePrice { get; internal set; }

    /// <summary>PrevClosePrice is <c>x</c> of a 24 h ticker.</summary>
    public Price PrevClosePrice { get; internal set; }

    /// <summary>LastQuantity is <c>Q</c> of a 24 h ticker.</summary>
    public Quantity LastQuantity { get; internal set; }

    /// <summary>WindowOpenTime is <c>O</c> of a 24 h ticker.</summary>
    public long WindowOpenTime { get; internal set; }

    /// <summary>WindowCloseTime is <c>C</c> of a 24 h ticker.</summary>
    public long WindowCloseTime { get; internal set; }

    /// <summary>TradeCount is <c>n</c> of a 24 h ticker.</summary>
    public long TradeCount { get; internal set; }

    /// <summary>AverageMinutes is the interval of an average-price event (<c>i</c>: "5m" gives 5).</summary>
    public int AverageMinutes { get; internal set; }

    /// <summary>MiniTickers are the followed symbols' entries of a <c>!miniTicker@arr</c> frame (others are skipped).</summary>
    public ReadOnlySpan<MiniTickerEntry> MiniTickers => _miniTickers.AsSpan(0, MiniTickerCount);

    internal int MiniTickerCount;

    /// <summary>Ticker returns the <c>@ticker</c> values of this event (Kind Ticker); Open/High/Low/Close, Volume, BestBid/Ask and the trade ids carry them.</summary>
    public TickerUpdate Ticker => new(EventTime, PriceChange, PriceChangePercent, WeightedAveragePrice, PrevClosePrice, Close, LastQuantity,
        BestBidPrice, BestBidQuantity, BestAskPrice, BestAskQuantity, Open, High, Low, Volume, QuoteVolume, WindowOpenTime, WindowCloseTime,
        FirstTradeId, LastTradeId, TradeCount);

    /// <summary>MiniTicker returns the <c>@miniTicker</c> values of this event (Kind MiniTicker).</summary>
    public MiniTickerUpdate MiniTicker => new(EventTime, Close, Open, High, Low, Volume, QuoteVolume);

    /// <summary>AveragePrice returns the <c>@avgPrice</c> values of this event (Kind AveragePrice).</summary>
    public AveragePriceUpdate AveragePrice => new(EventTime, AverageMinutes, WeightedAveragePrice, TradeTime);

    /// <summary>CommandId is <c>id</c> of a command answer.</summary>
    public long CommandId { get; internal set; }

    /// <summary>CommandErrorCode is the error code of a failed command, 0 when it succeeded.</summary>
    public int CommandErrorCode { get; internal set; }

    internal void Reset()
    {
        Kind = MarketEventKind.Rejected;
        Rejection = FrameRejection.None;
        SymbolId = -1;
        EventTime = FirstUpdateId = FinalUpdateId = 0;
        BidCount = AskCount = 0;
        TradeId = FirstTradeId = LastTradeId = TradeTime = 0;
        Price = default;
        Quantity = default;
        BuyerIsMaker = false;
        BestBidPrice = default;
        BestBidQuantity = default;
        BestAskPrice = default;
        BestAskQuantity = default;
        KlineOpenTime = KlineCloseTime = 0;
        Interval = KlineInterval.Unknown;
        Open = High = Low = Close = default;
        Volume = QuoteVolume = default;
        KlineTradeCount = 0;
        KlineClosed = false;
        CommandId = 0;
        CommandErrorCode = 0;
        PriceChange = WeightedAveragePrice = PrevClosePrice = default;
        PriceChangePercent = 0;
        LastQuantity = default;
        WindowOpenTime = WindowCloseTime = TradeCount = 0;
        AverageMinutes = 0;
        MiniTickerCount = 0;
    }

    // Grows by doubling like the level arrays: after the widest all-market frame seen, none allocates.
    internal void AddMiniTicker(MiniTickerEntry entry)
    {
        if (MiniTickerCount == _miniTickers.Length) Array.Resize(ref _miniTickers, _miniTickers.Length * 2);
        _miniTickers[MiniTickerCount++] = entry;
    }

    internal void AddBid(BookLevel level) => Append(ref _bids, ref BidCount, level);

    internal void AddAsk(BookLevel level) => Append(ref _asks, ref AskCount, level);

    // Grows by doubling, so after the deepest frame seen (a 5000-level snapshot at most) no frame allocates.
    private static void Append(ref BookLevel[] levels, ref int count, BookLevel level)
    {
        if (count == levels.Length) Array.Resize(ref levels, levels.Length * 2);
        levels[count++] = level;
    }
}
