using Skia.Toolkit.Widgets.Charts;
using Skia.Trader.Core.Books;
using Skia.Trader.Ui.Text;

namespace Skia.Trader.Ui.Panels;

/// <summary>
/// DepthPanel shows the book as the toolkit's <see cref="DepthChart"/>: cumulative bid and ask quantity against price
/// around the mid. <see cref="Show"/> takes the frame's book snapshot; the levels are copied into reused buffers, so a
/// book no deeper than one seen before allocates nothing.
/// </summary>
public sealed class DepthPanel
{
    private DepthLevel[] _bids = new DepthLevel[64];
    private DepthLevel[] _asks = new DepthLevel[64];

    /// <summary>Creates the panel waiting for its first book.</summary>
    public DepthPanel()
    {
        Chart = new DepthChart { Name = "depth", EmptyText = TerminalStrings.Get("depth.waiting") };
    }

    /// <summary>View is the panel's widget, to put in a layout.</summary>
    public DepthChart View => Chart;

    /// <summary>Chart is the depth chart.</summary>
    public DepthChart Chart { get; }

    /// <summary>ApplyLanguage shows the waiting text in the string table's selected language (a language change at run time).</summary>
    public void ApplyLanguage()
    {
        Chart.EmptyText = TerminalStrings.Get("depth.waiting");
        Chart.InvalidatePaint();
    }

    /// <summary>SetDecimals sets the price decimals of the axis and the readout (the symbol's price precision).</summary>
    /// <param name="priceDecimals">Decimals of a price.</param>
    public void SetDecimals(int priceDecimals) => Chart.PriceDecimals = Math.Clamp(priceDecimals, 0, 8);

    /// <summary>Show draws <paramref name="book"/>.</summary>
    /// <param name="book">The newest book snapshot of the shown symbol.</param>
    public void Show(OrderBookSnapshot book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var bids = Copy(book.Bids, ref _bids);
        var asks = Copy(book.Asks, ref _asks);
        Chart.SetBook(_bids.AsSpan(0, bids), _asks.AsSpan(0, asks));
    }

    /// <summary>Clear empties the chart (symbol switch) until the next book.</summary>
    public void Clear() => Chart.SetBook([], []);

    private static int Copy(ReadOnlySpan<BookLevel> levels, ref DepthLevel[] buffer)
    {
        if (buffer.Length < levels.Length) buffer = new DepthLevel[Math.Max(levels.Length, buffer.Length * 2)];
        for (var i = 0; i < levels.Length; i++)
        {
            buffer[i] = new DepthLevel(levels[i].Price.Raw / 100_000_000.0, levels[i].Quantity.Raw / 100_000_000.0);
        }
        return levels.Length;
    }
}
