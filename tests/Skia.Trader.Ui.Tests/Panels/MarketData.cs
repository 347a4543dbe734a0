using Skia.Trader.Binance.MarketData;
using Skia.Trader.Binance.Rest;
using Skia.Trader.Core.Numerics;

namespace Skia.Trader.Ui.Tests.Panels;

/// <summary>MarketData is fixed market data for the panel tests and goldens: no clock, no network, no randomness.</summary>
internal static class MarketData
{
    /// <summary>Start is 2026-01-02 09:00:00 UTC in Unix milliseconds.</summary>
    public const long Start = 1_767_344_400_000;

    /// <summary>UtcPlus2 is a fixed zone two hours east of UTC, so a golden shows local, not exchange, times.</summary>
    public static readonly TimeZoneInfo UtcPlus2 = TimeZoneInfo.CreateCustomTimeZone("Test+02", TimeSpan.FromHours(2), "Test+02", "Test+02");

    public static Price P(string s) => Price.Parse(s);

    public static Quantity Q(string s) => Quantity.Parse(s);

    public static TradePrint Trade(long id, long time, string price, string quantity, bool buyerIsMaker) =>
        new(id, P(price), Q(quantity), time, buyerIsMaker);

    /// <summary>Klines is <paramref name="count"/> 1m candles from <see cref="Start"/>: a fixed zig-zag walk around 65,000.</summary>
    public static List<Candle> Klines(int count, long intervalMs = 60_000)
    {
        var candles = new List<Candle>(count);
        long close = 65_000_00; // cents
        for (int i = 0; i < count; i++)
        {
            long open = close;
            long move = ((i * 37) % 23 - 11) * 900 + (i % 7 == 0 ? 4_000 : 0);
            close = open + move;
            long high = Math.Max(open, close) + 500 + (i % 5) * 300;
            long low = Math.Min(open, close) - 400 - (i % 4) * 350;
            var volume = Quantity.FromRaw((3 + (i * 13) % 17) * 10_000_000L);
            long openTime = Start + i * intervalMs;
            candles.Add(new Candle(openTime, Cents(open), Cents(high), Cents(low), Cents(close), volume, openTime + intervalMs - 1,
                Quantity.Zero, 10 + i));
        }
        return candles;
    }

    private static Price Cents(long cents) => Price.FromRaw(cents * 1_000_000);
}
