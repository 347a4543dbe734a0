using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Symbols;

namespace Skia.Trader.Ui.Tests.Panels;

/// <summary>Fixed data for the panel tests and goldens: BTCUSDT's filters as the simulator lists them.</summary>
internal static class Fixtures
{
    public static readonly SymbolInfo Btc = new("BTCUSDT", "BTC", "USDT",
        new PriceFilter(P("0.01"), P("1000000"), P("0.01")),
        new LotSizeFilter(Q("0.00001"), Q("9000"), Q("0.00001")),
        new NotionalFilter("NOTIONAL", Q("5"), Q("9000000"), true, false));

    /// <summary>BtcNoNotional is <see cref="Btc"/> with no NOTIONAL filter: an order of any value passes.</summary>
    public static readonly SymbolInfo BtcNoNotional = new(Btc.Symbol, Btc.BaseAsset, Btc.QuoteAsset, Btc.PriceFilter, Btc.LotSize, NotionalFilter.None);

    public static Price P(string s) => Price.Parse(s);

    public static Quantity Q(string s) => Quantity.Parse(s);
}
