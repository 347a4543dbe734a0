using Skia.Toolkit.Core;
using Skia.Toolkit.Widgets;
using Skia.Trader.Core.Orders;
using Skia.Trader.Ui.Session;
using Skia.Trader.Ui.Text;
using SkiaSharp;

namespace Skia.Trader.Ui.Panels;

/// <summary>
/// OpenOrdersPanel lists the session's open orders in a <see cref="Table{T}"/> with a live status column
/// (PENDING_SEND, NEW, PARTIALLY_FILLED, UNKNOWN) and filled quantity, a button that cancels the selected order and one
/// that cancels every open order of the screen's symbol. The selected order stays selected while its row changes.
/// </summary>
public sealed class OpenOrdersPanel
{
    // The table's header keys, in column order (ApplyLanguage).
    private static readonly string[] ColumnKeys = ["orders.col.symbol", "orders.col.side", "orders.col.type", "orders.col.price", "orders.col.quantity", "orders.col.filled", "orders.col.status", "orders.col.client-id"];
    private readonly SymbolDecimals _decimals = new();
    private readonly Dock _view = new() { Name = "orders" };
    private List<OpenOrderView> _orders = [];
    private IReadOnlyList<OpenOrderView>? _shown; // the list last shown (the session hands the same instance while nothing changed)
    private string? _shownFor; // and the symbol then (Cancel all follows it)
    private string _symbol = "";
    private string? _selectedId;
    private bool _showing;

    /// <summary>Creates the panel, empty.</summary>
    public OpenOrdersPanel()
    {
        Title = new Label(OrderColumns.Count("orders.title", 0)) { Name = "orders-title" };
        CancelButton = new Button(TerminalStrings.Get("orders.cancel")) { Name = "orders-cancel", Style = ButtonStyle.Negative };
        CancelAllButton = new Button(string.Format(System.Globalization.CultureInfo.InvariantCulture, TerminalStrings.Get("orders.cancel-all"), ""))
        { Name = "orders-cancel-all", Style = ButtonStyle.Negative };
        Orders = new Table<OpenOrderView>(
        [
            OrderColumns.Text<OpenOrderView>("orders.col.symbol", o => o.Symbol),
            OrderColumns.Text<OpenOrderView>("orders.col.side", o => OrderWireNames.ToWire(o.Side)),
            OrderColumns.Text<OpenOrderView>("orders.col.type", o => OrderWireNames.ToWire(o.Type)),
            OrderColumns.SymbolNumber<OpenOrderView>("orders.col.price", o => o.Price.Raw, o => _decimals.Price(o.Symbol), zeroAsDash: true),
            OrderColumns.SymbolNumber<OpenOrderView>("orders.col.quantity", o => o.Quantity.Raw, o => _decimals.Quantity(o.Symbol)),
            OrderColumns.SymbolNumber<OpenOrderView>("orders.col.filled", o => o.Executed.Raw, o => _decimals.Quantity(o.Symbol)),
            OrderColumns.Text<OpenOrderView>("orders.col.status", o => OrderWireNames.ToWire(o.Status) + (o.RejectReason is { } r ? " " + r : "")),
            OrderColumns.Text<OpenOrderView>("orders.col.client-id", o => o.ClientOrderId),
        ])
        { Name = "orders-table" };
        Orders.Columns[1].CellColor = static (o, theme) => o.Side == OrderSide.Buy ? (SKColor?)theme.Positive : theme.Negative;
        Orders.Columns[6].CellColor = static (o, theme) => o.Status == OrderStatus.Unknown ? (SKColor?)theme.Warning : null;
        OrderColumns.Widths(Orders, 0.9f, 0.6f, 1.5f, 1f, 1f, 1f, 2.4f, 1.6f);
        Orders.Items = _orders;
        Orders.SelectionChanged += (_, _) =>
        {
            if (!_showing) _selectedId = Orders.SelectedItem?.ClientOrderId;
            CancelButton.IsEnabled = Orders.SelectedItem is not null;
        };
        CancelButton.IsEnabled = false;
        CancelAllButton.IsEnabled = false;
        var bar = new Stack { Orientation = Orientation.Horizontal, Spacing = 12, Margin = new Thickness(8, 4, 8, 4) };
        bar.Add(Title);
        bar.Add(CancelButton);
        bar.Add(CancelAllButton);
        _view.Add(bar, DockSide.Top);
        _view.Add(Orders, DockSide.Top);
        CancelButton.Click += (_, _) =>
        {
            if (Orders.SelectedItem is { } selected) CancelRequested?.Invoke(selected);
        };
        CancelAllButton.Click += (_, _) => RequestCancelAll();
        KeyboardReturn.AfterClick(CancelButton, CancelAllButton); // Space centres the ladder; it never cancels orders placed since
    }

