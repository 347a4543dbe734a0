using Skia.Toolkit.Core;
using Skia.Toolkit.Widgets;
using Skia.Trader.Core.Orders;
using Skia.Trader.Ui.Session;

namespace Skia.Trader.Ui.Panels;

/// <summary>
/// OpenOrdersPanel lists the session's open orders in a <see cref="Table{T}"/> with a live status column
/// (PENDING_SEND, NEW, PARTIALLY_FILLED, UNKNOWN) and filled quantity, and a button that cancels the selected order.
/// </summary>
public sealed class OpenOrdersPanel
{
    private readonly Dock _view = new() { Name = "orders" };

    /// <summary>View is the panel's widget, to put in a layout.</summary>
    public Dock View => _view;

    private List<OpenOrderView> _orders = [];

    /// <summary>Creates the panel, empty.</summary>
    public OpenOrdersPanel()
    {
        Title = new Label("Open orders (0)") { Name = "orders-title" };
        CancelButton = new Button("Cancel selected") { Name = "orders-cancel", Style = ButtonStyle.Negative };
        Orders = new Table<OpenOrderView>(
        [
            TableColumn<OpenOrderView>.Text("Symbol", o => o.Symbol),
            TableColumn<OpenOrderView>.Text("Side", o => OrderWireNames.ToWire(o.Side)),
            TableColumn<OpenOrderView>.Text("Type", o => OrderWireNames.ToWire(o.Type)),
            TableColumn<OpenOrderView>.Text("Price", o => o.Price.ToString()),
            TableColumn<OpenOrderView>.Text("Quantity", o => o.Quantity.ToString()),
            TableColumn<OpenOrderView>.Text("Filled", o => o.Executed.ToString()),
            TableColumn<OpenOrderView>.Text("Status", o => OrderWireNames.ToWire(o.Status) + (o.RejectReason is { } r ? " " + r : "")),
            TableColumn<OpenOrderView>.Text("Client id", o => o.ClientOrderId),
        ])
        { Name = "orders-table" };
        Orders.Items = _orders;
        var bar = new Stack { Orientation = Orientation.Horizontal, Spacing = 12, Margin = new Thickness(8, 4, 8, 4) };
        bar.Add(Title);
        bar.Add(CancelButton);
        _view.Add(bar, DockSide.Top);
        _view.Add(Orders, DockSide.Top);
        CancelButton.Click += (_, _) =>
        {
            if (Orders.SelectedItem is { } selected) CancelRequested?.Invoke(selected);
        };
    }

    /// <summary>Title shows how many orders are open.</summary>
    public Label Title { get; }

    /// <summary>CancelButton cancels the selected order.</summary>
    public Button CancelButton { get; }

    /// <summary>Orders is the table of open orders.</summary>
    public Table<OpenOrderView> Orders { get; }

    /// <summary>CancelRequested is raised with the order the user asked to cancel.</summary>
    public event Action<OpenOrderView>? CancelRequested;

    /// <summary>Show replaces the rows with <paramref name="orders"/> (called when a new session snapshot arrives, not every frame).</summary>
    /// <param name="orders">The open orders.</param>
    public void Show(IReadOnlyList<OpenOrderView> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        _orders = [.. orders];
        Orders.Items = _orders;
        Title.Text = "Open orders (" + _orders.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
    }
}
