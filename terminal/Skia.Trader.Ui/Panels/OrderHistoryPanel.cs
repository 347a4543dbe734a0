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
            OrderColumns.Number<OrderHistoryView>("orders.col.price", o => o.Price.Raw, zeroAsDash: true),
            OrderColumns.Number<OrderHistoryView>("orders.col.quantity", o => o.Quantity.Raw),
            OrderColumns.Number<OrderHistoryView>("orders.col.filled", o => o.Executed.Raw),
            OrderColumns.Number<OrderHistoryView>("orders.col.average", o => o.AveragePrice.Raw, zeroAsDash: true),
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
