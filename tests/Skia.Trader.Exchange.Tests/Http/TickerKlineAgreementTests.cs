using System.Text.Json;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Exchange.Hosting;
using Skia.Trader.Exchange.Tests.Http.RateLimits;

namespace Skia.Trader.Exchange.Tests.Http;

/// <summary>
/// The 24 h ticker agrees with the klines of the same window, over real HTTP and the stream: the invented kline
/// history the chart shows at start counts, then the live trades too, and minutes leave as the window moves on.
/// (The ticker once counted only the trades since start: "24h High 65,000.64" over candles reaching 65,080.)
/// </summary>
public class TickerKlineAgreementTests
{
    private const long Minute = 60_000, Hour = 60 * Minute;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private sealed record Kline(long OpenTime, Price Open, Price High, Price Low, Price Close, Quantity Volume, long CloseTime,
        Quantity QuoteVolume, long Trades);

    private sealed record Ticker(long OpenTime, long CloseTime, Price Open, Price High, Price Low, Price Last, Price PrevClose,
        Quantity Volume, Quantity QuoteVolume, long FirstId, long LastId, long Count);

    private static Ticker Rest(JsonElement t) => new(t.GetProperty("openTime").GetInt64(), t.GetProperty("closeTime").GetInt64(),
        P(t, "openPrice"), P(t, "highPrice"), P(t, "lowPrice"), P(t, "lastPrice"), P(t, "prevClosePrice"), Q(t, "volume"), Q(t, "quoteVolume"),
        t.GetProperty("firstId").GetInt64(), t.GetProperty("lastId").GetInt64(), t.GetProperty("count").GetInt64());

    private static Ticker Stream(JsonElement t) => new(t.GetProperty("O").GetInt64(), t.GetProperty("C").GetInt64(),
        P(t, "o"), P(t, "h"), P(t, "l"), P(t, "c"), P(t, "x"), Q(t, "v"), Q(t, "q"),
        t.GetProperty("F").GetInt64(), t.GetProperty("L").GetInt64(), t.GetProperty("n").GetInt64());

    private static Price P(JsonElement o, string name) => Price.Parse(o.GetProperty(name).GetString()!);

    private static Quantity Q(JsonElement o, string name) => Quantity.Parse(o.GetProperty(name).GetString()!);

    private static async Task<Ticker> TickerAsync(RawExchangeClient client)
    {
        var (status, t) = await client.GetAsync("/api/v3/ticker/24hr?symbol=BTCUSDT");
        Assert.Equal(200, status);
        return Rest(t);
    }

    /// <summary>KlinesAsync reads the 1m klines overlapping [start, end], a page of 1000 at a time, as a client of the real exchange would.</summary>
    private static async Task<List<Kline>> KlinesAsync(RawExchangeClient client, long start, long end)
    {
        var all = new List<Kline>();
        while (true)
        {
            var (status, rows) = await client.GetAsync($"/api/v3/klines?symbol=BTCUSDT&interval=1m&startTime={start}&endTime={end}&limit=1000");
            Assert.Equal(200, status);
            foreach (JsonElement r in rows.EnumerateArray())
            {
                all.Add(new Kline(r[0].GetInt64(), Price.Parse(r[1].GetString()!), Price.Parse(r[2].GetString()!), Price.Parse(r[3].GetString()!),
                    Price.Parse(r[4].GetString()!), Quantity.Parse(r[5].GetString()!), r[6].GetInt64(), Quantity.Parse(r[7].GetString()!), r[8].GetInt64()));
            }
            if (rows.GetArrayLength() < 1000)
                return all;
            start = all[^1].CloseTime + 1;
        }
    }

    /// <summary>AssertAgrees checks the ticker against the klines of its window (those with any of their minute inside it).</summary>
    private static void AssertAgrees(Ticker ticker, List<Kline> klines)
    {
        List<Kline> window = klines.Where(k => k.CloseTime >= ticker.OpenTime && k.OpenTime <= ticker.CloseTime).ToList();
        Assert.NotEmpty(window);
        Assert.All(window, k => Assert.True(ticker.High >= k.High && ticker.Low <= k.Low,
            $"24h high {ticker.High} / low {ticker.Low}, a kline at {k.OpenTime} reaches {k.High} / {k.Low}"));
        Assert.Equal(window.Max(k => k.High), ticker.High);
        Assert.Equal(window.Min(k => k.Low), ticker.Low);
        Assert.Equal(window[0].Open, ticker.Open);
        Assert.Equal(window[^1].Close, ticker.Last);
        Assert.Equal(Quantity.FromRaw(window.Sum(k => k.Volume.Raw)), ticker.Volume);
        Assert.Equal(Quantity.FromRaw(window.Sum(k => k.QuoteVolume.Raw)), ticker.QuoteVolume);
        Assert.Equal(window.Sum(k => k.Trades), ticker.Count);
    }

