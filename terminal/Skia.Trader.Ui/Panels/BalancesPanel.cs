using Skia.Toolkit.Core;
using Skia.Toolkit.Widgets;
using Skia.Trader.Binance.Rest;

namespace Skia.Trader.Ui.Panels;

/// <summary>
/// BalancesPanel lists the account's balances: asset, free, locked (in open orders) and their total, sortable. Amounts
/// are grouped in thousands like every other number on the screen, with at least the asset's decimals once a symbol
/// trading it is known (<see cref="SetAssetDecimals"/>) and never fewer than the amount has.
/// </summary>
public sealed class BalancesPanel
{
    // The table's header keys, in column order (ApplyLanguage).
    private static readonly string[] ColumnKeys = ["orders.col.asset", "orders.col.free", "orders.col.locked", "orders.col.total"];
    private readonly Dock _view = new() { Name = "balances" };
    private readonly Dictionary<string, int> _assetDecimals = new(StringComparer.Ordinal);
    private IReadOnlyList<AccountBalance> _shown = [];

    /// <summary>Creates the panel, empty.</summary>
    public BalancesPanel()
    {
        Title = new Label(OrderColumns.Count("orders.balances.title", 0)) { Name = "balances-title", Margin = new Thickness(8, 4, 8, 4) };
        Balances = new Table<AccountBalance>(
        [
            OrderColumns.Text<AccountBalance>("orders.col.asset", b => b.Asset),
            OrderColumns.AmountNumber<AccountBalance>("orders.col.free", b => b.Free.Raw, b => DecimalsOf(b.Asset)),
            OrderColumns.AmountNumber<AccountBalance>("orders.col.locked", b => b.Locked.Raw, b => DecimalsOf(b.Asset)),
            OrderColumns.AmountNumber<AccountBalance>("orders.col.total", b => b.Free.Raw + b.Locked.Raw, b => DecimalsOf(b.Asset)),
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

    /// <summary>
    /// SetAssetDecimals says how many decimals amounts of <paramref name="asset"/> show at least: a symbol's quantity
    /// decimals for its base asset, its price decimals for its quote asset (as the ticket's total). An asset several
    /// symbols trade keeps the most any of them gives; the table is redrawn when that changed.
    /// </summary>
    /// <param name="asset">The asset, such as "BTC".</param>
    /// <param name="decimals">Its decimals (0..8).</param>
    public void SetAssetDecimals(string asset, int decimals)
    {
        ArgumentNullException.ThrowIfNull(asset);
        decimals = Math.Clamp(decimals, 0, 8);
        if (_assetDecimals.TryGetValue(asset, out var known) && known >= decimals) return;
        _assetDecimals[asset] = decimals;
        Balances.Refresh();
    }

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

    private int? DecimalsOf(string asset) => _assetDecimals.TryGetValue(asset, out var decimals) ? decimals : null;
}
