using Skia.Toolkit.Core;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Core;

public class WidgetLayoutTests
{
    private static UiRoot Lay(Widget content, int width = 200, int height = 100, float scale = 1)
    {
        var root = new UiRoot(content, new SKSizeI(width, height), scale);
        root.UpdateLayout();
        return root;
    }

    [Fact]
    public void Size_change_inside_a_fixed_size_cell_re_lays_out_nothing_outside_it()
    {
        // A grid of fixed-size cells, each holding a probe whose content changes (like a price label).
        var grid = new Grid { Rows = GridLength.Parse("Auto,Auto"), Columns = GridLength.Parse("Auto,Auto") };
        var outer = new ProbeWidget { Name = "outer" };
        var cells = new List<ProbeWidget>();
        var contents = new List<ProbeWidget>();
        for (int r = 0; r < 2; r++)
        {
            for (int c = 0; c < 2; c++)
            {
                var cell = new ProbeWidget { Width = 80, Height = 20, Name = $"cell{r}{c}" };
                var content = new ProbeWidget(30, 10) { Name = $"content{r}{c}" };
                cell.Add(content);
                grid.Add(cell, r, c);
                cells.Add(cell);
                contents.Add(content);
            }
        }

        outer.Add(grid);
        var root = Lay(outer);
        var before = cells.Concat(contents).Append(outer).ToDictionary(p => p, p => p.MeasureCount);

        contents[3].ContentSize = new SKSize(60, 15);
        Assert.True(cells[3].IsLayoutBoundary);
        root.UpdateLayout();

        Assert.Equal(before[outer], outer.MeasureCount);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(before[cells[i]], cells[i].MeasureCount);
            Assert.Equal(before[contents[i]], contents[i].MeasureCount);
        }

