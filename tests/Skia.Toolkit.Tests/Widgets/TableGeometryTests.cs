using Skia.Toolkit.Testing;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

/// <summary>The Table's public header geometry (HeaderRect, HeaderAt) and TestWindow.ClickHeader, checked against the drawn header and the sort a click makes.</summary>
public class TableGeometryTests
{
    private sealed record Quote(string Symbol, decimal Bid, decimal Ask);

    private static readonly Quote[] Quotes = [new("ETHUSDT", 1650.1m, 1650.2m), new("BTCUSDT", 27123.4m, 27123.5m), new("SOLUSDT", 21.37m, 21.38m)];

    // The table sits right of and below other widgets, so table and window coordinates differ.
    private static (Dock Page, Table<Quote> Table) Page()
    {
        var table = new Table<Quote>(
        [
            TableColumn<Quote>.Text("Symbol", q => q.Symbol).With(c => c.Width = GridLength.Fixed(90)),
            TableColumn<Quote>.Numeric("Bid", q => q.Bid, 2),
            TableColumn<Quote>.Numeric("Ask", q => q.Ask, 2).With(c => c.Width = GridLength.Star(2)),
        ]);
        table.Items = Quotes;
        var page = new Dock();
        page.Add(new Rectangle { Width = 40, Fill = SKColors.DarkSlateBlue }, DockSide.Left);
        page.Add(new Rectangle { Height = 30, Fill = SKColors.DarkSlateBlue }, DockSide.Top);
        page.Add(table, DockSide.Top);
        return (page, table);
    }

    [Fact]
    public void Header_rects_tile_the_header_and_match_the_drawn_separators()
    {
        var (page, table) = Page();
        using var window = new TestWindow(page, 400, 200);
        using var frame = window.Capture();
        var origin = table.BoundsInWindow.Location;
        Assert.Equal(new SKPoint(40, 30), origin);
        var theme = Theme.Dark;
        Assert.Equal(0, table.HeaderRect(0).Left);
        Assert.Equal(90, table.HeaderRect(0).Width);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var rect = table.HeaderRect(i);
            Assert.Equal(new SKRect(table.ColumnLeft(i), 0, table.ColumnLeft(i) + table.ColumnWidth(i), table.HeaderHeight), rect);
            if (i > 0) Assert.Equal(table.HeaderRect(i - 1).Right, rect.Left);
            var y = (int)(origin.Y + rect.MidY);
            // The header band is drawn over the rect; the separator line is its last pixel column (not after the last column).
            Assert.Equal(theme.SurfaceRaised, frame.GetPixel((int)(origin.X + rect.Left + 3), y));
            if (i < table.Columns.Count - 1) Assert.Equal(theme.Border, frame.GetPixel((int)(origin.X + rect.Right) - 1, y));
            // The header's bottom line is the rect's last pixel row; the rows start below it.
            Assert.Equal(theme.Border, frame.GetPixel((int)(origin.X + rect.Left + 3), (int)(origin.Y + rect.Bottom) - 1));
        }
        // Star columns share what the fixed one and the scroll bar leave: 400 - 40 - 90 - 8 = 262, one part to Bid, two to Ask.
        Assert.Equal(MathF.Round(262 / 3f), table.ColumnWidth(1));
        Assert.Equal(MathF.Round(262 * 2 / 3f), table.ColumnWidth(2));
    }

    [Fact]
    public void HeaderAt_finds_the_column_a_click_sorts_by_and_nothing_on_edges_or_below()
    {
        var (page, table) = Page();
        using var window = new TestWindow(page, 400, 200);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var rect = table.HeaderRect(i);
            Assert.Equal(i, table.HeaderAt(new SKPoint(rect.MidX, rect.MidY)));
            Assert.Equal(-1, table.HeaderAt(new SKPoint(rect.Right, rect.MidY))); // the resize grip
        }
        Assert.Equal(-1, table.HeaderAt(new SKPoint(20, table.HeaderHeight + 5))); // a row, not the header
        Assert.Equal(-1, table.HeaderAt(new SKPoint(20, -1)));

        // A click at a point HeaderAt names sorts by that column.
        var bid = table.HeaderRect(1);
        var origin = table.BoundsInWindow.Location;
        window.Click(new SKPoint(origin.X + bid.Left + 10, origin.Y + bid.MidY));
        Assert.Equal(1, table.SortColumn);
        Assert.Throws<ArgumentOutOfRangeException>(() => table.HeaderRect(3));
    }

    [Fact]
    public void ClickHeader_sorts_ascending_then_descending_like_a_user_click()
    {
        var (page, table) = Page();
        using var window = new TestWindow(page, 400, 200);
        window.ClickHeader(table, 2);
        Assert.Equal(2, table.SortColumn);
        Assert.False(table.SortDescending);
        Assert.Equal(["SOLUSDT", "ETHUSDT", "BTCUSDT"], Enumerable.Range(0, 3).Select(i => table.ItemAt(i).Symbol));
        Assert.Contains("columns=Symbol|Bid|Ask(asc)", window.ToMarkup(), StringComparison.Ordinal);

        window.ClickHeader(table, 2);
        Assert.True(table.SortDescending);
        Assert.Equal("BTCUSDT", table.ItemAt(0).Symbol);

        window.ClickHeader(table, 0);
        Assert.Equal(0, table.SortColumn);
        Assert.Equal("BTCUSDT", table.ItemAt(0).Symbol);
    }

    [Fact]
    public void ClickHeader_refuses_a_table_that_is_not_shown_and_a_header_out_of_view()
    {
        var (page, table) = Page();
        using var window = new TestWindow(page, 400, 200);
        var other = new Table<Quote>([TableColumn<Quote>.Text("Symbol", q => q.Symbol)]);
        Assert.Throws<ArgumentException>(() => window.ClickHeader(other, 0));

        table.Columns[0].Width = GridLength.Fixed(500); // pushes Bid and Ask past the window's right edge
        var error = Assert.Throws<ArgumentException>(() => window.ClickHeader(table, 2));
        Assert.Contains("column 2 ('Ask')", error.Message, StringComparison.Ordinal);
    }
}
