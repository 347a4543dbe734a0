using System.Globalization;
using Skia.Toolkit.Widgets;
using Skia.Trader.Ui.Text;

namespace Skia.Trader.Ui.Panels;

// Column builders shared by the order, trade and balance tables: headers through TerminalStrings, fixed-point numbers
// shown as the exchange writes them and sorted by value, times in UTC sorted by time.
internal static class OrderColumns
{
    public static TableColumn<T> Text<T>(string key, Func<T, string> text) => TableColumn<T>.Text(TerminalStrings.Get(key), text);

    public static TableColumn<T> Number<T>(string key, Func<T, long> raw, bool zeroAsDash = false)
    {
        var column = TableColumn<T>.Text(TerminalStrings.Get(key), item => raw(item) is var v && v == 0 && zeroAsDash ? "-" : FormatRaw(v));
        column.Comparison = (a, b) => raw(a).CompareTo(raw(b));
        return column;
    }

    public static TableColumn<T> Time<T>(string key, Func<T, long> unixMilliseconds)
    {
        var column = TableColumn<T>.Text(TerminalStrings.Get(key), item => FormatTime(unixMilliseconds(item)));
        column.Comparison = (a, b) => unixMilliseconds(a).CompareTo(unixMilliseconds(b));
        return column;
    }

    // Widths as weights of the table's width, in column order (the status column holds the exchange's reject message).
    public static void Widths<T>(Table<T> table, params float[] weights)
    {
        for (var i = 0; i < weights.Length && i < table.Columns.Count; i++) table.Columns[i].Width = GridLength.Star(weights[i]);
    }

    public static string FormatRaw(long raw) => Skia.Trader.Core.Numerics.Quantity.FromRaw(raw).ToString();

    public static string FormatTime(long unixMilliseconds) => unixMilliseconds <= 0 ? "-"
        : DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds).UtcDateTime.ToString("MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    // The column headers again from their keys, in column order (a language change at run time); the cells are
    // rebound too, so a cell whose text comes from the string table (maker/taker) follows.
    public static void Relabel<T>(Table<T> table, ReadOnlySpan<string> keys)
    {
        for (var i = 0; i < keys.Length && i < table.Columns.Count; i++) table.Columns[i].Header = TerminalStrings.Get(keys[i]);
        table.Refresh();
    }

    public static string Count(string key, int count) =>
        string.Format(CultureInfo.InvariantCulture, TerminalStrings.Get(key), count);
}
