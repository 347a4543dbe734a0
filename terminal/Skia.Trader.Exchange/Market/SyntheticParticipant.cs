namespace Skia.Trader.Exchange.Market;

/// <summary>SyntheticParticipant is the synthetic crowd's state for one symbol: its random stream, fair price, budget of due actions and the maker's open orders.</summary>
internal sealed class SyntheticParticipant(SyntheticSymbol symbol, Random random)
{
    public SyntheticSymbol Symbol { get; } = symbol;
    public Random Random { get; } = random;
    public long Fair { get; set; } = symbol.StartPrice.Raw;

    // A price step of about 0.1 basis point of the start price (at least a tick), so that a
    // 65000 USDT pair with a 0.01 tick moves visibly rather than by cents.
    public long PriceStep { get; } = Math.Max(symbol.Info.PriceFilter.TickSize.Raw,
        symbol.StartPrice.Raw / 100_000 / symbol.Info.PriceFilter.TickSize.Raw * symbol.Info.PriceFilter.TickSize.Raw);
    public double Budget { get; set; }
    public List<long> OpenOrders { get; } = new();
}
