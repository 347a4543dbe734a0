using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Exchange.Matching;

/// <summary>PriceLevel is the queue of orders resting at one price, oldest first (time priority), with their total size.</summary>
internal sealed class PriceLevel(Price price)
{
    public Price Price { get; } = price;
    public LinkedList<ExchangeOrder> Orders { get; } = new();
    public long TotalRaw { get; set; }
}
