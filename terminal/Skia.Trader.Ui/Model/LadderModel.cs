using Skia.Trader.Core.Books;
using Skia.Trader.Core.Numerics;
using Skia.Trader.Core.Orders;

namespace Skia.Trader.Ui.Model;

/// <summary>
/// LadderModel is the price ladder (DOM) without pixels: a window of rows on one fixed price column,
/// each with bid size, ask size, cumulative size, own orders and the last trade, built from an
/// <see cref="OrderBookSnapshot"/> once per frame without allocating.
/// </summary>
/// <remarks>
/// <para>Grouping sums every level into the row of its group: bids round down (floor) and asks round up
/// (ceiling) to a multiple of tick x grouping, so a group never mixes the two sides and the best bid row
/// stays below the best ask row whatever the grouping.</para>
/// <para>Stable centring: the window moves only when the best bid or best ask leaves it, on an explicit
/// <see cref="Recenter"/>, or when the grouping changes; while <see cref="Held"/> (the pointer is over the
/// ladder) it moves only on <see cref="Recenter"/>. <see cref="Scroll"/> (the mouse wheel) moves it by rows and
/// suspends that automatic re-centring (<see cref="Scrolled"/>) until <see cref="Recenter"/> or a grouping change.
/// A click acts on <see cref="PriceAt"/> read when the button went down.</para>
/// </remarks>
public sealed class LadderModel
{
    /// <summary>Groupings are the groupings the ladder offers, in ticks per row.</summary>
    public static ReadOnlySpan<int> Groupings => [1, 2, 5, 10];

    private readonly LadderRow[] _rows;
    private readonly Quantity[] _previousBid;
    private readonly Quantity[] _previousAsk;
    private OwnOrderMark[] _own = new OwnOrderMark[8]; // grows once to the largest set of own orders seen, then reused
    private OrderBookSnapshot? _lastBook; // kept so Recenter and SetGrouping rebuild at once, not a frame later
    private BookLevel[] _bidLevels = []; // the levels of the last Update(bids, asks), copied (null _lastBook)
    private BookLevel[] _askLevels = [];
    private int _bidLevelCount;
    private int _askLevelCount;
    private int _ownCount;
    private long _step;
    private long _top;
    private bool _hasWindow;
    private bool _recenterRequested;
    private bool _hasPrevious;
    private bool _hasBook;
    private long _bestBidGroup;
    private long _bestAskGroup;
    private bool _hasBid;
    private bool _hasAsk;
    private bool _hasLastTrade;
    private Price _lastTradePrice;
    private Quantity _lastTradeSize;
    private bool _lastTradeBuyerIsMaker;

    /// <summary>Creates a ladder of <paramref name="rowCount"/> rows for a symbol whose PRICE_FILTER tick is <paramref name="tickSize"/>.</summary>
    /// <param name="tickSize">The symbol's tick size; must be positive.</param>
    /// <param name="rowCount">How many rows the view shows; at least 2.</param>
    public LadderModel(Price tickSize, int rowCount)
    {
        if (tickSize.Raw <= 0) throw new ArgumentOutOfRangeException(nameof(tickSize), "The tick size must be positive.");
        if (rowCount < 2) throw new ArgumentOutOfRangeException(nameof(rowCount), "A ladder needs at least 2 rows.");
        TickSize = tickSize;
        _rows = new LadderRow[rowCount];
        _previousBid = new Quantity[rowCount];
        _previousAsk = new Quantity[rowCount];
        _step = tickSize.Raw;
    }

    /// <summary>TickSize is the symbol's tick size.</summary>
    public Price TickSize { get; }

    /// <summary>Grouping is the number of ticks per row (1, 2, 5 or 10).</summary>
    public int Grouping { get; private set; } = 1;

    /// <summary>RowStep is the price distance between two rows (tick x grouping).</summary>
    public Price RowStep => Price.FromRaw(_step);

    /// <summary>RowCount is the number of rows in the window.</summary>
    public int RowCount => _rows.Length;

    /// <summary>Rows are the window's rows, highest price first; valid until the next call that changes the model.</summary>
    public ReadOnlySpan<LadderRow> Rows => _rows;

