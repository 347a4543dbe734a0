using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Settings;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Settings;

public class SplitLayoutTests
{
    // The terminal's shape in small: a ladder beside a vertical split of chart over tape.
    private static (SplitPanel Main, SplitPanel Right, Widget Root) Tree()
    {
        var right = new SplitPanel
        {
            Orientation = Orientation.Vertical,
            First = new Rectangle { Name = "chart", Fill = Theme.Dark.Surface },
            Second = new Rectangle { Name = "tape", Fill = Theme.Dark.SurfaceRaised },
        };
        var main = new SplitPanel
        {
            First = new Rectangle { Name = "ladder", Fill = Theme.Dark.Surface },
            Second = right,
            FirstMinSize = 40,
        };
        return (main, right, main);
    }

    private static SettingsStore<LayoutState> Store(string path) =>
        new(path, LayoutState.JsonTypeInfo, () => new LayoutState(), LayoutState.Validate);

    [Fact]
    public void A_dragged_layout_is_saved_and_restored_in_a_new_tree_after_a_restart()
    {
        using var dir = new TempConfigDirectory();
        var path = dir.File("layout.json");
        using (var store = Store(path))
        {
            var layout = new SplitLayout(store.Load());
            layout.Changed += (_, _) => store.Save(layout.State);
            var (main, right, root) = Tree();
            layout.Bind("main", main);
            layout.Bind("right", right);
            using var window = new TestWindow(root, 306, 206);
            window.RenderFrame();
            Assert.Equal(150, main.FirstPaneSize);

            window.Drag(new SKPoint(153, 100), new SKPoint(103, 100));
            window.Drag(new SKPoint(230, 103), new SKPoint(230, 53));
            Assert.Equal(100, main.FirstPaneSize);
            Assert.Equal(50, right.FirstPaneSize);
        }

        using var restarted = Store(path);
        var restored = new SplitLayout(restarted.Load());
        Assert.Null(restarted.LastProblem);
        var (main2, right2, root2) = Tree();
        restored.Bind("main", main2);
        restored.Bind("right", right2);
        using var window2 = new TestWindow(root2, 306, 206);
        window2.RenderFrame();
        Assert.Equal(100, main2.FirstPaneSize);
        Assert.Equal(50, right2.FirstPaneSize);
    }

    [Fact]
    public void A_restored_share_follows_a_different_window_size()
    {
        var state = new LayoutState { Splits = { ["main"] = 0.25 } };
        var (main, _, root) = Tree();
        new SplitLayout(state).Bind("main", main);
        using var window = new TestWindow(root, 406, 120);
        window.RenderFrame();
        Assert.Equal(100, main.FirstPaneSize); // a quarter of 406 - 6
    }

    [Fact]
    public void A_keyboard_move_is_recorded_and_announced()
    {
        var (main, _, root) = Tree();
        var layout = new SplitLayout();
        var changes = 0;
        layout.Changed += (_, _) => changes++;
        layout.Bind("main", main);
        using var window = new TestWindow(root, 306, 120);
        window.RenderFrame();
        Assert.True(main.FocusSplitter());
        window.KeyPress(Key.Right);
        Assert.Equal(1, changes);
        Assert.Equal(158.0 / 300, layout.State.Splits["main"], 6);
    }

    [Fact]
    public void Applying_a_reloaded_layout_moves_the_bound_panels()
    {
        var (main, _, root) = Tree();
        var layout = new SplitLayout();
        layout.Bind("main", main);
        using var window = new TestWindow(root, 306, 120);
        window.RenderFrame();
        layout.Apply(new LayoutState { Splits = { ["main"] = 0.8 } });
        window.RenderFrame();
        Assert.Equal(240, main.FirstPaneSize);
    }

    [Fact]
    public void A_layout_file_with_a_share_out_of_range_is_reported_and_the_defaults_used()
    {
        using var dir = new TempConfigDirectory();
        var path = dir.File("layout.json");
        File.WriteAllText(path, "{\"Splits\": {\"main\": 1.5}}");
        using var store = Store(path);
        Assert.Empty(store.Load().Splits);
        Assert.Contains("split \"main\" has share 1.5", store.LastProblem!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SplitterRatio_refuses_a_share_outside_0_to_1()
    {
        var panel = new SplitPanel();
        Assert.Throws<ArgumentOutOfRangeException>(() => panel.SplitterRatio = double.NaN);
        Assert.Throws<ArgumentOutOfRangeException>(() => panel.SplitterRatio = 1.01);
        Assert.Equal(0.5, panel.SplitterRatio);
    }
}