        Assert.Equal(before[cells[3]] + 1, cells[3].MeasureCount);
        Assert.Equal(before[contents[3]] + 1, contents[3].MeasureCount);
        Assert.Equal(new SKSize(60, 15), contents[3].DesiredSize);
        Assert.False(grid.IsMeasureDirty);
    }

    [Fact]
    public void Size_change_without_a_boundary_re_measures_every_ancestor()
    {
        var inner = new ProbeWidget(10, 10) { Name = "inner" };
        var middle = new ProbeWidget { Name = "middle" };
        var top = new ProbeWidget { Name = "top" };
        middle.Add(inner);
        top.Add(middle);
        var root = Lay(top);
        int topBefore = top.MeasureCount;

        inner.ContentSize = new SKSize(50, 50);
        root.UpdateLayout();

        Assert.Equal(topBefore + 1, top.MeasureCount);
        Assert.Equal(new SKSize(50, 50), top.DesiredSize);
    }

    [Fact]
    public void A_fixed_size_widget_that_changes_its_own_width_re_lays_out_its_parent()
    {
        var cell = new ProbeWidget { Width = 40, Height = 10, HorizontalAlignment = HorizontalAlignment.Left };
        var stack = new Stack { Orientation = Orientation.Horizontal };
        var after = new ProbeWidget { Width = 10, Height = 10 };
        stack.Add(cell);
        stack.Add(after);
        var root = Lay(stack);
        Assert.Equal(40, after.Bounds.Left);

        cell.Width = 70;
        root.UpdateLayout();

        Assert.Equal(70, after.Bounds.Left);
    }

    [Fact]
    public void Arrange_applies_margin_alignment_and_min_max()
    {
        var w = new ProbeWidget(30, 10)
        {
            Margin = new Thickness(5, 6, 7, 8),
            HorizontalAlignment = HorizontalAlignment.Right,
            VerticalAlignment = VerticalAlignment.Center,
            MinHeight = 20,
            MaxWidth = 25,
        };
        Lay(w, 200, 100);

        Assert.Equal(new SKSize(25 + 12, 20 + 14), w.DesiredSize);
        // Right-aligned: right edge at 200 - 7; centred vertically in 100 - 14 at top margin 6.
        Assert.Equal(new SKRect(168, 39, 193, 59), w.Bounds);
    }

    [Fact]
    public void Stretch_fills_the_slot_unless_width_is_fixed_then_it_is_centred()
    {
        var stretched = new ProbeWidget(10, 10);
        Lay(stretched, 100, 50);
        Assert.Equal(new SKRect(0, 0, 100, 50), stretched.Bounds);

        var fixedWidth = new ProbeWidget(10, 10) { Width = 40 };
        Lay(fixedWidth, 100, 50);
        Assert.Equal(new SKRect(30, 0, 70, 50), fixedWidth.Bounds);
    }

    [Fact]
    public void Hidden_widget_takes_no_space_and_showing_it_lays_it_out_again()
    {
        var a = new ProbeWidget(10, 10);
        var b = new ProbeWidget(10, 10);
        var stack = new Stack { a, b };
        var root = Lay(stack);
        Assert.Equal(10, b.Bounds.Top);

        a.IsVisible = false;
        root.UpdateLayout();
        Assert.Equal(0, b.Bounds.Top);
        Assert.Equal(SKSize.Empty, a.DesiredSize);

        a.IsVisible = true;
        root.UpdateLayout();
        Assert.Equal(10, b.Bounds.Top);
        Assert.Equal(new SKRect(0, 0, 200, 10), a.Bounds);
    }

    [Fact]
    public void Bounds_snap_to_device_pixels_at_the_current_scale()
    {
        var a = new ProbeWidget(10.3f, 10.3f) { HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top };
        var b = new ProbeWidget(10, 10) { HorizontalAlignment = HorizontalAlignment.Left };
        var stack = new Stack { a, b };
        Lay(stack, 100, 100, scale: 2);
        Assert.Equal(10.5f, a.Bounds.Right);
        Assert.Equal(10.5f, b.Bounds.Top);
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(-1f)]
    [InlineData(float.PositiveInfinity)]
    public void Bad_min_width_is_rejected(float value)
    {
        var w = new ProbeWidget();
        var ex = Assert.Throws<ArgumentException>(() => w.MinWidth = value);
        Assert.Contains("MinWidth", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1f)]
    [InlineData(float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity)]
    public void Bad_width_and_height_are_rejected_but_nan_means_auto(float value)
    {
        var w = new ProbeWidget();
        Assert.Throws<ArgumentException>(() => w.Width = value);
        Assert.Throws<ArgumentException>(() => w.Height = value);
        w.Width = 5;
        w.Width = float.NaN;
        Assert.True(float.IsNaN(w.Width));
    }

    [Fact]
    public void Bad_max_and_margin_values_are_rejected()
    {
        var w = new ProbeWidget();
        Assert.Throws<ArgumentException>(() => w.MaxHeight = float.NaN);
        Assert.Throws<ArgumentException>(() => w.MaxHeight = -3);
        w.MaxHeight = float.PositiveInfinity;
        Assert.Throws<ArgumentException>(() => new Thickness(-1));
        Assert.Throws<ArgumentException>(() => new Thickness(0, float.NaN, 0, 0));
        Assert.Throws<ArgumentException>(() => new Thickness(float.PositiveInfinity, 0));
    }

    [Fact]
    public void Measure_and_arrange_reject_nan_negative_and_infinite_input()
    {
        var w = new ProbeWidget(10, 10);
        Assert.Throws<ArgumentException>(() => w.Measure(new SKSize(float.NaN, 10)));
        Assert.Throws<ArgumentException>(() => w.Measure(new SKSize(10, -1)));
        Assert.Equal(new SKSize(10, 10), w.Measure(new SKSize(float.PositiveInfinity, float.PositiveInfinity)));
        Assert.Throws<ArgumentException>(() => w.Arrange(new SKRect(0, 0, float.PositiveInfinity, 10)));
        Assert.Throws<ArgumentException>(() => w.Arrange(new SKRect(0, 0, float.NaN, 10)));
        Assert.Throws<ArgumentException>(() => w.Arrange(new SKRect(10, 0, 0, 10)));
    }

    [Fact]
    public void A_measure_override_returning_infinity_fails_with_the_widget_named()
    {
        var w = new ProbeWidget(float.PositiveInfinity, 1) { Name = "greedy" };
        var ex = Assert.Throws<InvalidOperationException>(() => w.Measure(new SKSize(10, 10)));
        Assert.Contains("greedy", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_widget_that_already_has_a_parent_or_itself_fails()
    {
        var a = new ProbeWidget();
        var b = new ProbeWidget();
        a.Add(b);
        Assert.Throws<InvalidOperationException>(() => new ProbeWidget().Add(b));
        Assert.Throws<InvalidOperationException>(() => b.Add(a));
        Assert.Throws<InvalidOperationException>(() => a.Add(a));
    }

    [Fact]
    public void Removing_a_child_detaches_it_from_the_root_and_re_lays_out_the_parent()
    {
        var a = new ProbeWidget(10, 10);
        var b = new ProbeWidget(10, 10);
        var stack = new Stack { a, b };
        var root = Lay(stack);
        Assert.Same(root, b.Root);

        stack.Remove(a);
        root.UpdateLayout();
        Assert.Null(a.Root);
        Assert.Null(a.Parent);
        Assert.Equal(0, b.Bounds.Top);
    }

    [Fact]
    public void Nested_dirty_boundaries_are_laid_out_outermost_first_and_each_measured_once()
    {
        var inner = new ProbeWidget(5, 5) { Width = 20, Height = 20, Name = "inner" };
        var middle = new ProbeWidget { Width = 50, Height = 50, Name = "middle" };
        var outer = new ProbeWidget { Width = 100, Height = 100, Name = "outer" };
        middle.Add(inner);
        outer.Add(middle);
        var root = Lay(new Stack { outer });
        int innerBefore = inner.MeasureCount, middleBefore = middle.MeasureCount, outerBefore = outer.MeasureCount;

        // Scheduled innermost first; the pass must still start at the outermost.
        inner.ContentSize = new SKSize(6, 6);
        middle.ContentSize = new SKSize(7, 7);
        outer.ContentSize = new SKSize(8, 8);
        root.UpdateLayout();

        Assert.Equal(outerBefore + 1, outer.MeasureCount);
        Assert.Equal(middleBefore + 1, middle.MeasureCount);
        Assert.Equal(innerBefore + 1, inner.MeasureCount);
        Assert.False(root.IsLayoutPending);
    }
}
