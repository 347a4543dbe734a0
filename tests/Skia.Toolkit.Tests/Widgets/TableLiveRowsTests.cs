using System.Globalization;
using CsCheck;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Tests.Testing;
using Skia.Toolkit.Widgets;

namespace Skia.Toolkit.Tests.Widgets;

/// <summary>
/// A live, sorted and filtered Table: <see cref="Table{T}.Filter"/> and <see cref="Table{T}.RowsChanged"/> against a
/// naive model (filter with LINQ, then a stable sort of the survivors), and the frame against one drawn from scratch.
/// </summary>
public class TableLiveRowsTests
{
    private sealed class Row(int id, string name, decimal price, int qty)
    {
        public int Id { get; } = id;
        public string Name { get; set; } = name;
        public decimal Price { get; set; } = price;
        public int Qty { get; set; } = qty;
    }

    private static readonly string[] Names = ["BTC", "ETH", "SOL", "BNB", "XRP"];

    // Every kind of column the table sorts: text, numeric (scaled-long path), written (ordinal "10" < "9") and a Comparison.
    private static Table<Row> RowTable() => new(
    [
        TableColumn<Row>.Text("Name", r => r.Name),
        TableColumn<Row>.Numeric("Price", r => r.Price, 2),
        TableColumn<Row>.Written("Id", static (r, span) => r.Id.TryFormat(span, out var n, provider: CultureInfo.InvariantCulture) ? n : 0),
        TableColumn<Row>.Numeric("Qty", r => r.Qty, 0).With(c => c.Comparison = (a, b) => (a.Qty % 7).CompareTo(b.Qty % 7)),
    ]);

