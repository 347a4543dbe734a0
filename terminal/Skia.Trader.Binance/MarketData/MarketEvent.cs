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

    /// <summary>FirstTradeId is <c>f</c> of an aggregate trade or kline.</summary>
    public long FirstTradeId { get; internal set; }

    /// <summary>LastTradeId is <c>l</c> of an aggregate trade or <c>L</c> of a kline.</summary>
    public long LastTradeId { get; internal set; }

    /// <summary>Price is <c>p</c> of a trade.</summary>
    public Price Price { get; internal set; }

    /// <summary>Quantity is <c>q</c> of a trade.</summary>
    public Quantity Quantity { get; internal set; }

    /// <summary>TradeTime is <c>T</c> of a trade, Unix milliseconds.</summary>
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

    /// <summary>Open is <c>k.o</c>.</summary>
    public Price Open { get; internal set; }

    /// <summary>High is <c>k.h</c>.</summary>
    public Price High { get; internal set; }

    /// <summary>Low is <c>k.l</c>.</summary>
    public Price Low { get; internal set; }

    /// <summary>Close is <c>k.c</c>.</summary>
    public Price Close { get; internal set; }

    /// <summary>Volume is <c>k.v</c>, base-asset volume.</summary>
    public Quantity Volume { get; internal set; }

    /// <summary>QuoteVolume is <c>k.q</c>.</summary>
    public Quantity QuoteVolume { get; internal set; }

    /// <summary>KlineTradeCount is <c>k.n</c>.</summary>
    public long KlineTradeCount { get; internal set; }

    /// <summary>KlineClosed is <c>k.x</c>: the candle is final.</summary>
    public bool KlineClosed { get; internal set; }

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
