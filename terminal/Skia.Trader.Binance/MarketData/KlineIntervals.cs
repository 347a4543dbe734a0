namespace Skia.Trader.Binance.MarketData;

/// <summary>KlineIntervals converts between <see cref="KlineInterval"/> and its wire text (<c>1m</c>, <c>1M</c>...).</summary>
internal static class KlineIntervals
{
    private static readonly string[] Texts =
        ["?", "1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M"];

    /// <summary>ToText returns the wire text of an interval (as used in stream names and REST <c>interval=</c>).</summary>
    public static string ToText(KlineInterval interval) => Texts[(int)interval];

    /// <summary>FromText reads an interval from its wire text; unknown text gives <see cref="KlineInterval.Unknown"/>.</summary>
    public static KlineInterval FromText(ReadOnlySpan<byte> text)
    {
        for (int i = 1; i < Texts.Length; i++)
        {
            string t = Texts[i];
            if (t.Length != text.Length) continue;
            bool same = true;
            for (int k = 0; k < t.Length && same; k++) same = t[k] == text[k];
            if (same) return (KlineInterval)i;
        }
        return KlineInterval.Unknown;
    }
}