    // The model's own idea of each column's order, written independently of TableOrder.
    private static int ModelCompare(Row a, Row b, int column) => column switch
    {
        0 => string.CompareOrdinal(a.Name, b.Name),
        1 => a.Price.CompareTo(b.Price),
        2 => string.CompareOrdinal(a.Id.ToString(CultureInfo.InvariantCulture), b.Id.ToString(CultureInfo.InvariantCulture)),
        3 => (a.Qty % 7).CompareTo(b.Qty % 7),
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    private static readonly Predicate<Row>?[] Filters =
    [
        null,
        r => r.Price >= 50m,
        r => r.Name is "BTC" or "SOL",
        r => r.Qty % 2 == 0,
    ];

    private static List<int> ModelOrder(Row[] items, int sortColumn, bool descending, Predicate<Row>? filter)
    {
        var shown = Enumerable.Range(0, items.Length).Where(i => filter == null || filter(items[i])).ToList();
        if (sortColumn >= 0)
        {
            shown.Sort((a, b) =>
            {
                var c = Math.Sign(ModelCompare(items[a], items[b], sortColumn));
                if (descending) c = -c;
                return c != 0 ? c : a.CompareTo(b);
            });
        }
        return shown;
    }

    private static Row RandomRow(int id, Random random) =>
        // Few names and coarse prices so that ties are common and the tie rule (source order) is exercised.
        new(id, Names[random.Next(Names.Length)], random.Next(0, 20) * 5.25m, random.Next(0, 30));

    private static void Mutate(Row row, Random random)
    {
        switch (random.Next(3))
        {
            case 0: row.Price = random.Next(0, 20) * 5.25m; break;
            case 1: row.Name = Names[random.Next(Names.Length)]; break;
            default: row.Qty = random.Next(0, 30); break;
        }
    }

    [Fact]
    public void Filter_sort_and_row_changes_in_any_sequence_show_what_a_from_scratch_filter_and_sort_shows()
    {
        Gen.Int[0, int.MaxValue].Array[1, 40].Sample(ops =>
        {
            var random = new Random(ops[0]);
            var items = new Row[random.Next(0, 60)];
            for (var i = 0; i < items.Length; i++) items[i] = RandomRow(i, random);
            var table = RowTable();
            table.Items = items;
            var sortColumn = -1;
            var descending = false;
            Predicate<Row>? filter = null;
            var selected = -1; // the selected row's source index in the model
            foreach (var op in ops)
            {
                var kind = op % 6;
                switch (kind)
                {
                    case 0 or 1 when items.Length > 0:
                    {
                        // Some rows change in place (kind 0) or are replaced by new objects (kind 1), then are reported.
                        var changed = new int[1 + (op / 6 % 5)];
                        for (var k = 0; k < changed.Length; k++)
                        {
                            var i = random.Next(items.Length);
                            changed[k] = i;
                            if (kind == 0) Mutate(items[i], random);
                            else items[i] = RandomRow(items[i].Id, random);
                        }
                        table.RowsChanged(changed);
                        break;
                    }
                    case 2:
                        sortColumn = (op / 6 % 5) - 1;
                        descending = op / 30 % 2 == 1;
                        table.SortBy(sortColumn, descending);
                        break;
                    case 3:
                        filter = Filters[op / 6 % Filters.Length];
                        table.Filter = filter;
                        if (selected >= 0 && filter != null && !filter(items[selected])) selected = -1;
                        break;
                    case 4 when table.DisplayCount > 0:
                        table.SelectedIndex = op / 6 % table.DisplayCount;
                        selected = table.SourceIndexAt(table.SelectedIndex);
                        break;
                    case 5 when items.Length > 0:
                        // Changed without a notice, then a full Refresh re-reads everything.
                        Mutate(items[random.Next(items.Length)], random);
                        table.Refresh();
                        break;
                }
                if (selected >= 0 && filter != null && !filter(items[selected])) selected = -1;

                var expected = ModelOrder(items, sortColumn, descending, filter);
                var actual = Enumerable.Range(0, table.DisplayCount).Select(table.SourceIndexAt).ToList();
                Assert.Equal(expected, actual);
                for (var d = 0; d < expected.Count; d++)
                {
                    Assert.Same(items[expected[d]], table.ItemAt(d));
                    Assert.Equal(d, table.DisplayIndexOf(expected[d]));
                }
                Assert.Equal(selected < 0 ? -1 : expected.IndexOf(selected), table.SelectedIndex);
                Assert.Same(selected < 0 ? null : items[selected], table.SelectedItem);
            }

            // And a table built afresh on the final items agrees.
            var fresh = RowTable();
            fresh.Items = items;
            fresh.SortBy(sortColumn, descending);
            fresh.Filter = filter;
            Assert.Equal(Enumerable.Range(0, fresh.DisplayCount).Select(fresh.SourceIndexAt), Enumerable.Range(0, table.DisplayCount).Select(table.SourceIndexAt));
        }, iter: 300);
    }

    private static void AssertSameAsFromScratch(HeadlessWindow window, Table<Row> table, Row[] items, Predicate<Row>? filter, string when)
    {
        var fresh = RowTable();
        fresh.Items = items;
        fresh.SortBy(table.SortColumn, table.SortDescending);
        fresh.Filter = filter;
        using var reference = new HeadlessWindow(fresh, 360, 220);
        reference.RenderFrame();
        fresh.List.ScrollOffset = table.List.ScrollOffset;
        if (table.SelectedIndex >= 0) fresh.SelectedIndex = table.SelectedIndex;
        reference.RenderFrame();
        ExactPixels.AssertEqual(window, reference, $"{when}: ");
    }

    [Fact]
    public void Frames_after_row_changes_under_sort_and_filter_equal_frames_drawn_from_scratch()
    {
        // Only the rows whose content changed are repainted, so a wrong row range shows here as stale pixels.
        var random = new Random(11);
        var items = new Row[300];
        for (var i = 0; i < items.Length; i++) items[i] = RandomRow(i, random);
        var table = RowTable();
        table.Items = items;
        table.SortBy(1, descending: true);
        using var window = new HeadlessWindow(table, 360, 220);
        window.RenderFrame();
        Predicate<Row>? filter = null;
        for (var frame = 0; frame < 40; frame++)
        {
            if (frame == 5) table.Filter = filter = Filters[1];
            if (frame == 12) table.List.ScrollOffset = 200;
            if (frame == 20) table.SelectedIndex = 3;
            if (frame == 28) table.Filter = filter = Filters[2];
            if (frame == 33) table.List.ScrollOffset = 0;
            var changed = new int[random.Next(1, 9)];
            for (var k = 0; k < changed.Length; k++)
            {
                changed[k] = random.Next(items.Length);
                Mutate(items[changed[k]], random);
            }
            table.RowsChanged(changed);
            window.RenderFrame();
            AssertSameAsFromScratch(window, table, items, filter, $"frame {frame}");
        }
    }

    [Fact]
    public void Rows_entering_and_leaving_a_short_filtered_table_equal_frames_drawn_from_scratch()
    {
        // About as many rows as the viewport holds: rows are hidden and realised again, the scroll thumb comes and goes.
        var random = new Random(23);
        var items = new Row[14];
        for (var i = 0; i < items.Length; i++) items[i] = RandomRow(i, random);
        var table = RowTable();
        table.Items = items;
        table.SortBy(0);
        table.Filter = Filters[1];
        using var window = new HeadlessWindow(table, 360, 220);
        window.RenderFrame();
        Assert.Contains($"shown={table.DisplayCount}", window.Root.ToMarkup(), StringComparison.Ordinal);
        for (var frame = 0; frame < 40; frame++)
        {
            var i = random.Next(items.Length);
            items[i].Price = random.Next(0, 20) * 5.25m; // crosses the filter's 50 about half the time
            table.RowsChanged(i);
            window.RenderFrame();
            AssertSameAsFromScratch(window, table, items, Filters[1], $"frame {frame}, {table.DisplayCount} shown");
        }
    }

    [Fact]
    public void A_change_that_stays_below_the_visible_rows_repaints_nothing()
    {
        var items = new Row[1000];
        for (var i = 0; i < items.Length; i++) items[i] = new Row(i, "BTC", i, 1);
        var table = RowTable();
        table.Items = items;
        table.SortBy(1);
        using var window = new HeadlessWindow(table, 360, 220);
        window.RenderFrame();
        Assert.False(window.Root.NeedsFrame);

        items[900].Price = 950.5m; // from display row 900 to 950: far below the ~10 rows shown
        table.RowsChanged(900);
        Assert.False(window.Root.NeedsFrame);
        Assert.Equal(950, table.DisplayIndexOf(900));

        items[900].Price = -1m; // to the top: the visible rows all shift down by one
        table.RowsChanged(900);
        Assert.True(window.Root.NeedsFrame);
        Assert.Same(items[900], table.ItemAt(0));
    }

    [Fact]
    public void The_selection_follows_its_row_and_is_dropped_when_the_filter_hides_it()
    {
        var items = new Row[] { new(0, "BTC", 10m, 1), new(1, "ETH", 20m, 2), new(2, "SOL", 30m, 3) };
        var table = RowTable();
        table.Items = items;
        table.SortBy(1);
        var changes = 0;
        table.SelectionChanged += (_, _) => changes++;
        table.SelectedIndex = 0;
        Assert.Equal(1, changes);

        items[0].Price = 99m;
        table.RowsChanged(0);
        Assert.Equal(2, table.SelectedIndex); // moved to the end, still selected
        Assert.Same(items[0], table.SelectedItem);
        Assert.Equal(1, changes); // the same row: no selection change

        table.Filter = r => r.Price < 50m;
        Assert.Equal(-1, table.SelectedIndex);
        Assert.Null(table.SelectedItem);
        Assert.Equal(2, changes);
        Assert.Equal(2, table.DisplayCount);
        Assert.Equal(-1, table.DisplayIndexOf(0));
    }

    [Fact]
    public void A_bad_row_index_is_refused_and_changes_nothing()
    {
        var items = new Row[] { new(0, "BTC", 10m, 1), new(1, "ETH", 20m, 2) };
        var table = RowTable();
        table.Items = items;
        table.SortBy(1);
        items[0].Price = 30m;
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => table.RowsChanged(0, 2));
        Assert.Contains("0..1", error.Message, StringComparison.Ordinal);
        Assert.Same(items[0], table.ItemAt(0)); // the valid index was not applied either
    }

