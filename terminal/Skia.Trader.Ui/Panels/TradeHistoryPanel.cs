using Skia.Toolkit.Core;
using Skia.Toolkit.Widgets;
using Skia.Trader.Core.Orders;
using Skia.Trader.Ui.Session;
using Skia.Trader.Ui.Text;
using SkiaSharp;

namespace Skia.Trader.Ui.Panels;

/// <summary>
/// TradeHistoryPanel lists the account's fills, newest first, in a virtualised, sortable <see cref="Table{T}"/>: time,
/// symbol, side, price, quantity, value, the fee with its asset, and whether the fill was maker or taker.
/// </summary>
public sealed class TradeHistoryPanel
{
    // The table's header keys, in column order (ApplyLanguage).
    private static readonly string[] ColumnKeys = ["orders.col.time", "orders.col.symbol", "orders.col.side", "orders.col.price", "orders.col.quantity", "orders.col.quote", "orders.col.fee", "orders.col.fee-asset", "orders.col.role"];
    private readonly SymbolDecimals _decimals = new();
    private readonly Dock _view = new() { Name = "trades" };
    private IReadOnlyList<TradeView> _shown = [];

    /// <summary>Creates the panel, empty.</summary>
    public TradeHistoryPanel()
    {
        Title = new Label(OrderColumns.Count("orders.trades.title", 0)) { Name = "trades-title", Margin = new Thickness(8, 4, 8, 4) };
        Trades = new Table<TradeView>(
        [
            OrderColumns.Time<TradeView>("orders.col.time", t => t.Time),
            OrderColumns.Text<TradeView>("orders.col.symbol", t => t.Symbol),
            OrderColumns.Text<TradeView>("orders.col.side", t => OrderWireNames.ToWire(t.Side)),
            OrderColumns.SymbolNumber<TradeView>("orders.col.price", t => t.Price.Raw, t => _decimals.Price(t.Symbol)),
            OrderColumns.SymbolNumber<TradeView>("orders.col.quantity", t => t.Quantity.Raw, t => _decimals.Quantity(t.Symbol)),
            OrderColumns.SymbolNumber<TradeView>("orders.col.quote", t => t.QuoteQuantity.Raw, static _ => null),
            OrderColumns.SymbolNumber<TradeView>("orders.col.fee", t => t.Commission.Raw, static _ => null),
            OrderColumns.Text<TradeView>("orders.col.fee-asset", t => t.CommissionAsset),
            OrderColumns.Text<TradeView>("orders.col.role", t => TerminalStrings.Get(t.IsMaker ? "orders.trades.maker" : "orders.trades.taker")),
        ])
        { Name = "trades-table" };
        Trades.Columns[2].CellColor = static (t, theme) => t.Side == OrderSide.Buy ? (SKColor?)theme.Positive : theme.Negative;
        _view.Add(Title, DockSide.Top);
        _view.Add(Trades, DockSide.Top);
    }

    /// <summary>View is the panel's widget, to put in a layout.</summary>
    public Dock View => _view;

    /// <summary>Title shows how many fills are listed.</summary>
    public Label Title { get; }

    /// <summary>Trades is the table of fills.</summary>
    public Table<TradeView> Trades { get; }

    /// <summary>
    /// SetDecimals sets how many decimals the prices and quantities of <paramref name="symbol"/>'s fills show (from its
    /// tick and step sizes); until it is called for a symbol they show the decimals they need, as the value and the fee
    /// always do (the fee's asset varies). Numbers are grouped by thousands either way.
    /// </summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="priceDecimals">Decimals of a price.</param>
    /// <param name="quantityDecimals">Decimals of a quantity.</param>
    public void SetDecimals(string symbol, int priceDecimals, int quantityDecimals)
    {
        if (_decimals.Set(symbol, priceDecimals, quantityDecimals)) Trades.Refresh();
    }

    /// <summary>ApplyLanguage shows the title, the column names and the maker/taker cells in the string table's selected language (a language change at run time).</summary>
    public void ApplyLanguage()
    {
        Title.Text = OrderColumns.Count("orders.trades.title", _shown.Count);
        OrderColumns.Relabel(Trades, ColumnKeys);
    }

    /// <summary>Show shows <paramref name="trades"/> (newest first); the same list instance again does nothing.</summary>
    /// <param name="trades">The fills.</param>
    public void Show(IReadOnlyList<TradeView> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        if (ReferenceEquals(trades, _shown)) return;
        _shown = trades;
        Trades.Items = trades;
        Title.Text = OrderColumns.Count("orders.trades.title", trades.Count);
    }
}
