namespace Skia.Trader.Exchange.Market;

/// <summary>KlineInterval lists the kline intervals the simulator serves, with their lengths.</summary>
internal static class KlineInterval
{
    private const long Second = 1000, Minute = 60 * Second, Hour = 60 * Minute, Day = 24 * Hour;

    public static readonly (string Name, long Millis)[] All =
    [
        ("1s", Second), ("1m", Minute), ("3m", 3 * Minute), ("5m", 5 * Minute), ("15m", 15 * Minute), ("30m", 30 * Minute),
        ("1h", Hour), ("2h", 2 * Hour), ("4h", 4 * Hour), ("6h", 6 * Hour), ("8h", 8 * Hour), ("12h", 12 * Hour),
        ("1d", Day), ("3d", 3 * Day), ("1w", 7 * Day),
    ];

    public static int IndexOf(string name)
    {
        for (int i = 0; i < All.Length; i++)
        {
            if (All[i].Name == name)
                return i;
        }
        return -1;
    }
}
