using Skia.Toolkit.Platform;
using Skia.Toolkit.Tests.Testing;
using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Tests.Widgets;

/// <summary>
/// Table.ItemsInsertedAtStart (a live history shown newest first): the rows already shown move down with their
/// pixels and only the new rows repaint, and the frame still equals the same items drawn from scratch.
/// </summary>
public class TableInsertAtStartTests
{
    private sealed record Order(int Id, decimal Price, bool Buy);

    private static Table<Order> OrderTable() => new(
    [
        TableColumn<Order>.Text("Id", o => o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        TableColumn<Order>.Text("Side", o => o.Buy ? "BUY" : "SELL").With(c => c.CellColor = (o, theme) => o.Buy ? theme.Positive : theme.Negative),
        TableColumn<Order>.Numeric("Price", o => o.Price, 2),
    ]);

    private static void AssertSameAsFromScratch(HeadlessWindow window, Table<Order> table, List<Order> items, float scale, string when)
    {
        var fresh = OrderTable();
        fresh.Items = items.ToArray();
        using var reference = new HeadlessWindow(fresh, 300, 200, scale);
        reference.RenderFrame();
        // The same view: scroll position (needs the first layout for its range) and selection.
        fresh.List.ScrollOffset = table.List.ScrollOffset;
        if (table.List.SelectedIndex >= 0) fresh.List.SelectedIndex = table.List.SelectedIndex;
        reference.RenderFrame();
        ExactPixels.AssertEqual(window, reference, $"{when} (scale {scale}): ");
    }

    [Theory]
    [InlineData(1f)]
    [InlineData(1.5f)]
    [InlineData(2f)]
    public void Orders_inserted_at_the_start_equal_a_frame_drawn_from_scratch(float scale)
    {
        var random = new Random(77);
        var items = new List<Order>();
        for (var i = 0; i < 500; i++) items.Add(new Order(i, 100 + i, i % 3 == 0));
        var table = OrderTable();
        table.Items = items; // the table reads the live list
        using var window = new HeadlessWindow(table, 300, 200, scale);
        window.RenderFrame();

        var id = 1000;
        for (var frame = 0; frame < 30; frame++)
        {
            var count = random.Next(1, 4);
            for (var n = 0; n < count; n++) items.Insert(0, new Order(id++, random.Next(1, 100000) / 100m, random.Next(2) == 0));
            table.ItemsInsertedAtStart(count);
            // Now and then the view leaves the top or a row is selected: the fallback repaints every row.
            if (frame == 10) table.List.ScrollOffset = 45;
            if (frame == 12) table.List.ScrollOffset = 0;
            if (frame == 20) table.List.SelectedIndex = 2;
            if (frame == 22) table.List.SelectedIndex = -1;
            window.RenderFrame();
            AssertSameAsFromScratch(window, table, items, scale, $"frame {frame}, {count} inserted");
        }
    }

    [Fact]
    public void One_order_inserted_at_the_start_repaints_one_row_not_the_table()
    {
        var items = new List<Order>();
        for (var i = 0; i < 500; i++) items.Add(new Order(i, 100 + i, i % 3 == 0));
        var table = OrderTable();
        table.Items = items;
        using var window = new HeadlessWindow(table, 300, 200);
        window.RenderFrame();

        items.Insert(0, new Order(9999, 1.5m, true));
        table.ItemsInsertedAtStart(1);
        var stats = window.RenderFrame();
        // The new row (grown by 1 px) and the thumb's strip; the table's 300 x 200 would be 60,000 px.
        Assert.InRange(stats.PixelsRepainted, 1, 300 * (long)(table.List.RowHeight + 4) + 40 * 20);
        AssertSameAsFromScratch(window, table, items, 1, "one inserted");
    }
}
