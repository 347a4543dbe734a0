using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Symbols;

namespace Skia.Trader.Exchange.Matching;

/// <summary>
/// SymbolBook is the matching engine's book for one symbol: price levels of FIFO queues,
/// bids keyed by minus price so both sides iterate best first. UpdateId counts every level
/// change; it is the book's lastUpdateId on REST and the U/u of the diff stream.
/// </summary>
internal sealed class SymbolBook(SymbolInfo info)
{
    public SymbolInfo Info { get; } = info;
    public SortedDictionary<long, PriceLevel> Bids { get; } = new();
    public SortedDictionary<long, PriceLevel> Asks { get; } = new();
    public long UpdateId { get; set; } = 1;
    public long NextTradeId { get; set; } = 1;
    public Price LastTradePrice { get; set; }

    /// <summary>Contingent are the stop and take-profit orders waiting for their trigger, oldest first.</summary>
    public List<ExchangeOrder> Contingent { get; } = new();

    /// <summary>Triggered are contingent orders whose trigger a trade has met, to start working once the current match is done.</summary>
    public List<ExchangeOrder> Triggered { get; } = new();

    public SortedDictionary<long, PriceLevel> SideOf(BookSide side) => side == BookSide.Bid ? Bids : Asks;

    public static long KeyOf(BookSide side, Price price) => side == BookSide.Bid ? -price.Raw : price.Raw;

    public PriceLevel? Best(BookSide side)
    {
        foreach (var kv in SideOf(side))
            return kv.Value;
        return null;
    }

    /// <summary>ReferencePrice is the last trade, else the mid, else zero (for MARKET notional checks).</summary>
    public Price ReferencePrice
    {
        get
        {
            if (!LastTradePrice.IsZero)
                return LastTradePrice;
            PriceLevel? bid = Best(BookSide.Bid), ask = Best(BookSide.Ask);
            if (bid is not null && ask is not null)
                return Price.FromRaw((bid.Price.Raw + ask.Price.Raw) / 2);
            return bid?.Price ?? ask?.Price ?? Price.Zero;
        }
    }

    public void CopyTop(BookSide side, int limit, List<BookLevel> into)
    {
        into.Clear();
        foreach (var kv in SideOf(side))
        {
            if (into.Count >= limit)
                break;
            into.Add(new BookLevel(kv.Value.Price, Quantity.FromRaw(kv.Value.TotalRaw)));
        }
    }
}
