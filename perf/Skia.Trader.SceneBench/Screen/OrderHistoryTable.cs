using Skia.Toolkit.Widgets;
using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Format;
using Skia.Trader.Scene.Layout;
using Skia.Trader.SceneBench.Widgets;
using L = Skia.Trader.Scene.Layout.SceneLayout;

namespace Skia.Trader.SceneBench.Screen;

/// <summary>
/// OrderHistoryTable is the order history: the toolkit's <see cref="Table{T}"/> (on its VirtualList, so
/// 10,000+ orders cost one row widget per visible row) with eight fixed-width columns. Ids and times are
/// written into a buffer and drawn by the numeric fast path, prices and sizes are numeric columns,
/// BUY/SELL, LIMIT and FILLED come from the text-measure cache: no cell allocates.
/// </summary>
internal sealed class OrderHistoryTable : Table<SceneOrder>
{
    private OrderHistoryItems? _items;
    private int _shownCount = -1;

    /// <summary>OrderHistoryTable creates the columns.</summary>
    public OrderHistoryTable(SceneTheme theme)
        : base(CreateColumns(theme))
    {
    }

    /// <summary>Show tells the table about orders added since the last call (they come first: the rows shown move down); otherwise it touches nothing.</summary>
    public void Show(SceneFeed feed)
    {
        if (_items == null || !ReferenceEquals(_items.Feed, feed))
        {
            _items = new OrderHistoryItems(feed);
            _shownCount = feed.OrderCount;
            Items = _items;
            return;
        }
        if (feed.OrderCount == _shownCount) return;
        // New orders are newest, so they come first: the rows shown move down with their pixels.
        int added = feed.OrderCount - _shownCount;
        _shownCount = feed.OrderCount;
        ItemsInsertedAtStart(added);
    }

    private static TableColumn<SceneOrder>[] CreateColumns(SceneTheme theme)
    {
        var mono = theme.MonoSpec;
        var muted = SceneTheme.Color(ScenePalette.MutedText);
        var bid = SceneTheme.Color(ScenePalette.Bid);
        var ask = SceneTheme.Color(ScenePalette.Ask);
        TableColumn<SceneOrder>[] columns =
        [
            TableColumn<SceneOrder>.Written(L.OrderColumns[0], static (o, text) => FixedPointText.WriteInteger(o.Id, text)),
            TableColumn<SceneOrder>.Written(L.OrderColumns[1], static (o, text) => FixedPointText.WriteTimeOfDay(o.TimeMs, text)),
            TableColumn<SceneOrder>.Text(L.OrderColumns[2], static o => o.IsBuy ? "BUY" : "SELL"),
            TableColumn<SceneOrder>.Text(L.OrderColumns[3], static _ => "LIMIT"),
            TableColumn<SceneOrder>.Numeric(L.OrderColumns[4], static o => Fixed(o.PriceTicks, 2), 2),
            TableColumn<SceneOrder>.Numeric(L.OrderColumns[5], static o => Fixed(o.Quantity, 4), 4),
            TableColumn<SceneOrder>.Numeric(L.OrderColumns[6], static o => Fixed(o.Filled, 4), 4),
            TableColumn<SceneOrder>.Text(L.OrderColumns[7], static _ => "FILLED"),
        ];
        for (int c = 0; c < columns.Length; c++)
        {
            columns[c].Width = GridLength.Fixed(L.OrderColumnWidths[c]);
            if (L.OrderColumnMono[c]) columns[c].Font = mono;
        }
        columns[0].CellColor = (_, _) => muted;
        columns[2].CellColor = (o, _) => o.IsBuy ? bid : ask;
        columns[7].CellColor = (_, _) => muted;
        return columns;
    }

    /// <summary>Fixed turns a fixed-point value (mantissa, decimals) into the exact decimal it stands for, without arithmetic.</summary>
    private static decimal Fixed(long mantissa, byte decimals)
    {
        ulong magnitude = mantissa < 0 ? (ulong)-mantissa : (ulong)mantissa;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, mantissa < 0, decimals);
    }
}
