using Skia.Toolkit.Core;
using Skia.Toolkit.Widgets;
using Skia.Trader.Core.Orders;
using Skia.Trader.Ui.Session;
using Skia.Trader.Ui.Text;
using SkiaSharp;

namespace Skia.Trader.Ui.Panels;

/// <summary>
/// OrderHistoryPanel lists every order known (the session's and the account's recent history), newest first, in a
/// virtualised <see cref="Table{T}"/>: only the visible rows exist as widgets, so thousands of orders cost what a
/// screenful does. Columns sort on a header click; a status filter (all, open, FILLED, CANCELED, REJECTED, EXPIRED)
/// hides the others without rebuilding the rows. A rejected order shows the exchange's message in its status.
/// </summary>
public sealed class OrderHistoryPanel
{
    private static readonly Predicate<OrderHistoryView>?[] Filters =
    [
        null,
        static o => o.Status is OrderStatus.PendingSend or OrderStatus.New or OrderStatus.PartiallyFilled or OrderStatus.Unknown,
        static o => o.Status == OrderStatus.Filled,
        static o => o.Status == OrderStatus.Canceled,
        static o => o.Status == OrderStatus.Rejected,
        static o => o.Status is OrderStatus.Expired or OrderStatus.ExpiredInMatch,
    ];

    // The table's header keys, in column order (ApplyLanguage).
    private static readonly string[] ColumnKeys = ["orders.col.time", "orders.col.symbol", "orders.col.side", "orders.col.type", "orders.col.price", "orders.col.quantity", "orders.col.filled", "orders.col.average", "orders.col.status", "orders.col.client-id"];
    private readonly SymbolDecimals _decimals = new();
    private readonly Dock _view = new() { Name = "history" };
    private IReadOnlyList<OrderHistoryView> _shown = [];

    /// <summary>Creates the panel, empty.</summary>
    public OrderHistoryPanel()
    {
        Title = new Label(OrderColumns.Count("orders.history.title", 0)) { Name = "history-title" };
        StatusFilter = new SegmentedControl(
        [
            TerminalStrings.Get("orders.history.filter.all"),
            TerminalStrings.Get("orders.history.filter.open"),
            OrderWireNames.ToWire(OrderStatus.Filled),
            OrderWireNames.ToWire(OrderStatus.Canceled),
            OrderWireNames.ToWire(OrderStatus.Rejected),
            OrderWireNames.ToWire(OrderStatus.Expired),
        ])
        { Name = "history-filter" };
        Orders = new Table<OrderHistoryView>(
        [
            OrderColumns.Time<OrderHistoryView>("orders.col.time", o => o.Time),
            OrderColumns.Text<OrderHistoryView>("orders.col.symbol", o => o.Symbol),
            OrderColumns.Text<OrderHistoryView>("orders.col.side", o => OrderWireNames.ToWire(o.Side)),
            OrderColumns.Text<OrderHistoryView>("orders.col.type", o => OrderWireNames.ToWire(o.Type)),
            OrderColumns.SymbolNumber<OrderHistoryView>("orders.col.price", o => o.Price.Raw, o => _decimals.Price(o.Symbol), zeroAsDash: true),
            OrderColumns.SymbolNumber<OrderHistoryView>("orders.col.quantity", o => o.Quantity.Raw, o => _decimals.Quantity(o.Symbol)),
            OrderColumns.SymbolNumber<OrderHistoryView>("orders.col.filled", o => o.Executed.Raw, o => _decimals.Quantity(o.Symbol)),
            OrderColumns.SymbolNumber<OrderHistoryView>("orders.col.average", o => o.AveragePrice.Raw, o => _decimals.Price(o.Symbol), zeroAsDash: true),
            OrderColumns.Text<OrderHistoryView>("orders.col.status", o => OrderWireNames.ToWire(o.Status) + (o.RejectReason is { } r ? ": " + r : "")),
            OrderColumns.Text<OrderHistoryView>("orders.col.client-id", o => o.ClientOrderId),
        ])
        { Name = "history-table" };
        Orders.Columns[2].CellColor = static (o, theme) => o.Side == OrderSide.Buy ? (SKColor?)theme.Positive : theme.Negative;
        Orders.Columns[8].CellColor = static (o, theme) => o.Status switch
        {
            OrderStatus.Rejected => theme.Danger,
            OrderStatus.Unknown => theme.Warning,
            _ => (SKColor?)null,
        };
        OrderColumns.Widths(Orders, 1.4f, 0.9f, 0.6f, 1.5f, 0.9f, 0.9f, 0.8f, 0.9f, 4.2f, 1.2f);
        StatusFilter.SelectionChanged += (_, _) => Orders.Filter = Filters[StatusFilter.SelectedIndex];
        KeyboardReturn.AfterPick(StatusFilter); // the hotkeys work again after a click on a filter
        var bar = new Stack { Orientation = Orientation.Horizontal, Spacing = 12, Margin = new Thickness(8, 4, 8, 4) };
        bar.Add(Title);
        bar.Add(StatusFilter);
        _view.Add(bar, DockSide.Top);
        _view.Add(Orders, DockSide.Top);
    }

    /// <summary>View is the panel's widget, to put in a layout.</summary>
    public Dock View => _view;

    /// <summary>Title shows how many orders the history holds.</summary>
    public Label Title { get; }

    /// <summary>StatusFilter picks which statuses are shown: all, open, FILLED, CANCELED, REJECTED, EXPIRED.</summary>
    public SegmentedControl StatusFilter { get; }

    /// <summary>Orders is the virtualised table of orders.</summary>
    public Table<OrderHistoryView> Orders { get; }

    /// <summary>
    /// SetDecimals sets how many decimals the prices and quantities of <paramref name="symbol"/>'s orders show (from its
    /// tick and step sizes), the way the header and the tape show them; until it is called for a symbol its numbers show
    /// the decimals they need. Numbers are grouped by thousands either way.
    /// </summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="priceDecimals">Decimals of a price.</param>
    /// <param name="quantityDecimals">Decimals of a quantity.</param>
    public void SetDecimals(string symbol, int priceDecimals, int quantityDecimals)
    {
        if (_decimals.Set(symbol, priceDecimals, quantityDecimals)) Orders.Refresh();
    }

    /// <summary>ApplyLanguage shows the title, the status filter's words and the column names in the string table's selected language (a language change at run time).</summary>
    public void ApplyLanguage()
    {
        Title.Text = OrderColumns.Count("orders.history.title", _shown.Count);
        StatusFilter.SetItem(0, TerminalStrings.Get("orders.history.filter.all"));
        StatusFilter.SetItem(1, TerminalStrings.Get("orders.history.filter.open"));
        OrderColumns.Relabel(Orders, ColumnKeys);
    }

    /// <summary>Show shows <paramref name="history"/> (the session's list, newest first); the same list instance again does nothing.</summary>
    /// <param name="history">The orders.</param>
    public void Show(IReadOnlyList<OrderHistoryView> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (ReferenceEquals(history, _shown)) return;
        _shown = history;
        Orders.Items = history;
        Title.Text = OrderColumns.Count("orders.history.title", history.Count);
    }
}
