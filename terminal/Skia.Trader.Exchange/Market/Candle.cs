using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Exchange.Market;

/// <summary>Candle is one kline: open/high/low/close and volumes over [OpenTime, CloseTime].</summary>
internal sealed class Candle
{
    public long OpenTime { get; init; }
    public long CloseTime { get; init; }
    public Price Open { get; set; }
    public Price High { get; set; }
    public Price Low { get; set; }
    public Price Close { get; set; }
    public Quantity Volume { get; set; }
    public Quantity QuoteVolume { get; set; }
    public Quantity TakerBuyVolume { get; set; }
    public Quantity TakerBuyQuoteVolume { get; set; }
    public long Trades { get; set; }
    public long FirstTradeId { get; set; } = -1;
    public long LastTradeId { get; set; } = -1;

    public Candle Copy() => (Candle)MemberwiseClone();

    /// <summary>Add folds a trade (or a finer candle, when trades is more than one) into this candle.</summary>
    public void Add(Price open, Price high, Price low, Price close, Quantity volume, Quantity quoteVolume, Quantity takerBuy, Quantity takerBuyQuote,
        long trades, long firstTradeId, long lastTradeId)
    {
        if (Trades == 0)
        {
            Open = open;
            High = high;
            Low = low;
        }
        else
        {
            High = Price.Max(High, high);
            Low = Price.Min(Low, low);
        }
        Close = close;
        Volume += volume;
        QuoteVolume += quoteVolume;
        TakerBuyVolume += takerBuy;
        TakerBuyQuoteVolume += takerBuyQuote;
        Trades += trades;
        if (FirstTradeId < 0)
            FirstTradeId = firstTradeId;
        if (lastTradeId >= 0)
            LastTradeId = lastTradeId;
    }
}
