using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Ui.Tests.Model;

/// <summary>Books builds order book snapshots from text levels for scripted tests.</summary>
internal static class Books
{
    public static OrderBookSnapshot Of((string Price, string Qty)[] bids, (string Price, string Qty)[] asks) =>
        new("BTCUSDT", 1, 0,
            bids.Select(l => new BookLevel(Price.Parse(l.Price), Quantity.Parse(l.Qty))).OrderByDescending(l => l.Price).ToArray(),
            asks.Select(l => new BookLevel(Price.Parse(l.Price), Quantity.Parse(l.Qty))).OrderBy(l => l.Price).ToArray());

    public static Price P(string s) => Price.Parse(s);

    public static Quantity Q(string s) => Quantity.Parse(s);
}