    [Fact]
    public void Rows_added_to_the_items_are_picked_up_by_a_change_notice_through_a_full_refresh()
    {
        var items = new List<Row> { new(0, "BTC", 10m, 1), new(1, "ETH", 20m, 2) };
        var table = RowTable();
        table.Items = items;
        table.SortBy(1, descending: true);
        items.Add(new Row(2, "SOL", 15m, 3));
        table.RowsChanged(2);
        Assert.Equal([1, 2, 0], Enumerable.Range(0, table.DisplayCount).Select(table.SourceIndexAt));
    }

    [Theory]
    [InlineData(1)] // numeric
    [InlineData(2)] // written: compared in stack buffers
    public void Steady_frames_of_50k_sorted_filtered_rows_with_changes_allocate_nothing(int sortColumn)
    {
        var random = new Random(5);
        var items = new Row[50_000];
        for (var i = 0; i < items.Length; i++) items[i] = RandomRow(i, random);
        var table = RowTable();
        table.Items = items;
        table.SortBy(sortColumn, descending: true);
        table.Filter = r => r.Qty % 2 == 0;
        using var window = new HeadlessWindow(table, 600, 400);
        window.RenderFrame();
        // 500 changes a second at 60 frames a second: 8 or 9 rows a frame.
        var changed = new int[9];
        var prices = new decimal[20];
        for (var p = 0; p < prices.Length; p++) prices[p] = p * 5.25m;

        void Frame()
        {
            for (var k = 0; k < changed.Length; k++)
            {
                var i = random.Next(items.Length);
                changed[k] = i;
                items[i].Price = prices[random.Next(prices.Length)];
                items[i].Qty = random.Next(0, 30);
            }
            table.RowsChanged(changed);
            window.RenderFrame();
        }

        for (var f = 0; f < 30; f++) Frame(); // warm: the JIT, the row pool, caches
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var f = 0; f < 60; f++) Frame();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
