using Skia.Trader.Core.Books;
using Skia.Trader.Exchange.Market;

namespace Skia.Trader.Exchange.Streams;

/// <summary>
/// SymbolFeed is the per-symbol stream state: depth accumulators, the last top of book sent, the klines,
/// the trade tape (recent and aggregate trades) and the 24 h rolling statistics.
/// </summary>
internal sealed class SymbolFeed(string symbol)
{
    public string Symbol { get; } = symbol;
    public string Lower { get; } = symbol.ToLowerInvariant();
    public DepthAccumulator Fast { get; } = new();
    public DepthAccumulator Slow { get; } = new();
    public (BookLevel, BookLevel) LastTop { get; set; }
    public CandleSeries[] Candles { get; } = KlineInterval.All.Select(i => new CandleSeries(i.Millis)).ToArray();
    public TradeTape Tape { get; } = new();
    public RollingStatistics Statistics { get; } = new();
}