    /// <summary>Held freezes the window (set while the pointer is over the ladder); only <see cref="Recenter"/> moves it then.</summary>
    public bool Held { get; set; }

    /// <summary>Scrolled says the user scrolled the window (<see cref="Scroll"/>): it stays where it was put, even when the best prices leave it, until <see cref="Recenter"/> or a grouping change.</summary>
    public bool Scrolled { get; private set; }

    /// <summary>
    /// RowsFromCentre is how far the window is from where <see cref="Recenter"/> would put it for the last book: positive,
    /// that many rows towards higher prices (the centred window is above); negative, towards lower ones; 0 when centred,
    /// before a book or with an empty one.
    /// </summary>
    public long RowsFromCentre => _hasWindow && (_hasBid || _hasAsk) ? (CentredTop() - _top) / _step : 0;

    /// <summary>
    /// RowsToMarket says where the inside market is while no best price is in the window (scrolled, or held while it
    /// moved away): positive, the best bid is that many rows above the top row; negative, the best ask is that many rows
    /// below the bottom row; 0 while a best price is in the window, before a book or with an empty one.
    /// </summary>
    public long RowsToMarket
    {
        get
        {
            if (!_hasWindow || (!_hasBid && !_hasAsk)) return 0;
            long low = _hasBid ? _bestBidGroup : _bestAskGroup; // the lower of the inside prices
            long high = _hasAsk ? _bestAskGroup : _bestBidGroup;
            if (low > _top) return (low - _top) / _step;
            long bottom = _top - (_rows.Length - 1) * _step;
            return high < bottom ? -((bottom - high) / _step) : 0;
        }
    }

    /// <summary>HasWindow says a book has placed the window (before the first book there are no prices to show).</summary>
    public bool HasWindow => _hasWindow;

    /// <summary>WindowMoves counts how often the window moved (a widget can tell the user the rows shifted).</summary>
    public long WindowMoves { get; private set; }

    /// <summary>BestBid is the best bid of the last book (ungrouped), or null.</summary>
    public BookLevel? BestBid { get; private set; }

    /// <summary>BestAsk is the best ask of the last book (ungrouped), or null.</summary>
    public BookLevel? BestAsk { get; private set; }

    /// <summary>Spread is best ask minus best bid of the last book (ungrouped), or null when a side is empty.</summary>
    public Price? Spread => BestBid is { } b && BestAsk is { } a ? a.Price - b.Price : null;

    /// <summary>Mid is the midpoint of best bid and best ask (rounded down to 10^-8), or null when a side is empty.</summary>
    public Price? Mid => BestBid is { } b && BestAsk is { } a ? Price.FromRaw(b.Price.Raw + (a.Price.Raw - b.Price.Raw) / 2) : null;

    /// <summary>LastTradeVersion grows with every <see cref="SetLastTrade"/>: a view compares it to start the fade of a new trade.</summary>
    public long LastTradeVersion { get; private set; }

    /// <summary>HasLastTrade says a trade was marked with <see cref="SetLastTrade"/>.</summary>
    public bool HasLastTrade => _hasLastTrade;

    /// <summary>LastTradePrice is the price of the last trade marked (meaningful when <see cref="HasLastTrade"/>).</summary>
    public Price LastTradePrice => _lastTradePrice;

    /// <summary>LastTradeSize is the size of the last trade marked (meaningful when <see cref="HasLastTrade"/>).</summary>
    public Quantity LastTradeSize => _lastTradeSize;

    /// <summary>LastTradeBuyerIsMaker says the last trade hit the bid (the seller was the aggressor); meaningful when <see cref="HasLastTrade"/>.</summary>
    public bool LastTradeBuyerIsMaker => _lastTradeBuyerIsMaker;

    /// <summary>OwnOrders are the own resting orders last given to <see cref="SetOwnOrders"/>, in the order given.</summary>
    public ReadOnlySpan<OwnOrderMark> OwnOrders => _own.AsSpan(0, _ownCount);

