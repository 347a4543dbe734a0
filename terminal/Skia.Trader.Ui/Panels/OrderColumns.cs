using System.Globalization;
using Skia.Toolkit.Text;
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

    // A price or quantity of an order: thousands grouped and the symbol's decimals (from its tick or step size), as the
    // header, watchlist and tape write numbers ("29,983.42", "0.00200"); a symbol whose filters are not known yet shows
    // the decimals the value needs. Sorted by value.
    public static TableColumn<T> SymbolNumber<T>(string key, Func<T, long> raw, Func<T, int?> decimals, bool zeroAsDash = false)
    {
        var column = TableColumn<T>.Text(TerminalStrings.Get(key), item => raw(item) is var v && v == 0 && zeroAsDash ? "-" : FormatGrouped(v, decimals(item)));
        column.Comparison = (a, b) => raw(a).CompareTo(raw(b));
        return column;
    }

    // An amount of an asset (a balance): thousands grouped and at least the asset's decimals, more when the value has
    // more ("1,000.00", "750.12345"), so a balance is never shown rounded or cut. Sorted by value.
    public static TableColumn<T> AmountNumber<T>(string key, Func<T, long> raw, Func<T, int?> minimumDecimals)
    {
        var column = TableColumn<T>.Text(TerminalStrings.Get(key), item => FormatAmount(raw(item), minimumDecimals(item)));
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

    // FormatGrouped writes a fixed-point (8 decimals) value with thousands separators and <paramref name="decimals"/>
    // decimals (truncated, as the header's numbers are), or as many as the value needs when null: the toolkit's
    // NumericText, the format of every number label on the screen.
    public static string FormatGrouped(long raw, int? decimals)
    {
        int shown = Math.Clamp(decimals ?? DecimalsOf(raw), 0, 8);
        long divisor = 1;
        for (var d = shown; d < 8; d++) divisor *= 10;
        Span<char> text = stackalloc char[NumericText.Capacity];
        NumericText.FormatFixedPoint(raw / divisor, shown, groupThousands: true, text, out int written);
        return new string(text[..written]);
    }

    // FormatAmount writes an amount of an asset (a balance, the ticket's available balance): thousands grouped, at least
    // <paramref name="minimumDecimals"/> decimals (the asset's; none when unknown) and as many more as the value needs.
    public static string FormatAmount(long raw, int? minimumDecimals) => FormatGrouped(raw, Math.Max(Math.Clamp(minimumDecimals ?? 0, 0, 8), DecimalsOf(raw)));

    // FormatRounded writes a fixed-point (8 decimals) value with thousands separators, rounded half away from zero to
    // <paramref name="decimals"/> decimals (the ticket's total: a price times a quantity, shown to the price's decimals).
    public static string FormatRounded(long raw, int decimals)
    {
        decimals = Math.Clamp(decimals, 0, 8);
        long unit = 1;
        for (var d = decimals; d < 8; d++) unit *= 10;
        long half = raw < 0 ? -(unit / 2) : unit / 2;
        long rounded = raw > long.MaxValue - half || raw < long.MinValue - half ? raw : (raw + half) / unit * unit;
        return FormatGrouped(rounded, decimals);
    }

    // DecimalsOf is how many of the 8 decimals a raw value needs (0 for 1.0, 2 for 0.01).
    private static int DecimalsOf(long raw)
    {
        var decimals = 8;
        while (decimals > 0 && raw % 10 == 0)
        {
            raw /= 10;
            decimals--;
        }
        return decimals;
    }

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

// SymbolDecimals is how many decimals each symbol's prices and quantities show (from its filters, as they become known).
internal sealed class SymbolDecimals
{
    private readonly Dictionary<string, (int Price, int Quantity)> _known = new(StringComparer.Ordinal);

    // Set records a symbol's decimals; false when they were known already (nothing to redraw).
    public bool Set(string symbol, int priceDecimals, int quantityDecimals)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var decimals = (Math.Clamp(priceDecimals, 0, 8), Math.Clamp(quantityDecimals, 0, 8));
        if (_known.TryGetValue(symbol, out var known) && known == decimals) return false;
        _known[symbol] = decimals;
        return true;
    }

    public int? Price(string symbol) => _known.TryGetValue(symbol, out var d) ? d.Price : null;

    public int? Quantity(string symbol) => _known.TryGetValue(symbol, out var d) ? d.Quantity : null;
}
