using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Ui.Model;

/// <summary>
/// QueuePositionEstimator estimates, for each own resting limit order, the size ahead of it in the queue at
/// its price (price-time priority), from the public book and trades only.
/// </summary>
/// <remarks>
/// <para>Rules (the exchange publishes level totals, never the queue, so this is an estimate):</para>
/// <list type="number">
/// <item>When the order is acknowledged (NEW) the queue ahead is the book's size at its price at that moment:
/// everything already there came first. A book whose event time is after the order's last update at the exchange
/// already holds the order itself (a book that reached the UI before the acknowledgement did): its remaining quantity
/// is taken off that level (<see cref="LevelAhead"/>).</item>
/// <item>A trade at our price on our side (a sell aggressor hitting our bid, a buy aggressor lifting our ask)
/// consumes the queue ahead first; a trade beyond our price (below our bid, above our ask) means our price
/// was cleared, so nothing is ahead.</item>
/// <item>A fall in the level's size not explained by those trades is cancels, placed by the
/// <see cref="QueueCancelRule"/> (default <see cref="QueueCancelRule.BehindFirst"/>); a rise is new orders,
/// which join behind us. The queue ahead never exceeds the others' size at the level, and never goes below 0.</item>
/// <item>A fill of our own order means we reached the front: nothing is ahead; our remaining quantity shrinks.</item>
/// </list>
/// <para>Book levels are taken to include our own order once the book has seen it (others = level - our remaining).
/// Call from one thread (the UI thread, once per frame for the book and for each trade); allocation-free after
/// an order is tracked.</para>
/// </remarks>
public sealed class QueuePositionEstimator
{
    private readonly Dictionary<string, Entry> _orders = new(StringComparer.Ordinal);

    /// <summary>Creates an estimator with the given cancel rule.</summary>
    /// <param name="cancelRule">Where cancels at our price are assumed to come from.</param>
    public QueuePositionEstimator(QueueCancelRule cancelRule = QueueCancelRule.BehindFirst) => CancelRule = cancelRule;

    /// <summary>CancelRule is where cancels at our price are assumed to come from.</summary>
    public QueueCancelRule CancelRule { get; }

    /// <summary>Count is the number of orders tracked.</summary>
    public int Count => _orders.Count;

    /// <summary>OnAcknowledged starts tracking an order the exchange acknowledged (NEW): the queue ahead is the level size now.</summary>
    /// <param name="clientOrderId">The order's client order id.</param>
    /// <param name="side">The order's side.</param>
    /// <param name="price">The order's limit price.</param>
    /// <param name="remaining">The order's open quantity.</param>
    /// <param name="levelSize">The book's size at <paramref name="price"/> on the order's side when it was acknowledged.</param>
    public void OnAcknowledged(string clientOrderId, OrderSide side, Price price, Quantity remaining, Quantity levelSize)
    {
        ArgumentNullException.ThrowIfNull(clientOrderId);
        var entry = new Entry
        {
            Side = side,
            Price = price,
            Remaining = remaining.Raw,
            Ahead = Max0(levelSize.Raw),
            LastOthers = Max0(levelSize.Raw),
        };
        _orders[clientOrderId] = entry;
    }

