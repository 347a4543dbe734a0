using Skia.Toolkit.Platform;
using Skia.Toolkit.Text;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class TableColumnTests
{
    private readonly record struct Fill(long Id, long TimeMs, string Side);

    private static int WriteTime(Fill f, Span<char> text)
    {
        var t = f.TimeMs;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{t / 3_600_000 % 24:00}:{t / 60_000 % 60:00}:{t / 1000 % 60:00}.{t % 1000:000}").AsSpan().TryCopyTo(text) ? 12 : 0;
    }

    private static int WriteId(Fill f, Span<char> text) => f.Id.TryFormat(text, out var n, default, System.Globalization.CultureInfo.InvariantCulture) ? n : 0;

    private static Table<Fill> FillTable(FontSpec? idFont = null) => new(
    [
        TableColumn<Fill>.Written("ID", WriteId).With(c => { c.Width = GridLength.Fixed(80); c.Font = idFont; }),
        TableColumn<Fill>.Text("Side", f => f.Side).With(c => c.Width = GridLength.Fixed(60)),
    ]);

    [Fact]
    public void A_written_column_shows_its_text_and_a_growing_list_allocates_nothing_per_row_added()
    {
        // Source order, a row added at the top per frame, as an order history grows: the display order
        // buffer is reused and written cells are drawn without a string per row.
        var items = new List<Fill>(capacity: 4_000);
        for (var i = 0; i < 1_000; i++) items.Insert(0, new Fill(10_000 + i, i * 1000L, i % 2 == 0 ? "BUY" : "SELL"));
        var table = FillTable(FontSpec.Mono(13));
        table.Items = items;
        using var window = new HeadlessWindow(table, 300, 200);
        long drawn = 0;
        void AddRow()
        {
            items.Insert(0, new Fill(10_000 + items.Count, items.Count * 1000L, "BUY"));
            table.Refresh();
            drawn += window.RenderFrame().WidgetsRendered;
        }
        for (var n = 0; n < 1_100; n++) AddRow(); // past one doubling of the order buffer
        drawn = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var n = 0; n < 200; n++) AddRow();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(drawn >= 200, $"the measured frames drew {drawn} widgets");
        Assert.Equal(12_299L, table.ItemAt(0).Id);

        // The id cell of the top row is drawn: text-coloured pixels in it, none beyond the text.
        using var frame = window.Capture();
        var top = table.HeaderHeight;
        Assert.True(CountBright(frame, new SKRectI(0, (int)top, 80, (int)(top + table.List.RowHeight))) > 20);
    }

    [Fact]
    public void A_written_column_sorts_by_its_text_unless_given_a_comparison()
    {
        Fill[] items = [new(3, 50_000, "BUY"), new(20, 10_000, "SELL"), new(100, 30_000, "BUY")];
        var table = new Table<Fill>(
        [
            TableColumn<Fill>.Written("ID", WriteId),
            TableColumn<Fill>.Written("Time", WriteTime),
        ]);
        table.Items = items;
        table.SortBy(1);
        Assert.Equal([20L, 100L, 3L], [table.ItemAt(0).Id, table.ItemAt(1).Id, table.ItemAt(2).Id]);
        table.SortBy(0); // ordinal text: "100" < "20" < "3"
        Assert.Equal([100L, 20L, 3L], [table.ItemAt(0).Id, table.ItemAt(1).Id, table.ItemAt(2).Id]);
        table.Columns[0].Comparison = (a, b) => a.Id.CompareTo(b.Id);
        table.SortBy(0);
        Assert.Equal([3L, 20L, 100L], [table.ItemAt(0).Id, table.ItemAt(1).Id, table.ItemAt(2).Id]);
    }

    [Fact]
    public void A_column_font_draws_that_columns_cells_in_it_and_leaves_the_others()
    {
        Fill[] items = [new(1234567, 0, "BUY"), new(7654321, 0, "SELL")];
        using var proportional = Render(null);
        using var mono = Render(FontSpec.Mono(13));
        var idCells = new SKRectI(0, 30, 80, 70);
        var sideCells = new SKRectI(80, 30, 140, 70);
        Assert.True(CountDifferent(proportional, mono, idCells) > 20, "the id cells should change font");
        Assert.Equal(0, CountDifferent(proportional, mono, sideCells));

        SKBitmap Render(FontSpec? font)
        {
            var table = FillTable(font);
            table.Items = items;
            using var window = new HeadlessWindow(table, 200, 80);
            return window.Capture();
        }
    }

    [Fact]
    public void A_cell_writer_that_overruns_its_buffer_is_reported()
    {
        var table = new Table<Fill>([TableColumn<Fill>.Written("ID", (_, text) => text.Length + 1)]);
        table.Items = [new Fill(1, 0, "BUY")];
        using var window = new HeadlessWindow(table, 200, 80);
        var error = Assert.Throws<InvalidOperationException>(() => window.RenderFrame());
        Assert.Contains("'ID'", error.Message);
    }

    private static int CountBright(SKBitmap bitmap, SKRectI area)
    {
        var n = 0;
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red + c.Green + c.Blue > 300) n++;
            }
        }
        return n;
    }

    private static int CountDifferent(SKBitmap a, SKBitmap b, SKRectI area)
    {
        var n = 0;
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                if (a.GetPixel(x, y) != b.GetPixel(x, y)) n++;
            }
        }
        return n;
    }
}
