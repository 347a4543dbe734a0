using Skia.Trader.Binance.MarketData;

namespace Skia.Trader.Binance.Tests.MarketData;

/// <summary>SortedDepthBook is a plain sorted-dictionary book the synchronizer tests write into.</summary>
internal sealed class SortedDepthBook : IDepthLevelSink
{
    public SortedDictionary<long, long> Bids { get; } = new(Comparer<long>.Create((a, b) => b.CompareTo(a)));

    public SortedDictionary<long, long> Asks { get; } = new();

    public void Clear()
    {
        Bids.Clear();
        Asks.Clear();
    }

    public void SetBid(long price, long quantity) => Set(Bids, price, quantity);

    public void SetAsk(long price, long quantity) => Set(Asks, price, quantity);

    private static void Set(SortedDictionary<long, long> side, long price, long quantity)
    {
        if (quantity == 0) side.Remove(price);
        else side[price] = quantity;
    }
}
