using System.Globalization;
using Skia.Trader.Core.Numerics;
using SkiaSharp;

namespace Skia.Trader.Tests.EndToEnd;

/// <summary>
/// TerminalReadings read the terminal's own panels from its markup: the header's connection state, the open-orders
/// table, the ladder's rows. They name the widgets of terminal/Skia.Trader.Ui/Panels by their #names, in one place, so
/// a renamed widget breaks one line here, and new panels (order history, balances) add their readings next to these.
/// </summary>
internal static class TerminalReadings
{
    /// <summary>Connection is the header's connection state ("connected 1.2 ms", "reconnecting", "offline: ...").</summary>
    public static string Connection(this ScreenMarkup screen) => screen.TextOf("header-connection") ?? "";

    /// <summary>IsReady says the header shows "connected", the ladder has a book and the ticket an exchange (its button no longer waits for one).</summary>
    public static bool IsReady(this ScreenMarkup screen) =>
        screen.Connection().StartsWith("connected", StringComparison.Ordinal)
        && screen.Find("ladder") is { } ladder && ladder["bestBid"] is not (null or "-") && ladder["bestAsk"] is not (null or "-")
        && screen.Find("ticket-submit") is { } submit && submit["enabled"] != "false"; // bound to the symbol, not "waiting"

    /// <summary>OpenOrders are the open-orders table's rows ("Status", "Client id", "Price", ... by column header).</summary>
    public static IReadOnlyList<TableRow> OpenOrders(this ScreenMarkup screen) => screen.Rows("orders-table");

    /// <summary>Shown is how the order tables write a BTCUSDT price: grouped by thousands, with the simulator's tick decimals (2), "64,998.05".</summary>
    public static string Shown(Price price) => (price.Raw / 100_000_000m).ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>OpenOrdersCount is the table's item count (all rows, shown or scrolled away).</summary>
    public static int OpenOrdersCount(this ScreenMarkup screen) => screen.Get("orders-table").Int("items");

    /// <summary>OpenClientIds are the client order ids shown in open orders, sorted.</summary>
    public static IReadOnlyList<string> OpenClientIds(this ScreenMarkup screen) =>
        [.. screen.OpenOrders().Select(r => r["Client id"]).Order(StringComparer.Ordinal)];

    /// <summary>OrderStatus is the status cell of the open order <paramref name="clientOrderId"/>, or null when it is not shown.</summary>
    public static string? OrderStatus(this ScreenMarkup screen, string clientOrderId) =>
        screen.OpenOrders().FirstOrDefault(r => r["Client id"] == clientOrderId)?["Status"];

    /// <summary>OwnOrderRows is how many ladder rows mark one of our orders.</summary>
    public static int OwnOrderRows(this ScreenMarkup screen) => screen.Get("ladder").Int("ownOrderRows");

    /// <summary>LadderRow is the middle of ladder row <paramref name="row"/> (0 = the top row), where a click acts on that row's price.</summary>
    public static SKPoint LadderRow(this ScreenMarkup screen, int row)
    {
        var ladder = screen.Get("ladder");
        var height = float.Parse(ladder["rowHeight"]!, CultureInfo.InvariantCulture);
        var b = ladder.Bounds!.Value;
        return new SKPoint(b.MidX, b.Top + (row + 0.5f) * height);
    }

    /// <summary>Toasts are the messages of the toasts on screen, oldest first.</summary>
    public static IReadOnlyList<string> Toasts(this ScreenMarkup screen) =>
        [.. screen.Root.Descendants().Where(n => n.Type == "Toast" && !n.IsHidden).Select(n => n["message"] ?? "")];

    /// <summary>LadderRows is the number of price rows of the ladder.</summary>
    public static int LadderRows(this ScreenMarkup screen) => screen.Get("ladder").Int("rows");

    /// <summary>SelectedTab is the header of the lower tab view's shown page ("Open orders", "Order history", "Balances", ...).</summary>
    public static string SelectedTab(this ScreenMarkup screen)
    {
        var tabs = screen.Get("tabs");
        return (tabs["tabs"] ?? "").Split('|')[tabs.Int("selected")];
    }

    /// <summary>
    /// FirstTab is a point inside the first tab of the lower tab view ("Open orders"), whatever the headers' widths: the
    /// strip runs along the view's top and the first tab starts at its left edge.
    /// </summary>
    public static SKPoint FirstTab(this ScreenMarkup screen)
    {
        var b = screen.Get("tabs").Bounds!.Value;
        return new SKPoint(b.Left + 12, b.Top + 8);
    }

    /// <summary>Balances are the balances table's rows by asset: free and locked, as the terminal shows them (the Balances tab must be shown).</summary>
    public static IReadOnlyDictionary<string, (Quantity Free, Quantity Locked)> Balances(this ScreenMarkup screen) =>
        screen.Rows("balances-table").ToDictionary(r => r["Asset"], r => (ParseGrouped(r["Free"]), ParseGrouped(r["Locked"])), StringComparer.Ordinal);

    /// <summary>
    /// ParseGrouped reads an amount as the terminal shows it, thousands grouped with commas ("65,656.90"); a comma
    /// anywhere but between groups of three digits fails the test rather than being skipped.
    /// </summary>
    public static Quantity ParseGrouped(string text)
    {
        Assert.Matches(@"^-?\d{1,3}(,\d{3})*(\.\d+)?$", text);
        return Quantity.Parse(text.Replace(",", "", StringComparison.Ordinal));
    }

    /// <summary>HistoryStatus is the status cell of order <paramref name="clientOrderId"/> in the order history tab, or null when it is not shown.</summary>
    public static string? HistoryStatus(this ScreenMarkup screen, string clientOrderId) =>
        screen.Rows("history-table").FirstOrDefault(r => r["Client id"] == clientOrderId)?["Status"];
}
