using Skia.Toolkit.Platform;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

/// <summary>A flashing numeric column: a cell that rose shows green for one frame, one that fell red, keyed by row identity.</summary>
public class TableFlashTests
{
    private sealed class Ticker(string symbol, decimal price)
    {
        public string Symbol { get; } = symbol;
        public decimal Price { get; set; } = price;
    }

    private sealed record Quote(string Symbol, decimal Price);

    private const int PriceColumn = 1;

    private static readonly Skia.Toolkit.Testing.GoldenImages Goldens = Skia.Toolkit.Testing.GoldenImages.NextToTest();

    private static Table<Ticker> TickerTable()
    {
        var table = new Table<Ticker>(
        [
            TableColumn<Ticker>.Text("Symbol", t => t.Symbol),
            TableColumn<Ticker>.Numeric("Price", t => t.Price, 2),
        ]);
        table.Columns[PriceColumn].FlashesOnChange = true;
        return table;
    }

    private static Ticker[] Tickers(int n) => Enumerable.Range(0, n).Select(i => new Ticker("SYM" + i, 100m + i)).ToArray();

    // A background pixel of a price cell: at the cell's left, away from the right-aligned digits.
    private static SKPoint CellPoint<T>(Table<T> table, int displayRow)
    {
        var top = table.HeaderHeight + ((displayRow - table.List.FirstVisibleIndex) * table.List.RowHeight) - (float)(table.List.ScrollOffset % table.List.RowHeight);
        return new SKPoint(table.ColumnLeft(PriceColumn) + 4, top + (table.List.RowHeight / 2));
    }

    // Flash of a cell in the back buffer: +1 green wash, -1 red wash, 0 the normal background. A wash moves
    // green against red (on a dark surface green rises; on white red falls), which a hover or selection does not.
    private static int FlashAt(HeadlessWindow window, SKPoint point, SKColor normal)
    {
        using var frame = window.Backend.Snapshot();
        var p = frame.GetPixel((int)point.X, (int)point.Y);
        if (p == normal) return 0;
        var tilt = (p.Green - p.Red) - (normal.Green - normal.Red);
        if (tilt > 12) return 1;
        if (tilt < -12) return -1;
        throw new Xunit.Sdk.XunitException($"cell background {p} is neither normal ({normal}) nor a flash");
    }

    // Every visible price cell's flash, top to bottom.
    private static int[] Flashes<T>(HeadlessWindow window, Table<T> table, SKColor normal)
    {
        var first = table.List.FirstVisibleIndex;
        var rows = (int)((window.Root.LogicalSize.Height - table.HeaderHeight) / table.List.RowHeight) - 1;
        return Enumerable.Range(first, Math.Min(rows, table.Items.Count - first)).Select(i => FlashAt(window, CellPoint(table, i), normal)).ToArray();
    }

