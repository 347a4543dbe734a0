using Skia.Toolkit.Core;
using Skia.Toolkit.Widgets;
using Skia.Trader.Binance.Rest;

namespace Skia.Trader.Ui.Panels;

/// <summary>BalancesPanel lists the account's balances: asset, free, locked (in open orders) and their total, sortable.</summary>
public sealed class BalancesPanel
{
    // The table's header keys, in column order (ApplyLanguage).
    private static readonly string[] ColumnKeys = ["orders.col.asset", "orders.col.free", "orders.col.locked", "orders.col.total"];
    private readonly Dock _view = new() { Name = "balances" };
    private IReadOnlyList<AccountBalance> _shown = [];

    /// <summary>Creates the panel, empty.</summary>
    public BalancesPanel()
    {
        Title = new Label(OrderColumns.Count("orders.balances.title", 0)) { Name = "balances-title", Margin = new Thickness(8, 4, 8, 4) };
        Balances = new Table<AccountBalance>(
        [
            OrderColumns.Text<AccountBalance>("orders.col.asset", b => b.Asset),
            OrderColumns.Number<AccountBalance>("orders.col.free", b => b.Free.Raw),
            OrderColumns.Number<AccountBalance>("orders.col.locked", b => b.Locked.Raw),
            OrderColumns.Number<AccountBalance>("orders.col.total", b => b.Free.Raw + b.Locked.Raw),
        ])
        { Name = "balances-table" };
        _view.Add(Title, DockSide.Top);
        _view.Add(Balances, DockSide.Top);
    }

    /// <summary>View is the panel's widget, to put in a layout.</summary>
    public Dock View => _view;

    /// <summary>Title shows how many assets are listed.</summary>
    public Label Title { get; }

    /// <summary>Balances is the table of balances.</summary>
    public Table<AccountBalance> Balances { get; }

    /// <summary>ApplyLanguage shows the title and the column names in the string table's selected language (a language change at run time).</summary>
    public void ApplyLanguage()
    {
        Title.Text = OrderColumns.Count("orders.balances.title", _shown.Count);
        OrderColumns.Relabel(Balances, ColumnKeys);
    }

    /// <summary>Show shows <paramref name="balances"/>; the same list instance again does nothing.</summary>
    /// <param name="balances">The balances, by asset.</param>
    public void Show(IReadOnlyList<AccountBalance> balances)
    {
        ArgumentNullException.ThrowIfNull(balances);
        if (ReferenceEquals(balances, _shown)) return;
        _shown = balances;
        Balances.Items = balances;
        Title.Text = OrderColumns.Count("orders.balances.title", balances.Count);
    }
}