    [Fact]
    public async Task The_24h_ticker_covers_the_invented_kline_history_then_the_live_trades_on_rest_and_stream()
    {
        await using var sim = new ExchangeSimulator(new ExchangeOptions { Seed = 5 });
        sim.MarketPaused = true; // only this test's trades print
        using var client = new RawExchangeClient(await sim.StartAsync());
        await using StreamSocket socket = await StreamSocket.ConnectAsync(new Uri(sim.StreamAddress, "ws/btcusdt@ticker"));

        // At start: 1000 invented minutes, no trade yet. The figures are the history's (no trade ids: -1).
        Ticker start = await TickerAsync(client);
        List<Kline> history = await KlinesAsync(client, start.OpenTime, start.CloseTime);
        Assert.True(history.Count(k => k.Trades > 0) >= 1000, $"{history.Count} klines");
        AssertAgrees(start, history);
        Assert.True(start.Volume > Quantity.Zero && start.High > start.Low);
        Assert.Equal((-1L, -1L), (start.FirstId, start.LastId));

        // A few live trades against the seeded book: buys and a sell at market.
        await client.PlaceAsync("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01");
        await client.PlaceAsync("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.3");
        await client.PlaceAsync("symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.2");
        Ticker live = await TickerAsync(client);
        List<Kline> klines = await KlinesAsync(client, live.OpenTime, live.CloseTime);
        AssertAgrees(live, klines);
        long liveTrades = sim.Ledger.Trades().Count;
        Assert.True(liveTrades >= 3, $"{liveTrades} trades");
        Assert.Equal(start.Count + liveTrades, live.Count);
        Assert.Equal((1L, liveTrades), (live.FirstId, live.LastId));
        Assert.Equal(start.Open, live.Open);

        // The stream's 24hrTicker says what REST says (it is pushed each second; the window times differ).
        JsonElement pushed = (await socket.ReceiveJsonAsync(e => e.GetProperty("n").GetInt64() == live.Count, Wait))
            ?? throw new Xunit.Sdk.XunitException("no @ticker event with the live trades");
        Ticker streamed = Stream(pushed);
        Assert.Equal(live with { OpenTime = 0, CloseTime = 0 }, streamed with { OpenTime = 0, CloseTime = 0 });
    }

    [Fact]
    public async Task Minutes_leave_the_24h_ticker_as_the_window_moves_past_them_as_the_klines_say()
    {
        ShiftedClock clock = ShiftedClock.StartOfNext(TimeSpan.FromMinutes(1));
        clock.Advance(TimeSpan.FromSeconds(1)); // away from the minute's edge
        await using var sim = new ExchangeSimulator(new ExchangeOptions { Seed = 6, Time = clock });
        sim.MarketPaused = true;
        using var client = new RawExchangeClient(await sim.StartAsync()) { ClockSkewMs = clock.OffsetMs };
        await client.PlaceAsync("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.05");
        Ticker start = await TickerAsync(client);

        // Two hours on, every invented minute is still in the window and more than 1000 one-minute klines cover it:
        // all of them can still be read back (the 1m series once kept only 1000, losing minutes the ticker counted).
        clock.Advance(TimeSpan.FromHours(2));
        Ticker twoHours = await TickerAsync(client);
        AssertAgrees(twoHours, await KlinesAsync(client, twoHours.OpenTime, twoHours.CloseTime));
        Assert.Equal(start.Count, twoHours.Count);

        // Ten hours on, the oldest 160 of the 1000 invented minutes are more than a day old.
        clock.Advance(TimeSpan.FromHours(8));
        Ticker later = await TickerAsync(client);
        List<Kline> klines = await KlinesAsync(client, later.OpenTime - Hour, later.CloseTime);
        AssertAgrees(later, klines);
        Kline first = klines.First(k => k.CloseTime >= later.OpenTime);
        Assert.InRange(first.OpenTime, later.OpenTime - Minute + 1, later.OpenTime); // the minute the window starts in, read back
        Assert.True(later.Count < start.Count && later.Volume < start.Volume, $"count {start.Count} -> {later.Count}");
        Kline before = klines.Last(k => k.CloseTime < later.OpenTime);
        Assert.Equal(before.Close, later.PrevClose); // the close of the last minute that left the window
        Assert.Equal((1L, (long)sim.Ledger.Trades().Count), (later.FirstId, later.LastId));

        // Two days on, nothing is left: no trade in the window, the last price everywhere.
        clock.Advance(TimeSpan.FromDays(2));
        Ticker empty = await TickerAsync(client);
        Assert.Equal((0L, -1L, -1L), (empty.Count, empty.FirstId, empty.LastId));
        Assert.Equal(Quantity.Zero, empty.Volume);
        Assert.Equal((later.Last, later.Last, later.Last), (empty.Open, empty.High, empty.Low));
    }
}