    /// <summary>RowOf is the row an own order is marked on (buys on the bid grouping, sells on the ask's), or -1 when outside the window.</summary>
    /// <param name="order">The own order.</param>
    public int RowOf(in OwnOrderMark order) => RowOf(order.Price, order.Side == OrderSide.Buy ? BookSide.Bid : BookSide.Ask);

    /// <summary>MaxCumulative is the largest cumulative size on a visible row (the full width of a depth bar).</summary>
    public Quantity MaxCumulative { get; private set; }

    /// <summary>PriceAt is the price of a row in the current window: what a press on that row acts on.</summary>
    /// <param name="row">The row index, 0 = top (highest price).</param>
    public Price PriceAt(int row)
    {
        if ((uint)row >= (uint)_rows.Length) throw new ArgumentOutOfRangeException(nameof(row));
        return Price.FromRaw(_top - row * _step);
    }

    /// <summary>RowOf is the row showing <paramref name="price"/> (grouped down for bids, up for asks), or -1 when outside the window.</summary>
    /// <param name="price">The price to find.</param>
    /// <param name="side">Which side's grouping applies (bids floor, asks ceil).</param>
    public int RowOf(Price price, BookSide side)
    {
        if (!_hasWindow) return -1;
        long group = side == BookSide.Bid ? Floor(price.Raw) : Ceil(price.Raw);
        long index = (_top - group) / _step;
        return index >= 0 && index < _rows.Length ? (int)index : -1;
    }

    /// <summary>
    /// SuggestGrouping is the finest grouping at which a ladder of <paramref name="rowCount"/> rows centred on the spread
    /// shows the book's five best levels on each side (or all it has), so a sparse book is not one level a side among
    /// empty rows; the coarsest grouping when none does.
    /// </summary>
    /// <param name="book">The book to show.</param>
    /// <param name="tickSize">The symbol's tick size.</param>
    /// <param name="rowCount">The rows of the ladder.</param>
    public static int SuggestGrouping(OrderBookSnapshot book, Price tickSize, int rowCount)
    {
        ArgumentNullException.ThrowIfNull(book);
        if (tickSize.Raw <= 0) throw new ArgumentOutOfRangeException(nameof(tickSize), "The tick size must be positive.");
        ReadOnlySpan<BookLevel> bids = book.Bids;
        ReadOnlySpan<BookLevel> asks = book.Asks;
        const int Levels = 5; // a DOM trader reads the first few levels; five is Binance's smallest partial depth
        foreach (int grouping in Groupings)
        {
            long step = tickSize.Raw * grouping;
            long bidRows = bids.Length == 0 ? 0 : (FloorTo(bids[0].Price.Raw, step) - FloorTo(bids[Math.Min(Levels, bids.Length) - 1].Price.Raw, step)) / step;
            long askRows = asks.Length == 0 ? 0 : (CeilTo(asks[Math.Min(Levels, asks.Length) - 1].Price.Raw, step) - CeilTo(asks[0].Price.Raw, step)) / step;
            long spreadRows = bids.Length > 0 && asks.Length > 0 ? Math.Max(0, (CeilTo(asks[0].Price.Raw, step) - FloorTo(bids[0].Price.Raw, step)) / step - 1) : 0;
            // Centred on the spread, each side has half of what the spread leaves.
            long perSide = (rowCount - 2 - spreadRows) / 2;
            if (bidRows < perSide && askRows < perSide) return grouping;
        }
        return Groupings[^1];
    }

    /// <summary>SetGrouping changes the ticks per row (1, 2, 5 or 10) and re-centres the window at the next update.</summary>
    /// <param name="ticksPerRow">1, 2, 5 or 10.</param>
    public void SetGrouping(int ticksPerRow)
    {
        if (Groupings.IndexOf(ticksPerRow) < 0)
            throw new ArgumentOutOfRangeException(nameof(ticksPerRow), ticksPerRow, "Grouping must be 1, 2, 5 or 10 ticks.");
        if (ticksPerRow == Grouping) return;
        Grouping = ticksPerRow;
        _step = checked(TickSize.Raw * ticksPerRow);
        _hasPrevious = false;
        _recenterRequested = true;
        if (_hasBook) Rebuild(LastBids, LastAsks);
    }

