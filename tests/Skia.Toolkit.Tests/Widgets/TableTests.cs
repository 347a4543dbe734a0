using Skia.Toolkit.Platform;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class TableTests
{
    private static readonly GoldenImages Goldens = GoldenImages.NextToTest();

    private sealed class Trade(string symbol, decimal price, decimal size, bool buy)
    {
        public string Symbol { get; } = symbol;
        public decimal Price { get; set; } = price;
        public decimal Size { get; set; } = size;
        public bool Buy { get; } = buy;
        public string Side => Buy ? "BUY" : "SELL";
    }

    private static Table<Trade> TradeTable() => new(
    [
        TableColumn<Trade>.Text("Symbol", t => t.Symbol),
        TableColumn<Trade>.Text("Side", t => t.Side).With(c => c.CellColor = (t, theme) => t.Buy ? theme.Positive : theme.Negative),
        TableColumn<Trade>.Numeric("Price", t => t.Price, 2),
        TableColumn<Trade>.Numeric("Size", t => t.Size, 5),
    ]);

    private static Trade[] Sample() =>
    [
        new("BTCUSDT", 27123.45m, 0.01234m, true),
        new("ETHUSDT", 1650.10m, 1.5m, false),
        new("BTCUSDT", 27119.00m, 0.5m, false),
        new("SOLUSDT", 21.37m, 120m, true),
        new("ETHUSDT", 1650.10m, 0.25m, true),
    ];

    [Fact]
    public void A_million_rows_realise_only_the_visible_rows()
    {
        // Sorting a million rows is measured in perf/, not here: this test proves virtualisation.
        var items = new Trade[1_000_000];
        for (var i = 0; i < items.Length; i++) items[i] = new Trade("BTCUSDT", i, 1, i % 2 == 0);
        var table = TradeTable();
        table.Items = items;
        using var window = new HeadlessWindow(table, 500, 400);
        window.RenderFrame();
        var visible = (int)Math.Ceiling((400 - table.HeaderHeight) / table.List.RowHeight);
        Assert.InRange(table.RealizedRowCount, visible - 1, visible + 1);

        table.List.ScrollToIndex(999_999);
        window.RenderFrame();
        Assert.Equal(999_999m, table.ItemAt(999_999).Price);
        Assert.InRange(table.RealizedRowCount, visible - 1, visible + 1);
        Assert.InRange(table.List.Children.Count, visible, visible + 3);
        Assert.Contains("items=1000000", window.Root.ToMarkup());
    }

    [Fact]
    public void Header_click_sorts_stably_and_second_click_reverses()
    {
        var table = TradeTable();
        var items = Sample();
        table.Items = items;
        using var window = new HeadlessWindow(table, 500, 200);
        window.RenderFrame();
        var priceHeader = new SKPoint(table.ColumnWidth(0) + table.ColumnWidth(1) + 20, table.HeaderHeight / 2);
        window.Root.DispatchPointerDown(priceHeader);
        window.Root.DispatchPointerUp(priceHeader);
        Assert.Equal(2, table.SortColumn);
        Assert.Equal([21.37m, 1650.10m, 1650.10m, 27119.00m, 27123.45m], Enumerable.Range(0, 5).Select(i => table.ItemAt(i).Price));
        // Equal prices keep source order: the 1.5 lot came before the 0.25 lot.
        Assert.Same(items[1], table.ItemAt(1));
        Assert.Same(items[4], table.ItemAt(2));
        Assert.Contains("columns=Symbol|Side|Price(asc)|Size", window.Root.ToMarkup());

        window.Root.DispatchPointerDown(priceHeader);
        window.Root.DispatchPointerUp(priceHeader);
        Assert.True(table.SortDescending);
        Assert.Equal(27123.45m, table.ItemAt(0).Price);
        Assert.Same(items[1], table.ItemAt(2)); // still stable when descending
        Assert.Contains("Price(desc)", window.Root.ToMarkup());
    }

    [Fact]
    public void Rows_changing_while_sorted_re_sort_and_keep_the_selected_item()
    {
        var table = TradeTable();
        var items = Sample();
        table.Items = items;
        table.SortBy(2);
        using var window = new HeadlessWindow(table, 500, 200);
        window.RenderFrame();
        table.SelectedIndex = 0; // SOLUSDT 21.37
        Assert.Same(items[3], table.SelectedItem);

        items[3].Price = 30000m; // now the most expensive
        table.Refresh();
        window.RenderFrame();
        Assert.Same(items[3], table.ItemAt(4));
        Assert.Equal(4, table.SelectedIndex);
        Assert.Same(items[3], table.SelectedItem);

        table.Items = items.Take(2).ToArray(); // the selected item is gone
        window.RenderFrame();
        Assert.Equal(-1, table.SelectedIndex);
        Assert.Null(table.SelectedItem);
    }

    [Fact]
    public void Data_shrinking_under_the_scroll_position_leaves_a_sensible_table()
    {
        var table = TradeTable();
        table.Items = Enumerable.Range(0, 5000).Select(i => new Trade("X", i, 1, true)).ToArray();
        using var window = new HeadlessWindow(table, 400, 200);
        window.RenderFrame();
        table.List.ScrollToIndex(4999);
        window.RenderFrame();
        table.Items = Sample();
        window.RenderFrame();
        Assert.Equal(0, table.List.ScrollOffset);
        Assert.Equal(5, table.RealizedRowCount);
        table.Items = [];
        using var empty = window.Capture();
        Assert.Equal(0, table.RealizedRowCount);
    }

    [Fact]
    public void Dragging_a_header_edge_resizes_the_column()
    {
        var table = TradeTable();
        table.Items = Sample();
        using var window = new HeadlessWindow(table, 500, 200);
        window.RenderFrame();
        var before = table.ColumnWidth(0);
        var edge = new SKPoint(before, table.HeaderHeight / 2);
        window.Root.DispatchPointerDown(edge);
        window.Root.DispatchPointerMove(new SKPoint(before + 40, edge.Y), Skia.Toolkit.Input.PointerButton.Left);
        window.Root.DispatchPointerUp(new SKPoint(before + 40, edge.Y));
        window.RenderFrame();
        Assert.Equal(before + 40, table.ColumnWidth(0));
        Assert.Equal(GridUnit.Fixed, table.Columns[0].Width.Unit);
        Assert.Equal(-1, table.SortColumn); // a resize is not a sort click
        window.Root.DispatchPointerDown(new SKPoint(table.ColumnWidth(0) + 2, edge.Y));
        window.Root.DispatchPointerMove(new SKPoint(-500, edge.Y), Skia.Toolkit.Input.PointerButton.Left);
        window.Root.DispatchPointerUp(new SKPoint(-500, edge.Y));
        window.RenderFrame();
        Assert.Equal(table.Columns[0].MinWidth, table.ColumnWidth(0));
    }

    [Fact]
    public void Price_updates_repaint_with_zero_allocations_after_warm_up()
    {
        var table = TradeTable();
        var items = Enumerable.Range(0, 200).Select(i => new Trade("BTCUSDT", 27000m + i, 0.5m, i % 2 == 0)).ToArray();
        table.Items = items;
        using var window = new HeadlessWindow(table, 500, 300);
        long drawn = 0;
        void Tick(int n)
        {
            for (var i = 0; i < 10; i++)
            {
                items[i].Price += 0.01m * ((n % 3) - 1);
                table.List.RefreshRow(i);
            }
            drawn += window.RenderFrame().WidgetsRendered;
        }
        for (var n = 0; n < 20; n++) Tick(n);
        drawn = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var n = 0; n < 50; n++) Tick(n);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(drawn >= 50 * 10, $"the measured frames drew {drawn} widgets");
    }

    [Fact]
    public void Table_renders_sorted_coloured_numeric_columns_in_both_themes()
    {
        WidgetState State(string name, int sort) => new(name, () =>
        {
            var t = TradeTable();
            t.Items = Sample();
            if (sort >= 0) t.SortBy(sort, descending: true);
            t.SelectedIndex = 1;
            return t;
        });
        using var strip = StateStrip.Render(380, 150, StateStrip.BothThemes, State("source-order", -1), State("by-price-desc", 2));
        Goldens.AssertMatches(strip);
    }

    [Fact]
    public void Bad_columns_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new Table<Trade>([]));
        var column = TableColumn<Trade>.Text("A", t => t.Symbol);
        _ = new Table<Trade>([column]);
        Assert.Throws<ArgumentException>(() => new Table<Trade>([column]));
        Assert.Throws<ArgumentOutOfRangeException>(() => TableColumn<Trade>.Numeric("P", t => t.Price, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => TradeTable().SortBy(4));
    }
}

internal static class TableColumnTestExtensions
{
    public static TableColumn<T> With<T>(this TableColumn<T> column, Action<TableColumn<T>> configure)
    {
        configure(column);
        return column;
    }
}

public class TableOfValuesTests
{
    [Fact]
    public void Value_type_items_start_unselected_even_when_one_equals_default()
    {
        var table = new Table<int>([TableColumn<int>.Numeric("N", x => x, 0)]) { Items = [3, 0, 7] };
        Assert.Equal(-1, table.SelectedIndex);
        table.SortBy(0);
        Assert.Equal(-1, table.SelectedIndex);
        table.SelectedIndex = 2;
        table.SortBy(0, descending: true);
        Assert.Equal(0, table.SelectedIndex);
        Assert.Equal(7, table.SelectedItem);
    }
}
