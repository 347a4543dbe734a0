using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Exchange.Market;
using Skia.Trader.Exchange.Matching;

namespace Skia.Trader.Exchange.Tests.Market;

public class SyntheticMarketTests
{
    private static (MatchingEngine, SyntheticMarket) Run(int seed, int seconds)
    {
        var engine = new MatchingEngine(TimeProvider.System, Quantity.Parse("0.001"), Quantity.Parse("0.001"));
        foreach (SyntheticSymbol s in SyntheticSymbol.Defaults)
            engine.AddSymbol(s.Info);
        var market = new SyntheticMarket(engine, SyntheticSymbol.Defaults, seed, 20);
        market.Seed();
        // Simulated time: 50 ms steps, so the run is the same on any machine.
        for (long t = 1_000_000; t <= 1_000_000 + seconds * 1000L; t += 50)
            market.Step(t);
        return (engine, market);
    }

    private static string Fingerprint(MatchingEngine engine, string symbol)
    {
        var bids = new List<BookLevel>();
        var asks = new List<BookLevel>();
        engine.TryGetDepth(symbol, 50, bids, asks, out long id);
        return id + ":" + string.Join(",", bids) + "|" + string.Join(",", asks);
    }

    [Fact]
    public void The_same_seed_gives_the_same_market_and_another_seed_does_not()
    {
        var (a, _) = Run(42, 5);
        var (b, _) = Run(42, 5);
        var (c, _) = Run(43, 5);
        Assert.Equal(Fingerprint(a, "BTCUSDT"), Fingerprint(b, "BTCUSDT"));
        Assert.Equal(a.AllTrades().Select(t => (t.Price, t.Quantity)), b.AllTrades().Select(t => (t.Price, t.Quantity)));
        Assert.NotEqual(Fingerprint(a, "BTCUSDT"), Fingerprint(c, "BTCUSDT"));
    }

    [Fact]
    public void Every_symbol_keeps_a_lively_two_sided_uncrossed_book_with_trades()
    {
        var (engine, _) = Run(7, 10);
        foreach (SyntheticSymbol s in SyntheticSymbol.Defaults)
        {
            SymbolBook book = engine.Books[s.Info.Symbol];
            Assert.True(book.UpdateId >= 20 * 10, $"{s.Info.Symbol}: only {book.UpdateId} updates in 10 s");
            Assert.True(book.Bids.Count >= 10 && book.Asks.Count >= 10, $"{s.Info.Symbol}: {book.Bids.Count} bids, {book.Asks.Count} asks");
            Assert.True(book.Best(BookSide.Bid)!.Price < book.Best(BookSide.Ask)!.Price);
            Assert.Contains(engine.AllTrades(), t => t.Symbol == s.Info.Symbol);
        }
    }
}
