using Skia.Trader.Core.Numerics;
using Skia.Trader.Exchange.Streams;

namespace Skia.Trader.Exchange.Market;

/// <summary>
/// KlineHistory invents a plausible past for a synthetic symbol: a seeded random walk of 1m
/// candles that ends at the start price, folded into every interval from 1m up, so a chart has
/// history from the first frame. Invented candles carry no trade ids (-1). The same minutes go into the
/// symbol's 24 h statistics, so the ticker's high, low, open and volumes agree with the candles.
/// </summary>
internal static class KlineHistory
{
    public static void Generate(SymbolFeed feed, SyntheticSymbol symbol, int seed, int minutes, long now)
    {
        if (minutes <= 0)
            return;
        var random = new Random(unchecked(seed * 104_729 + symbol.Info.Symbol.Length * 31 + symbol.Info.Symbol[0]));
        long tick = symbol.Info.PriceFilter.TickSize.Raw;
        // Walk backwards from the start price, about 3 basis points a minute: a calm but visible market.
        var closes = new long[minutes];
        long price = symbol.StartPrice.Raw;
        for (int i = minutes - 1; i >= 0; i--)
        {
            closes[i] = price;
            // Integer maths only near prices: a sum of four uniforms is near-normal (sd about 1155),
            // scaled so one deviation moves the price about 3 basis points.
            long deviate = 0;
            for (int k = 0; k < 4; k++)
                deviate += random.Next(-1000, 1001);
            long move = (long)((Int128)price * deviate / 3_850_000);
            price = Math.Max(tick * 10, price - move / tick * tick);
        }
        long currentMinute = now - now % 60_000;
        long open = price;
        for (int i = 0; i < minutes; i++)
        {
            long openTime = currentMinute - (minutes - i) * 60_000L;
            long close = closes[i];
            long spread = Math.Abs(close - open) / 2 + tick * (1 + random.Next(20));
            long high = Math.Max(open, close) + spread / tick * tick;
            long low = Math.Max(tick, Math.Min(open, close) - spread / tick * tick);
            Quantity volume = Quantity.FromRaw(symbol.Info.LotSize.StepSize.Raw * (50 + random.Next(5_000)));
            Quantity quote = (Price.FromRaw(close) * volume).ToQuantity(RoundingDirection.Down);
            Quantity takerBuy = Quantity.FromRaw(volume.Raw / 2);
            Quantity takerBuyQuote = Quantity.FromRaw(quote.Raw / 2);
            long trades = 10 + random.Next(300);
            for (int k = 1; k < KlineInterval.All.Length; k++) // every interval from 1m up
            {
                feed.Candles[k].Add(openTime, Price.FromRaw(open), Price.FromRaw(high), Price.FromRaw(low), Price.FromRaw(close),
                    volume, quote, takerBuy, takerBuyQuote, trades, -1, -1);
            }
            feed.Statistics.AddKline(openTime, Price.FromRaw(open), Price.FromRaw(high), Price.FromRaw(low), Price.FromRaw(close), volume, quote, trades);
            open = close;
        }
    }
}
