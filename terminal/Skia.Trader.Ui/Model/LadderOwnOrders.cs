using Skia.Trader.Binance.MarketData;
using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;
using Skia.Trader.Ui.Session;

namespace Skia.Trader.Ui.Model;

/// <summary>
/// LadderOwnOrders keeps the own resting orders of one symbol as the ladder marks them: each with its remaining
/// quantity and its estimated place in the queue (<see cref="QueuePositionEstimator"/>), kept from the session's
/// open orders, the public book and the public trades since the order was acknowledged.
/// </summary>
/// <remarks>
/// Call it on the UI thread: <see cref="ApplyOrders"/> with each session snapshot, <see cref="ApplyTrades"/> with each
/// frame's batch of trades (before the book of that frame: the book already shows what those trades took), and
/// <see cref="ApplyBook"/> with each frame's book. Once the buffers fit the largest set of open orders seen, books and
/// trades allocate nothing; <see cref="Marks"/> is rebuilt in place after each call.
/// </remarks>
public sealed class LadderOwnOrders
{
    private readonly HashSet<string> _open = new(StringComparer.Ordinal);
    private readonly List<string> _tracked = [];
    private OwnOrderMark[] _marks = new OwnOrderMark[16];
    private OpenOrderView[] _orders = new OpenOrderView[16];
    private int _count;
    private OrderBookSnapshot? _book;

    /// <summary>Creates the own-order marks of <paramref name="symbol"/>.</summary>
    /// <param name="symbol">The symbol whose orders are kept; other symbols' orders are ignored.</param>
    /// <param name="estimator">The queue estimator (a fresh one with the default cancel rule when null).</param>
    public LadderOwnOrders(string symbol, QueuePositionEstimator? estimator = null)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        Symbol = symbol;
        Estimator = estimator ?? new QueuePositionEstimator();
    }

    /// <summary>Symbol is the symbol whose orders are marked.</summary>
    public string Symbol { get; }

    /// <summary>Estimator estimates the queue ahead of each acknowledged order.</summary>
    public QueuePositionEstimator Estimator { get; }

    /// <summary>Marks are the orders to mark on the ladder, oldest first; valid until the next call.</summary>
    public ReadOnlySpan<OwnOrderMark> Marks => _marks.AsSpan(0, _count);

    /// <summary>
    /// ApplyOrders takes the session's open orders: an order newly acknowledged (NEW or PARTIALLY_FILLED) starts its
    /// queue estimate at the book's size at its price now; a fill moves it to the front; an order no longer open is
    /// forgotten. Orders not yet acknowledged (PENDING_SEND, UNKNOWN) are marked without an estimate.
    /// </summary>
    /// <param name="openOrders">The open orders of every symbol, oldest first.</param>
    public void ApplyOrders(IReadOnlyList<OpenOrderView> openOrders)
    {
        ArgumentNullException.ThrowIfNull(openOrders);
        _open.Clear();
        int count = 0;
        for (int i = 0; i < openOrders.Count; i++)
        {
            OpenOrderView order = openOrders[i];
            if (order.Symbol != Symbol || !Rests(order.Type) || order.Price.Raw <= 0) continue;
            if (count == _orders.Length) Array.Resize(ref _orders, count * 2);
            _orders[count++] = order;
            _open.Add(order.ClientOrderId);
            if (order.Status is not (OrderStatus.New or OrderStatus.PartiallyFilled)) continue;
            Quantity remaining = order.Quantity - order.Executed;
            if (Estimator.TryGetRemaining(order.ClientOrderId, out Quantity known))
            {
                if (remaining < known) Estimator.OnOwnFill(order.ClientOrderId, remaining);
            }
            else if (_book is { } book)
            {
                Estimator.OnAcknowledged(order.ClientOrderId, order.Side, order.Price, remaining,
                    QueuePositionEstimator.LevelAhead(book, order.Side, order.Price, remaining, order.UpdateTime));
                _tracked.Add(order.ClientOrderId);
            }
        }
        Array.Clear(_orders, count, _orders.Length - count);
        for (int i = _tracked.Count - 1; i >= 0; i--)
        {
            if (_open.Contains(_tracked[i])) continue;
            Estimator.Forget(_tracked[i]);
            _tracked.RemoveAt(i);
        }
        if (_marks.Length < _orders.Length) _marks = new OwnOrderMark[_orders.Length];
        _count = count;
        Rebuild();
    }

    /// <summary>ApplyTrades applies a frame's public trades of the symbol, oldest first: they consume the queue ahead.</summary>
    /// <param name="trades">The trades since the previous call.</param>
    public void ApplyTrades(ReadOnlySpan<TradePrint> trades)
    {
        if (trades.IsEmpty) return;
        for (int i = 0; i < trades.Length; i++) Estimator.OnTrade(trades[i].Price, trades[i].Quantity, trades[i].BuyerIsMaker);
        Rebuild();
    }

    /// <summary>ApplyBook applies a frame's book: falls in a level beyond the trades are cancels, rises join behind.</summary>
    /// <param name="book">The newest book snapshot.</param>
    public void ApplyBook(OrderBookSnapshot book)
    {
        ArgumentNullException.ThrowIfNull(book);
        bool first = _book is null;
        _book = book;
        Estimator.OnBook(book);
        if (first && _count > 0)
        {
            // Orders acknowledged before the first book start their estimate now.
            for (int i = 0; i < _count; i++)
            {
                OpenOrderView order = _orders[i];
                if (order.Status is not (OrderStatus.New or OrderStatus.PartiallyFilled) || Estimator.TryGetAhead(order.ClientOrderId, out _)) continue;
                Quantity remaining = order.Quantity - order.Executed;
                Estimator.OnAcknowledged(order.ClientOrderId, order.Side, order.Price, remaining,
                    QueuePositionEstimator.LevelAhead(book, order.Side, order.Price, remaining, order.UpdateTime));
                _tracked.Add(order.ClientOrderId);
            }
        }
        Rebuild();
    }

    private void Rebuild()
    {
        for (int i = 0; i < _count; i++)
        {
            OpenOrderView order = _orders[i];
            Quantity? ahead = Estimator.TryGetAhead(order.ClientOrderId, out Quantity a) ? a : null;
            _marks[i] = new OwnOrderMark(order.Side, order.Price, order.Quantity - order.Executed, ahead, order.ClientOrderId);
        }
    }

    // Only these rest on the book at their own price from the moment they are NEW; a stop-limit order waits
    // off the book for its trigger, so a queue place for it would be invented.
    private static bool Rests(OrderType type) => type is OrderType.Limit or OrderType.LimitMaker;
}
