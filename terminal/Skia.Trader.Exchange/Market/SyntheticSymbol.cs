using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Symbols;

namespace Skia.Trader.Exchange.Market;

/// <summary>SyntheticSymbol is a symbol the synthetic market trades: its exchange rules and the price it starts from.</summary>
/// <param name="Info">Info is the symbol and its filters.</param>
/// <param name="StartPrice">StartPrice is where the synthetic market centres its book at start.</param>
public sealed record SyntheticSymbol(SymbolInfo Info, Price StartPrice)
{
    /// <summary>Defaults are five liquid pairs with realistic 2026-ish prices and Binance-like filters.</summary>
    public static IReadOnlyList<SyntheticSymbol> Defaults { get; } =
    [
        Make("BTCUSDT", "BTC", "USDT", "0.01", "0.00001", "5", "65000"),
        Make("ETHUSDT", "ETH", "USDT", "0.01", "0.0001", "5", "3200"),
        Make("BNBUSDT", "BNB", "USDT", "0.01", "0.001", "5", "600"),
        Make("SOLUSDT", "SOL", "USDT", "0.01", "0.001", "5", "150"),
        Make("ETHBTC", "ETH", "BTC", "0.00001", "0.0001", "0.0001", "0.05"),
    ];

    /// <summary>Make builds a synthetic symbol from decimal strings: tick size, step size, minimum notional and start price.</summary>
    public static SyntheticSymbol Make(string symbol, string baseAsset, string quoteAsset, string tick, string step, string minNotional, string startPrice) =>
        new(new SymbolInfo(symbol, baseAsset, quoteAsset,
                new PriceFilter(Price.Parse(tick), Price.FromUnits(1_000_000), Price.Parse(tick)),
                new LotSizeFilter(Quantity.Parse(step), Quantity.FromUnits(9_000), Quantity.Parse(step)),
                new NotionalFilter("NOTIONAL", Quantity.Parse(minNotional), Quantity.FromUnits(9_000_000), true, false)),
            Price.Parse(startPrice));
}