    /// <summary>Recenter puts the spread back in the middle of the window now (Space / the centre button), even while held.</summary>
    public void Recenter()
    {
        _recenterRequested = true;
        if (_hasBook) Rebuild(LastBids, LastAsks);
    }

    /// <summary>
    /// Scroll moves the window <paramref name="rows"/> rows towards higher prices (positive) or lower ones (negative), never
    /// below zero, and suspends the automatic re-centring (<see cref="Scrolled"/>) until <see cref="Recenter"/> or a
    /// grouping change; returns whether the window moved (false before the first book, or at the bottom of the prices).
    /// </summary>
    /// <param name="rows">Rows to move; positive shows higher prices.</param>
    public bool Scroll(int rows)
    {
        if (!_hasWindow || rows == 0) return false;
        Scrolled = true;
        long lowestTop = (_rows.Length - 1) * _step; // never show rows below zero
        long top = (long)Int128.Clamp((Int128)_top + (Int128)rows * _step, lowestTop, long.MaxValue);
        if (top == _top) return false;
        _top = top;
        WindowMoves++;
        _hasPrevious = false; // the rows hold other prices now: nothing to flash
        if (_hasBook) Rebuild(LastBids, LastAsks);
        return true;
    }

    /// <summary>SetOwnOrders replaces the own resting orders marked on the ladder (copied; no allocation once the buffer fits).</summary>
    /// <param name="orders">The own orders that rest on the book.</param>
    public void SetOwnOrders(ReadOnlySpan<OwnOrderMark> orders)
    {
        if (orders.Length > _own.Length) _own = new OwnOrderMark[Math.Max(orders.Length, _own.Length * 2)];
        orders.CopyTo(_own);
        _ownCount = orders.Length;
        if (_hasWindow) ApplyMarks();
    }

    /// <summary>SetLastTrade marks the last traded price and size (a trade into the bid is shown on the bid's grouping, else the ask's).</summary>
    /// <param name="price">The trade's price.</param>
    /// <param name="size">The trade's size.</param>
    /// <param name="buyerIsMaker">True when the seller was the aggressor (the trade hit the bid).</param>
    public void SetLastTrade(Price price, Quantity size, bool buyerIsMaker)
    {
        LastTradeVersion++;
        _hasLastTrade = true;
        _lastTradePrice = price;
        _lastTradeSize = size;
        _lastTradeBuyerIsMaker = buyerIsMaker;
        if (_hasWindow) ApplyMarks();
    }

    /// <summary>Update rebuilds the rows from a book snapshot; moves the window only by the centring rules. Allocates nothing.</summary>
    /// <param name="book">The newest book snapshot (best levels first).</param>
    public void Update(OrderBookSnapshot book)
    {
        ArgumentNullException.ThrowIfNull(book);
        _lastBook = book;
        _hasBook = true;
        Rebuild(book.Bids, book.Asks);
    }

    /// <summary>
    /// Update rebuilds the rows from the levels of a book (best first), for a program that keeps its own book rather
    /// than <see cref="OrderBookSnapshot"/>s (perf's reference scene): the levels are copied into buffers the model
    /// reuses, so a book no deeper than one seen before allocates nothing. Otherwise as <see cref="Update(OrderBookSnapshot)"/>.
    /// </summary>
    /// <param name="bids">The bid levels, best (highest) first.</param>
    /// <param name="asks">The ask levels, best (lowest) first.</param>
    public void Update(ReadOnlySpan<BookLevel> bids, ReadOnlySpan<BookLevel> asks)
    {
        _bidLevelCount = CopyLevels(bids, ref _bidLevels);
        _askLevelCount = CopyLevels(asks, ref _askLevels);
        _lastBook = null;
        _hasBook = true;
        Rebuild(LastBids, LastAsks);
    }