    private static SKColor NormalBackground(HeadlessWindow window, Table<Ticker> table, int row)
    {
        using var frame = window.Backend.Snapshot();
        var at = CellPoint(table, row);
        return frame.GetPixel((int)at.X, (int)at.Y);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_rise_flashes_green_and_a_fall_red_for_one_frame(bool dark)
    {
        var table = TickerTable();
        var items = Tickers(10);
        table.Items = items;
        using var window = new HeadlessWindow(table, 300, 260);
        window.Root.Theme = dark ? Theme.Dark : Theme.Light;
        window.RenderFrame();
        var normal = NormalBackground(window, table, 0);
        Assert.All(Flashes(window, table, normal), f => Assert.Equal(0, f));

        items[2].Price += 0.01m;
        items[5].Price -= 1m;
        table.Refresh();
        window.RenderFrame();
        var flashes = Flashes(window, table, normal);
        Assert.Equal(1, flashes[2]);
        Assert.Equal(-1, flashes[5]);
        Assert.Equal(flashes.Length - 2, flashes.Count(f => f == 0));

        // The next frame, with no change, draws them normally again; the one after has nothing left to do.
        var next = window.RenderFrame();
        Assert.True(next.PixelsRepainted > 0, "the frame after a flash must repaint the flashed rows");
        Assert.All(Flashes(window, table, normal), f => Assert.Equal(0, f));
        Assert.Equal(0, window.RenderFrame().PixelsRepainted);
    }

    [Fact]
    public void A_flash_lasts_one_frame_interval_even_when_other_frames_repaint_its_row()
    {
        var clock = new ManualClock();
        var table = TickerTable();
        var items = Tickers(10);
        table.Items = items;
        using var window = new HeadlessWindow(table, 300, 260);
        window.Root.Damage.Time = clock;
        window.RenderFrame();
        var normal = NormalBackground(window, table, 0);
        var interval = window.Root.Damage.FrameInterval;
        clock.Advance(interval);

        items[2].Price += 1m;
        table.Refresh();
        window.RenderFrame();
        Assert.Equal(1, Flashes(window, table, normal)[2]);

        // Frames inside the same interval that repaint the row for other reasons (a re-bind, a hover) still show
        // the flash: whether a cell flashes no longer depends on which frames happen to repaint it.
        clock.Advance(interval / 3);
        table.Refresh();
        window.RenderFrame();
        Assert.Equal(1, Flashes(window, table, normal)[2]);
        var row = CellPoint(table, 2);
        window.Root.DispatchPointerMove(new SKPoint(row.X + 60, row.Y));
        window.Root.DispatchPointerMove(new SKPoint(100, 5));
        window.RenderFrame();
        Assert.Equal(1, Flashes(window, table, normal)[2]);

        // One interval after the frame that first showed it, the flash is over and that frame repaints the row.
        clock.Advance(interval - (interval / 3));
        Assert.True(window.Root.NeedsFrame);
        Assert.True(window.RenderFrame().PixelsRepainted > 0);
        Assert.All(Flashes(window, table, normal), f => Assert.Equal(0, f));
    }

    [Fact]
    public void Flashing_cells_render_in_both_themes()
    {
        // Columns: steady; the frame right after a rise (SYM1) and a fall (SYM3); the frame after that. The
        // back buffer is read directly: Capture would render one more frame and the flash would be gone.
        const int width = 220, height = 170;
        Action<Ticker[], Table<Ticker>, HeadlessWindow>[] states =
        [
            (_, _, _) => { },
            (items, table, _) =>
            {
                items[1].Price += 0.25m;
                items[3].Price -= 2m;
                table.Refresh();
            },
            (items, table, window) =>
            {
                items[1].Price += 0.25m;
                items[3].Price -= 2m;
                table.Refresh();
                window.RenderFrame();
            },
        ];
        using var strip = new SKBitmap(width * states.Length, height * 2, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(strip);
        for (var row = 0; row < 2; row++)
        {
            for (var col = 0; col < states.Length; col++)
            {
                var items = Tickers(6);
                var table = TickerTable();
                table.Items = items;
                using var window = new HeadlessWindow(table, width, height);
                window.Root.Theme = StateStrip.BothThemes[row];
                window.RenderFrame();
                states[col](items, table, window);
                window.RenderFrame();
                using var cell = window.Backend.Snapshot();
                using var image = SKImage.FromBitmap(cell);
                canvas.DrawImage(image, col * width, row * height, SKSamplingOptions.Default);
            }
        }
        canvas.Flush();
        Goldens.AssertMatches(strip);
    }

    [Fact]
    public void A_refresh_without_a_change_does_not_flash()
    {
        var table = TickerTable();
        var items = Tickers(10);
        table.Items = items;
        using var window = new HeadlessWindow(table, 300, 260);
        window.RenderFrame();
        var normal = NormalBackground(window, table, 0);
        table.Refresh();
        window.RenderFrame();
        Assert.All(Flashes(window, table, normal), f => Assert.Equal(0, f));
    }

    [Fact]
    public void Scrolling_recycles_rows_for_other_items_without_flashing()
    {
        var table = TickerTable();
        var items = Tickers(200);
        table.Items = items;
        using var window = new HeadlessWindow(table, 300, 260);
        window.RenderFrame();
        var normal = NormalBackground(window, table, 0);
        // Each wheel notch moves three rows: the recycled row widgets now show items with other prices.
        for (var notch = 0; notch < 5; notch++)
        {
            window.Root.DispatchWheel(new SKPoint(100, 150), new SKPoint(0, -1));
            window.Root.DispatchPointerMove(new SKPoint(100, 5)); // onto the header: no row is hovered
            window.RenderFrame();
            Assert.All(Flashes(window, table, normal), f => Assert.Equal(0, f));
        }
        // An item that changed while out of view comes back into view without a flash.
        items[0].Price += 5m;
        table.List.ScrollOffset = 0;
        window.RenderFrame();
        Assert.All(Flashes(window, table, normal), f => Assert.Equal(0, f));
        // And it flashes again once it changes while in view.
        items[0].Price += 5m;
        table.Refresh();
        window.RenderFrame();
        Assert.Equal(1, Flashes(window, table, normal)[0]);
    }

    [Fact]
    public void Sorting_moves_rows_without_flashing_and_a_moved_row_that_changed_flashes()
    {
        var table = TickerTable();
        var items = Tickers(10);
        table.Items = items;
        using var window = new HeadlessWindow(table, 300, 260);
        window.RenderFrame();
        var normal = NormalBackground(window, table, 0);
        table.SortBy(PriceColumn, descending: true);
        window.RenderFrame();
        Assert.All(Flashes(window, table, normal), f => Assert.Equal(0, f));
        window.RenderFrame();

        // SYM0 (100.00, the last row) jumps to the top: its row widget changes, its flash follows the item.
        items[0].Price = 200m;
        table.Refresh();
        window.RenderFrame();
        Assert.Same(items[0], table.ItemAt(0));
        var flashes = Flashes(window, table, normal);
        Assert.True(flashes[0] == 1 && flashes.Skip(1).All(f => f == 0), string.Join(",", flashes));
    }

    [Fact]
    public void Replaced_items_flash_when_rows_are_identified_by_key()
    {
        var table = new Table<Quote>(
        [
            TableColumn<Quote>.Text("Symbol", q => q.Symbol),
            TableColumn<Quote>.Numeric("Price", q => q.Price, 2),
        ]);
        table.Columns[PriceColumn].FlashesOnChange = true;
        var quotes = Enumerable.Range(0, 5).Select(i => new Quote("SYM" + i, 10m + i)).ToArray();
        table.Items = quotes;
        using var window = new HeadlessWindow(table, 300, 200);
        window.RenderFrame();
        using var before = window.Backend.Snapshot();
        var at = CellPoint(table, 1);
        var normal = before.GetPixel((int)at.X, (int)at.Y);

        // Without a key a new record is a new row: no flash.
        quotes[1] = quotes[1] with { Price = 12m };
        table.Items = quotes;
        window.RenderFrame();
        Assert.Equal(0, FlashAt(window, at, normal));

        table.IdentifyRowsBy(q => q.Symbol);
        window.RenderFrame();
        quotes[1] = quotes[1] with { Price = 11.5m };
        table.Items = quotes;
        window.RenderFrame();
        Assert.Equal(-1, FlashAt(window, at, normal));
    }

    [Fact]
    public void Steady_frames_with_flashing_cells_allocate_nothing()
    {
        var table = TickerTable();
        var items = Tickers(300);
        table.Items = items;
        using var window = new HeadlessWindow(table, 300, 400);
        long drawn = 0;
        void Tick(int n)
        {
            // Every visible price moves each frame, alternately up and down, so every cell flashes.
            for (var i = 0; i < 20; i++) items[i].Price += (n + i) % 2 == 0 ? 0.01m : -0.01m;
            table.Refresh();
            drawn += window.RenderFrame().WidgetsRendered;
        }
        for (var n = 0; n < 30; n++) Tick(n);
        drawn = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var n = 0; n < 60; n++) Tick(n);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(drawn >= 60 * 20, $"the measured frames drew {drawn} widgets");
    }

    [Fact]
    public void Only_numeric_columns_can_flash()
    {
        var column = TableColumn<Ticker>.Text("Symbol", t => t.Symbol);
        var error = Assert.Throws<InvalidOperationException>(() => column.FlashesOnChange = true);
        Assert.Contains("Symbol", error.Message);
        column.FlashesOnChange = false;
    }
}