    /// <summary>OnAcknowledged starts tracking <paramref name="order"/>, reading its level from <paramref name="book"/>.</summary>
    /// <param name="order">The acknowledged order (a LIMIT-like order with a price).</param>
    /// <param name="book">The newest book snapshot.</param>
    public void OnAcknowledged(Order order, OrderBookSnapshot book)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(book);
        Quantity remaining = order.Quantity - order.ExecutedQuantity;
        OnAcknowledged(order.ClientOrderId, order.Side, order.Price, remaining, LevelAhead(book, order.Side, order.Price, remaining, order.UpdateTime));
    }

    /// <summary>TryGetAhead reads the estimated size ahead of an order.</summary>
    /// <param name="clientOrderId">The order's client order id.</param>
    /// <param name="ahead">The size ahead, when tracked.</param>
    public bool TryGetAhead(string clientOrderId, out Quantity ahead)
    {
        if (_orders.TryGetValue(clientOrderId, out Entry? entry))
        {
            ahead = Quantity.FromRaw(entry.Ahead);
            return true;
        }
        ahead = default;
        return false;
    }

    /// <summary>TryGetRemaining reads the open quantity of a tracked order as the estimator knows it.</summary>
    /// <param name="clientOrderId">The order's client order id.</param>
    /// <param name="remaining">The open quantity, when tracked.</param>
    public bool TryGetRemaining(string clientOrderId, out Quantity remaining)
    {
        if (_orders.TryGetValue(clientOrderId, out Entry? entry))
        {
            remaining = Quantity.FromRaw(entry.Remaining);
            return true;
        }
        remaining = default;
        return false;
    }

    /// <summary>OnTrade applies one public trade: at our price on our side it consumes the queue ahead; beyond our price it clears it.</summary>
    /// <param name="price">The trade's price.</param>
    /// <param name="quantity">The trade's quantity.</param>
    /// <param name="buyerIsMaker">True when the resting order was the buy (a sell aggressor hit the bid).</param>
    public void OnTrade(Price price, Quantity quantity, bool buyerIsMaker)
    {
        foreach (Entry entry in _orders.Values)
        {
            bool ourSide = entry.Side == OrderSide.Buy ? buyerIsMaker : !buyerIsMaker;
            if (!ourSide) continue;
            bool beyond = entry.Side == OrderSide.Buy ? price < entry.Price : price > entry.Price;
            if (beyond)
            {
                entry.TradedOthers += entry.Ahead;
                entry.Ahead = 0;
            }
            else if (price == entry.Price)
            {
                long consumed = Math.Min(entry.Ahead, quantity.Raw);
                entry.Ahead -= consumed;
                entry.TradedOthers += consumed;
            }
        }
    }

    /// <summary>OnBook applies a new book snapshot: level decreases beyond the trades are cancels, increases join behind.</summary>
    /// <param name="book">The newest book snapshot.</param>
    public void OnBook(OrderBookSnapshot book)
    {
        ArgumentNullException.ThrowIfNull(book);
        foreach (Entry entry in _orders.Values)
        {
            if (!TryLevelSize(book, entry.Side, entry.Price, out long level))
                continue; // the price is deeper than the snapshot shows: nothing to learn
            long others = Max0(level - entry.Remaining);
            long expected = Max0(entry.LastOthers - entry.TradedOthers);
            if (others < expected)
            {
                long cancelled = expected - others;
                long fromAhead = CancelRule == QueueCancelRule.BehindFirst
                    ? Max0(cancelled - (expected - entry.Ahead))
                    : (long)((Int128)cancelled * entry.Ahead / expected);
                entry.Ahead = Max0(entry.Ahead - fromAhead);
            }
            if (entry.Ahead > others) entry.Ahead = others;
            entry.LastOthers = others;
            entry.TradedOthers = 0;
        }
    }

    /// <summary>OnOwnFill applies a fill of our own order: we are at the front (nothing ahead) and our open quantity is now <paramref name="remaining"/>.</summary>
    /// <param name="clientOrderId">The order's client order id.</param>
    /// <param name="remaining">The open quantity after the fill; zero ends the tracking.</param>
    public void OnOwnFill(string clientOrderId, Quantity remaining)
    {
        if (!_orders.TryGetValue(clientOrderId, out Entry? entry)) return;
        if (remaining.Raw <= 0) { _orders.Remove(clientOrderId); return; }
        entry.Ahead = 0;
        entry.Remaining = remaining.Raw;
    }

    /// <summary>Forget stops tracking an order (cancelled, expired, filled).</summary>
    /// <param name="clientOrderId">The order's client order id.</param>
    public bool Forget(string clientOrderId) => _orders.Remove(clientOrderId);

    /// <summary>LevelSize is the size at <paramref name="price"/> on the side an order of <paramref name="side"/> rests on, zero when absent.</summary>
    /// <param name="book">The book snapshot.</param>
    /// <param name="side">The order's side (buy rests on bids).</param>
    /// <param name="price">The price.</param>
    public static Quantity LevelSize(OrderBookSnapshot book, OrderSide side, Price price) =>
        TryLevelSize(book, side, price, out long raw) ? Quantity.FromRaw(raw) : Quantity.Zero;

    /// <summary>
    /// LevelAhead is the size at an order's price that came before it: the level's size, less the order's own
    /// <paramref name="remaining"/> quantity when the book is newer than the order's last update at the exchange
    /// (<see cref="OrderBookSnapshot.EventTime"/> after <paramref name="orderUpdateTime"/>: the book already shows the order).
    /// A book of the same millisecond, or an order with no exchange time (0), is taken not to hold it; the next book
    /// corrects an estimate too high (the queue ahead never exceeds the others' size).
    /// </summary>
    /// <param name="book">The book snapshot.</param>
    /// <param name="side">The order's side (buy rests on bids).</param>
    /// <param name="price">The order's limit price.</param>
    /// <param name="remaining">The order's open quantity.</param>
    /// <param name="orderUpdateTime">The exchange time (ms) of the order's acknowledgement or last fill, 0 when unknown.</param>
    public static Quantity LevelAhead(OrderBookSnapshot book, OrderSide side, Price price, Quantity remaining, long orderUpdateTime)
    {
        ArgumentNullException.ThrowIfNull(book);
        Quantity level = LevelSize(book, side, price);
        if (orderUpdateTime <= 0 || book.EventTime <= orderUpdateTime) return level;
        return Quantity.FromRaw(Max0(level.Raw - remaining.Raw));
    }

    private static bool TryLevelSize(OrderBookSnapshot book, OrderSide side, Price price, out long size)
    {
        ReadOnlySpan<BookLevel> levels = side == OrderSide.Buy ? book.Bids : book.Asks;
        bool buy = side == OrderSide.Buy;
        for (int i = 0; i < levels.Length; i++)
        {
            Price p = levels[i].Price;
            if (p == price) { size = levels[i].Quantity.Raw; return true; }
            if (buy ? p < price : p > price) { size = 0; return true; } // passed it: the level is empty
        }
        size = 0;
        // Every shown level is better than ours: ours is deeper than the snapshot unless the book is complete.
        return buy ? book.TotalBidLevels <= levels.Length : book.TotalAskLevels <= levels.Length;
    }

    private static long Max0(long value) => value < 0 ? 0 : value;

    private sealed class Entry
    {
        public OrderSide Side;
        public Price Price;
        public long Remaining;
        public long Ahead;
        public long LastOthers;
        public long TradedOthers;
    }
}