    /// <summary>
    /// UpdateRecentred is <see cref="Update(ReadOnlySpan{BookLevel}, ReadOnlySpan{BookLevel})"/> followed by
    /// <see cref="Recenter"/> in one rebuild of the rows instead of two, for a program that keeps the spread in the
    /// middle on every book (perf's reference scene): the rows end as that pair leaves them, with no row marked
    /// changed (a re-centred book is compared with itself there). Allocates nothing once the buffers fit.
    /// </summary>
    /// <param name="bids">The bid levels, best (highest) first.</param>
    /// <param name="asks">The ask levels, best (lowest) first.</param>
    public void UpdateRecentred(ReadOnlySpan<BookLevel> bids, ReadOnlySpan<BookLevel> asks)
    {
        _bidLevelCount = CopyLevels(bids, ref _bidLevels);
        _askLevelCount = CopyLevels(asks, ref _askLevels);
        _lastBook = null;
        _hasBook = true;
        _recenterRequested = true;
        _hasPrevious = false; // nothing to compare with: no row is marked changed, as after Update then Recenter
        Rebuild(LastBids, LastAsks);
    }

    private ReadOnlySpan<BookLevel> LastBids => _lastBook is { } book ? book.Bids : _bidLevels.AsSpan(0, _bidLevelCount);

    private ReadOnlySpan<BookLevel> LastAsks => _lastBook is { } book ? book.Asks : _askLevels.AsSpan(0, _askLevelCount);

    private static int CopyLevels(ReadOnlySpan<BookLevel> levels, ref BookLevel[] buffer)
    {
        if (buffer.Length < levels.Length) buffer = new BookLevel[Math.Max(levels.Length, buffer.Length * 2)];
        levels.CopyTo(buffer);
        return levels.Length;
    }

    private void Rebuild(ReadOnlySpan<BookLevel> bids, ReadOnlySpan<BookLevel> asks)
    {
        _hasBid = bids.Length > 0;
        _hasAsk = asks.Length > 0;
        BestBid = _hasBid ? bids[0] : null;
        BestAsk = _hasAsk ? asks[0] : null;
        if (_hasBid) _bestBidGroup = Floor(bids[0].Price.Raw);
        if (_hasAsk) _bestAskGroup = Ceil(asks[0].Price.Raw);

        bool moved = PlaceWindow();
        int n = _rows.Length;
        bool compare = _hasPrevious && !moved;
        for (int i = 0; i < n; i++)
        {
            _previousBid[i] = _rows[i].BidSize;
            _previousAsk[i] = _rows[i].AskSize;
            _rows[i] = new LadderRow { Price = Price.FromRaw(_top - i * _step) };
        }
        if (!_hasWindow) return;

        long bottom = _top - (n - 1) * _step;
        long bidsAbove = 0;
        for (int i = 0; i < bids.Length; i++)
        {
            long group = Floor(bids[i].Price.Raw);
            if (group > _top) { bidsAbove = checked(bidsAbove + bids[i].Quantity.Raw); continue; }
            if (group < bottom) break; // best first: every later level is lower still
            ref LadderRow row = ref _rows[(_top - group) / _step];
            row.BidSize += bids[i].Quantity;
        }
        long asksBelow = 0;
        for (int i = 0; i < asks.Length; i++)
        {
            long group = Ceil(asks[i].Price.Raw);
            if (group < bottom) { asksBelow = checked(asksBelow + asks[i].Quantity.Raw); continue; }
            if (group > _top) break;
            ref LadderRow row = ref _rows[(_top - group) / _step];
            row.AskSize += asks[i].Quantity;
        }

        long max = 0;
        long running = bidsAbove;
        for (int i = 0; i < n; i++)
        {
            ref LadderRow row = ref _rows[i];
            if (!_hasBid || row.Price.Raw > _bestBidGroup) continue;
            running = checked(running + row.BidSize.Raw);
            row.BidCumulative = Quantity.FromRaw(running);
            row.IsBestBid = row.Price.Raw == _bestBidGroup;
            if (running > max) max = running;
        }
        running = asksBelow;
        for (int i = n - 1; i >= 0; i--)
        {
            ref LadderRow row = ref _rows[i];
            if (!_hasAsk || row.Price.Raw < _bestAskGroup) continue;
            running = checked(running + row.AskSize.Raw);
            row.AskCumulative = Quantity.FromRaw(running);
            row.IsBestAsk = row.Price.Raw == _bestAskGroup;
            if (running > max) max = running;
        }
        MaxCumulative = Quantity.FromRaw(max);

        if (compare)
        {
            for (int i = 0; i < n; i++)
            {
                _rows[i].BidChanged = _rows[i].BidSize != _previousBid[i];
                _rows[i].AskChanged = _rows[i].AskSize != _previousAsk[i];
            }
        }
        _hasPrevious = true;
        ApplyMarks();
    }

