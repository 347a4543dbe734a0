using Skia.Toolkit.Core;
using Skia.Toolkit.Tests.Core;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class GridTests
{
    private static UiRoot Lay(Widget content, int width, int height)
    {
        var root = new UiRoot(content, new SKSizeI(width, height));
        root.UpdateLayout();
        return root;
    }

    [Fact]
    public void Fixed_auto_and_star_columns_share_the_width()
    {
        var grid = new Grid { Columns = GridLength.Parse("50, Auto, *, 2*") };
        var auto = new ProbeWidget(30, 10);
        var star1 = new ProbeWidget();
        var star2 = new ProbeWidget();
        grid.Add(new ProbeWidget(), 0, 0);
        grid.Add(auto, 0, 1);
        grid.Add(star1, 0, 2);
        grid.Add(star2, 0, 3);
        Lay(grid, 260, 40);

        Assert.Equal([50f, 30f, 60f, 120f], grid.ColumnWidths.ToArray());
        Assert.Equal(new SKRect(50, 0, 80, 40), auto.Bounds);
        Assert.Equal(new SKRect(80, 0, 140, 40), star1.Bounds);
        Assert.Equal(new SKRect(140, 0, 260, 40), star2.Bounds);
    }

    [Fact]
    public void Auto_rows_fit_their_tallest_child_and_spans_cover_several_cells()
    {
        var grid = new Grid { Rows = GridLength.Parse("Auto, Auto, *"), Columns = GridLength.Parse("*, *") };
        var tall = new ProbeWidget(10, 25);
        var spanning = new ProbeWidget(10, 10);
        var fill = new ProbeWidget();
        grid.Add(tall, 0, 1);
        grid.Add(new ProbeWidget(10, 5), 0, 0);
        grid.Add(spanning, 1, 0, columnSpan: 2);
        grid.Add(fill, 2, 0, columnSpan: 2);
        Lay(grid, 100, 100);

        Assert.Equal([25f, 10f, 65f], grid.RowHeights.ToArray());
        Assert.Equal(new SKRect(0, 25, 100, 35), spanning.Bounds);
        Assert.Equal(new SKRect(0, 35, 100, 100), fill.Bounds);
    }

    [Fact]
    public void With_unlimited_space_star_tracks_size_to_content()
    {
        var grid = new Grid { Columns = GridLength.Parse("*, 2*") };
        grid.Add(new ProbeWidget(40, 10), 0, 0);
        grid.Add(new ProbeWidget(15, 30), 0, 1);
        Assert.Equal(new SKSize(55, 30), grid.Measure(new SKSize(float.PositiveInfinity, float.PositiveInfinity)));
    }

    [Fact]
    public void No_definitions_means_one_cell_holding_every_child()
    {
        var a = new ProbeWidget(10, 10);
        var b = new ProbeWidget(20, 5);
        var grid = new Grid { a, b };
        Lay(grid, 80, 60);
        Assert.Equal(new SKRect(0, 0, 80, 60), a.Bounds);
        Assert.Equal(new SKRect(0, 0, 80, 60), b.Bounds);
    }

    [Fact]
    public void A_child_outside_the_defined_rows_fails_layout_with_a_clear_message()
    {
        var grid = new Grid { Name = "quotes", Rows = GridLength.Parse("Auto, Auto") };
        grid.Add(new ProbeWidget { Name = "price" }, 5, 0);
        var root = new UiRoot(grid, new SKSizeI(100, 100));
        var ex = Assert.Throws<InvalidOperationException>(root.UpdateLayout);
        Assert.Contains("price", ex.Message, StringComparison.Ordinal);
        Assert.Contains("row 5", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2 row(s)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_running_past_the_last_column_fails_too()
    {
        var grid = new Grid { Columns = GridLength.Parse("*, *") };
        grid.Add(new ProbeWidget(), 0, 1, columnSpan: 2);
        Assert.Throws<InvalidOperationException>(() => grid.Measure(new SKSize(100, 100)));
    }

    [Fact]
    public void Bad_placements_and_lengths_are_rejected_immediately()
    {
        var child = new ProbeWidget();
        Assert.Throws<ArgumentOutOfRangeException>(() => Grid.SetRow(child, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Grid.SetColumnSpan(child, 0));
        Assert.Throws<ArgumentException>(() => GridLength.Fixed(float.NaN));
        Assert.Throws<ArgumentException>(() => GridLength.Star(0));
        Assert.Throws<FormatException>(() => GridLength.Parse("Auto, wide"));
        Assert.Equal("Auto,*,2*,120", string.Join(",", GridLength.Parse("auto, *, 2*, 120")));
    }
}