    /// <summary>View is the panel's widget, to put in a layout.</summary>
    public Dock View => _view;

    /// <summary>Title shows how many orders are open.</summary>
    public Label Title { get; }

    /// <summary>CancelButton cancels the selected order.</summary>
    public Button CancelButton { get; }

    /// <summary>CancelAllButton cancels every open order of the symbol on screen (<see cref="Symbol"/>), and no other symbol's.</summary>
    public Button CancelAllButton { get; }

    /// <summary>Orders is the table of open orders.</summary>
    public Table<OpenOrderView> Orders { get; }

    /// <summary>Symbol is the symbol "cancel all" acts on.</summary>
    public string Symbol
    {
        get => _symbol;
        set
        {
            _symbol = value ?? throw new ArgumentNullException(nameof(value));
            CancelAllButton.Text = string.Format(System.Globalization.CultureInfo.InvariantCulture, TerminalStrings.Get("orders.cancel-all"), _symbol);
        }
    }

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

    /// <summary>ApplyLanguage shows the title, the buttons and the column names in the string table's selected language (a language change at run time).</summary>
    public void ApplyLanguage()
    {
        Title.Text = OrderColumns.Count("orders.title", _orders.Count);
        CancelButton.Text = TerminalStrings.Get("orders.cancel");
        CancelAllButton.Text = string.Format(System.Globalization.CultureInfo.InvariantCulture, TerminalStrings.Get("orders.cancel-all"), _symbol);
        OrderColumns.Relabel(Orders, ColumnKeys);
    }

    /// <summary>CancelRequested is raised with the order the user asked to cancel.</summary>
    public event Action<OpenOrderView>? CancelRequested;

    /// <summary>CancelAllRequested is raised with the symbol whose open orders the user asked to cancel.</summary>
    public event Action<string>? CancelAllRequested;

    /// <summary>RequestCancelAll asks to cancel every open order of <see cref="Symbol"/> (the cancel-all button and hotkey); false when none is open.</summary>
    public bool RequestCancelAll()
    {
        if (!_orders.Exists(o => o.Symbol == _symbol)) return false;
        CancelAllRequested?.Invoke(_symbol);
        return true;
    }

    /// <summary>Select selects the row of the order with <paramref name="clientOrderId"/>; false when it is not open.</summary>
    /// <param name="clientOrderId">The order's client order id.</param>
    public bool Select(string clientOrderId)
    {
        for (var i = 0; i < Orders.DisplayCount; i++)
        {
            if (Orders.ItemAt(i).ClientOrderId != clientOrderId) continue;
            Orders.SelectedIndex = i;
            return true;
        }
        return false;
    }

    /// <summary>Show replaces the rows with <paramref name="orders"/> (called when a new session snapshot arrives, not every frame); the selected order stays selected.</summary>
    /// <param name="orders">The open orders.</param>
    public void Show(IReadOnlyList<OpenOrderView> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        // The session's unchanged list (a snapshot with only a new round trip), for the same symbol: nothing to redo.
        if (ReferenceEquals(orders, _shown) && ReferenceEquals(_symbol, _shownFor)) return;
        (_shown, _shownFor) = (orders, _symbol);
        _orders = [.. orders];
        _showing = true;
        try
        {
            Orders.Items = _orders;
            if (_selectedId is { } id && !Select(id)) Orders.SelectedIndex = -1;
        }
        finally
        {
            _showing = false;
        }
        Title.Text = OrderColumns.Count("orders.title", _orders.Count);
        CancelButton.IsEnabled = Orders.SelectedItem is not null;
        CancelAllButton.IsEnabled = _orders.Exists(o => o.Symbol == _symbol);
    }
}