    /// <summary>Places the window if there is none, if asked to, or (when not held) if a best price left it; says whether it moved.</summary>
    private bool PlaceWindow()
    {
        if (!_hasBid && !_hasAsk)
        {
            return false; // an empty book keeps whatever window there is
        }
        bool place = !_hasWindow || _recenterRequested;
        if (!place && !Held && !Scrolled)
        {
            long bottom = _top - (_rows.Length - 1) * _step;
            place = (_hasBid && (_bestBidGroup > _top || _bestBidGroup < bottom))
                || (_hasAsk && (_bestAskGroup > _top || _bestAskGroup < bottom));
        }
        if (!place) return false;
        _recenterRequested = false;
        Scrolled = false; // placed afresh: the automatic re-centring is back
        long top = CentredTop();
        bool moved = !_hasWindow || top != _top;
        _top = top;
        _hasWindow = true;
        if (moved) WindowMoves++;
        return moved;
    }

    // The top row's price that puts the spread in the middle of the window (a best price is known).
    private long CentredTop()
    {
        int centre = _rows.Length / 2;
        long top;
        if (_hasBid && _hasAsk)
        {
            // The spread sits in the middle: as many rows above the best ask as below the best bid. A spread wider
            // than the view keeps the best ask on the top row (the bid side is the one cut off).
            long gapRows = Math.Max(0, (_bestAskGroup - _bestBidGroup) / _step);
            long askRow = Math.Max(0, (_rows.Length - 1 - gapRows) / 2);
            top = _bestAskGroup + askRow * _step;
        }
        else
        {
            top = _hasBid ? _bestBidGroup + centre * _step : _bestAskGroup + (centre - 1) * _step;
        }
        long lowestTop = (_rows.Length - 1) * _step; // never show rows below zero
        return Math.Max(top, lowestTop);
    }

    private void ApplyMarks()
    {
        int n = _rows.Length;
        for (int i = 0; i < n; i++)
        {
            ref LadderRow row = ref _rows[i];
            row.OwnBuyQuantity = default;
            row.OwnSellQuantity = default;
            row.QueueAhead = default;
            row.HasQueueAhead = false;
            row.IsLastTrade = false;
            row.LastTradeSize = default;
        }
        for (int i = 0; i < _ownCount; i++)
        {
            OwnOrderMark mark = _own[i];
            int index = RowOf(mark);
            if (index < 0) continue;
            ref LadderRow row = ref _rows[index];
            if (mark.Side == OrderSide.Buy) row.OwnBuyQuantity += mark.Remaining;
            else row.OwnSellQuantity += mark.Remaining;
            if (mark.QueueAhead is { } ahead && (!row.HasQueueAhead || ahead < row.QueueAhead))
            {
                row.QueueAhead = ahead;
                row.HasQueueAhead = true;
            }
        }
        if (_hasLastTrade)
        {
            int index = RowOf(_lastTradePrice, _lastTradeBuyerIsMaker ? BookSide.Bid : BookSide.Ask);
            if (index >= 0)
            {
                _rows[index].IsLastTrade = true;
                _rows[index].LastTradeSize = _lastTradeSize;
            }
        }
    }

    private static long FloorTo(long raw, long step)
    {
        long r = raw % step;
        if (r < 0) r += step;
        return raw - r;
    }

    private static long CeilTo(long raw, long step)
    {
        long floor = FloorTo(raw, step);
        return floor == raw ? raw : floor + step;
    }

    private long Floor(long raw) => FloorTo(raw, _step);

    private long Ceil(long raw) => CeilTo(raw, _step);
}
