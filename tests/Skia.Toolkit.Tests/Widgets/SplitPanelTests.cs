using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

public class SplitPanelTests
{
    private static (TestWindow Window, SplitPanel Split) Scene(Orientation orientation = Orientation.Horizontal, int width = 306, int height = 120)
    {
        var split = new SplitPanel
        {
            Orientation = orientation,
            First = new Rectangle { Name = "book", Fill = Theme.Dark.Surface },
            Second = new Rectangle { Name = "chart", Fill = Theme.Dark.SurfaceRaised },
            FirstMinSize = 60,
            SecondMinSize = 100,
        };
        var window = new TestWindow(split, width, height);
        window.Root.Theme = Theme.Dark;
        window.RenderFrame();
        return (window, split);
    }

    [Fact]
    public void SplitPanel_with_the_splitter_hovered()
    {
        var (window, split) = Scene();
        using (window)
        {
            window.MoveTo(split.FirstPaneSize + 3, 60);
            RenderAssert.AssertRendersToImage(window);
        }
    }

    [Fact]
    public void SplitPanel_vertical_split_in_half()
    {
        var (window, _) = Scene(Orientation.Vertical, 200, 206);
        using (window)
        {
            RenderAssert.AssertRendersToImage(window);
        }
    }

    [Fact]
    public void Dragging_the_splitter_resizes_the_panes_and_stops_at_each_minimum()
    {
        var (window, split) = Scene();
        using (window)
        {
            Assert.Equal(150, split.FirstPaneSize);
            window.Drag(new SKPoint(153, 60), new SKPoint(103, 60));
            Assert.Equal(100, split.FirstPaneSize);
            Assert.Equal(100, split.First!.Bounds.Width);
            Assert.Equal(106, split.Second!.Bounds.Left);

            window.Drag(new SKPoint(103, 60), new SKPoint(0, 60));
            Assert.Equal(60, split.FirstPaneSize);
            window.Drag(new SKPoint(63, 60), new SKPoint(300, 60));
            Assert.Equal(200, split.FirstPaneSize);
            Assert.Equal(100, split.Second.Bounds.Width);
            Assert.False(split.IsDragging);
        }
    }

    [Fact]
    public void A_press_on_a_pane_does_not_move_the_splitter()
    {
        var (window, split) = Scene();
        using (window)
        {
            window.Drag(new SKPoint(50, 60), new SKPoint(120, 60));
            Assert.Equal(150, split.FirstPaneSize);
        }
    }

    [Fact]
    public void Minimums_larger_than_the_panel_share_the_space_in_proportion_to_them()
    {
        var (window, split) = Scene();
        using (window)
        {
            split.FirstMinSize = 300;
            split.SecondMinSize = 600;
            window.RenderFrame();
            // 300 px of space after the 6 px splitter, shared 1:2.
            Assert.Equal(100, split.FirstPaneSize);
            Assert.Equal(200, split.Second!.Bounds.Width);
            window.Drag(new SKPoint(103, 60), new SKPoint(200, 60));
            Assert.Equal(100, split.FirstPaneSize);
            Assert.Throws<ArgumentOutOfRangeException>(() => split.FirstMinSize = float.NaN);
            Assert.Throws<ArgumentOutOfRangeException>(() => split.SplitterPosition = -1);
        }
    }

    [Fact]
    public void Markup_shows_the_split()
    {
        var (window, split) = Scene();
        using (window)
        {
            split.SplitterPosition = 120;
            RenderAssert.AssertRendersToMarkup(window, """
                SplitPanel (0,0 306x120) orientation=Horizontal firstPane=120 firstMin=60 secondMin=100
                  Rectangle #book (0,0 120x120) fill=#FF1B1E24
                  Splitter (120,0 6x120)
                  Rectangle #chart (126,0 180x120) fill=#FF262A32
                """);
        }
    }

    [Fact]
    public void SplitPanel_with_the_splitter_focused()
    {
        var (window, split) = Scene();
        using (window)
        {
            Assert.True(split.FocusSplitter());
            window.RenderFrame();
            RenderAssert.AssertRendersToImage(window);
        }
    }

    [Fact]
    public void Tab_reaches_the_splitter_between_the_panes_and_a_click_on_it_focuses_it()
    {
        var left = new Button("Left");
        var right = new Button("Right");
        var split = new SplitPanel { First = left, Second = right };
        using var window = new TestWindow(split, 306, 60);
        window.KeyPress(Key.Tab);
        Assert.True(left.IsFocused);
        window.KeyPress(Key.Tab);
        Assert.True(split.IsSplitterFocused);
        window.KeyPress(Key.Tab);
        Assert.True(right.IsFocused);
        window.KeyPress(Key.Tab, KeyModifiers.Shift);
        Assert.True(split.IsSplitterFocused);

        window.Click(left);
        window.Click(new SKPoint(split.FirstPaneSize + 3, 30));
        Assert.True(split.IsSplitterFocused);
        Assert.Contains("Splitter (150,0 6x60) focused=true", window.ToMarkup());
    }

    [Fact]
    public void Arrow_keys_move_the_focused_splitter_shift_takes_bigger_steps_and_home_end_go_to_the_minimums()
    {
        var (window, split) = Scene();
        using (window)
        {
            split.FocusSplitter();
            window.KeyPress(Key.Right);
            Assert.Equal(150 + SplitPanel.KeyStep, split.FirstPaneSize);
            window.KeyPress(Key.Left, KeyModifiers.Shift);
            Assert.Equal(150 + SplitPanel.KeyStep - SplitPanel.LargeKeyStep, split.FirstPaneSize);
            window.KeyPress(Key.Down); // across the split: not a move
            Assert.Equal(150 + SplitPanel.KeyStep - SplitPanel.LargeKeyStep, split.FirstPaneSize);
            window.KeyPress(Key.Home);
            Assert.Equal(60, split.FirstPaneSize); // the first pane's minimum
            window.KeyPress(Key.Left);
            Assert.Equal(60, split.FirstPaneSize);
            window.KeyPress(Key.End);
            Assert.Equal(200, split.FirstPaneSize); // 306 - 6 splitter - 100 second minimum
            window.KeyPress(Key.Right, KeyModifiers.Shift);
            Assert.Equal(200, split.FirstPaneSize);
            Assert.Equal(100, split.Second!.Bounds.Width);
        }
    }

    [Fact]
    public void Up_and_down_move_a_vertical_splitter_and_keys_in_a_pane_leave_it_alone()
    {
        var field = new TextBox();
        var split = new SplitPanel { Orientation = Orientation.Vertical, First = field, Second = new Rectangle() };
        using var window = new TestWindow(split, 200, 206);
        Assert.Equal(100, split.FirstPaneSize);
        field.Focus();
        window.KeyPress(Key.Down);
        window.KeyPress(Key.End);
        Assert.Equal(100, split.FirstPaneSize);

        split.FocusSplitter();
        window.KeyPress(Key.Down);
        Assert.Equal(100 + SplitPanel.KeyStep, split.FirstPaneSize);
        window.KeyPress(Key.Up, KeyModifiers.Shift);
        Assert.Equal(100 + SplitPanel.KeyStep - SplitPanel.LargeKeyStep, split.FirstPaneSize);
        window.KeyPress(Key.Right);
        Assert.Equal(100 + SplitPanel.KeyStep - SplitPanel.LargeKeyStep, split.FirstPaneSize);
    }
}
