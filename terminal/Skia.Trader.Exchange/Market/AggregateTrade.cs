using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Exchange.Market;

/// <summary>
/// AggregateTrade is Binance's aggregate trade: the trades of one taker order at one price in
/// the same millisecond, with their quantities summed (<c>GET /api/v3/aggTrades</c>,
/// <c>&lt;symbol&gt;@aggTrade</c>). The newest one of a symbol may still grow while its taker order matches.
/// </summary>
internal sealed class AggregateTrade
{
    public long Id { get; init; }
    public Price Price { get; init; }
    public Quantity Quantity { get; set; }
    public long FirstTradeId { get; init; }
    public long LastTradeId { get; set; }
    public long Time { get; init; }
    public bool BuyerIsMaker { get; init; }
    public long TakerOrderId { get; init; }

    public AggregateTrade Copy() => (AggregateTrade)MemberwiseClone();
}
