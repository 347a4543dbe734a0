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

    public static Price P(string s) => Price.Parse(s);

    public static Quantity Q(string s) => Quantity.Parse(s);
}
