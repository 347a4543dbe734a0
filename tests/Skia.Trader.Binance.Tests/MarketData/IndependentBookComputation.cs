using System.Globalization;
using System.Text.Json;

namespace Skia.Trader.Binance.Tests.MarketData;

/// <summary>
/// IndependentBookComputation replays the recorded files the simplest possible way (JsonDocument,
/// System.Decimal, sorted dictionaries) so the client's books can be checked against something that
/// shares none of its code.
/// </summary>
internal static class IndependentBookComputation
{
    public sealed record Result(decimal BestBid, decimal BestAsk, int BidLevels, int AskLevels, long LastUpdateId, int Applied);

    public static Result Compute(string symbol)
    {
        using var snapshot = JsonDocument.Parse(RecordedSession.Snapshots()[symbol]);
        long last = snapshot.RootElement.GetProperty("lastUpdateId").GetInt64();
        var bids = new SortedDictionary<decimal, decimal>();
        var asks = new SortedDictionary<decimal, decimal>();
        Load(bids, snapshot.RootElement.GetProperty("bids"));
        Load(asks, snapshot.RootElement.GetProperty("asks"));
        bool first = true;
        int applied = 0;
        foreach (string frame in RecordedSession.Frames())
        {
            using var doc = JsonDocument.Parse(frame);
            JsonElement data = doc.RootElement.GetProperty("data");
            if (!data.TryGetProperty("e", out JsonElement e) || e.GetString() != "depthUpdate") continue;
            if (data.GetProperty("s").GetString() != symbol) continue;
            long U = data.GetProperty("U").GetInt64(), u = data.GetProperty("u").GetInt64();
            if (u <= last) continue;
            if (first)
            {
                if (!(U <= last + 1 && last + 1 <= u)) throw new InvalidOperationException($"{symbol}: first event does not straddle");
                first = false;
            }
            else if (U != last + 1)
            {
                throw new InvalidOperationException($"{symbol}: gap at U={U}");
            }
            Load(bids, data.GetProperty("b"));
            Load(asks, data.GetProperty("a"));
            last = u;
            applied++;
        }
        return new Result(bids.Keys.Max(), asks.Keys.Min(), bids.Count, asks.Count, last, applied);
    }

    private static void Load(SortedDictionary<decimal, decimal> side, JsonElement levels)
    {
        foreach (JsonElement level in levels.EnumerateArray())
        {
            decimal price = decimal.Parse(level[0].GetString()!, CultureInfo.InvariantCulture);
            decimal quantity = decimal.Parse(level[1].GetString()!, CultureInfo.InvariantCulture);
            if (quantity == 0) side.Remove(price);
            else side[price] = quantity;
        }
    }
}
