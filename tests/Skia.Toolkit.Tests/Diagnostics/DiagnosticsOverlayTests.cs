using Skia.Toolkit.Diagnostics;
using Skia.Toolkit.Input;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Tests.Testing;
using Skia.Toolkit.Text;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Diagnostics;

public class DiagnosticsOverlayTests
{
    private const int Width = 480;
    private const int Height = 300;
    private static readonly SKColor Outline = new(0xFF, 0x2D, 0xC8);

    [Fact]
    public void Overlay_over_a_simple_scene_shows_the_statistics_and_outlines_the_last_dirty_rects()
    {
        using var window = Scene(out var cells, out var overlay);
        // TestWindow drew the first frame before the overlay was installed.
        window.KeyPress(Key.F12);      // frame 1: the panel appears
        cells[1].Fill = SKColors.Crimson;
        window.RenderFrame();          // frame 2: one row outlined
        cells[4].Fill = SKColors.SeaGreen;
        using var bitmap = window.Capture(); // frame 3: a second row outlined; the panel reads frames 1-2

        Assert.Equal(3, overlay.FramesShown);
        RenderAssert.AssertRendersToImage(bitmap);
    }

    [Fact]
    public void F12_shows_the_overlay_and_F12_again_restores_the_window_exactly()
    {
        using var window = Scene(out var cells, out var overlay);
        window.RenderFrame();
        using var before = window.Capture();

        window.KeyPress(Key.F12);
        Assert.True(overlay.IsVisible);
        cells[2].Fill = SKColors.Orange;
        window.RenderFrame();
        using var shown = window.Capture();
        var panel = overlay.PanelBounds;
        Assert.NotEqual(before.GetPixel((int)panel.MidX, (int)panel.Top + 2), shown.GetPixel((int)panel.MidX, (int)panel.Top + 2));
        Assert.Equal(Outline, shown.GetPixel(0, (int)cells[2].BoundsInWindow.MidY));

        window.KeyPress(Key.F12);
        Assert.False(overlay.IsVisible);
        cells[2].Fill = SKColors.SteelBlue; // back to the colour it had before
        using var hidden = window.Capture();
        Assert.Equal(before.Bytes, hidden.Bytes);
    }

    [Fact]
    public void The_overlay_repaints_only_its_panel_and_never_asks_for_a_frame_of_its_own()
    {
        using var window = Scene(out var cells, out var overlay);
        window.RenderFrame();
        window.KeyPress(Key.F12);
        Assert.False(window.Root.NeedsFrame);

        cells[0].Fill = SKColors.Gold;
        var stats = window.RenderFrame();
        var panel = overlay.PanelBounds;
        long panelPixels = (long)(panel.Width + 2) * (long)(panel.Height + 2);
        long rowPixels = Width * ((long)cells[0].Bounds.Height + 2);
        Assert.InRange(stats.PixelsRepainted, rowPixels, rowPixels + panelPixels);
        Assert.True(stats.PixelsRepainted < Width * Height / 2, $"{stats.PixelsRepainted} px repainted");

        // Nothing changed: no frame, even though the panel's numbers moved on.
        Assert.False(window.Root.NeedsFrame);
        Assert.True(window.RenderFrame().IsEmpty);
    }

    [Fact]
    public void Outlines_of_a_frame_are_erased_once_it_is_older_than_the_trail()
    {
        using var window = Scene(out var cells, out _);
        window.RenderFrame();
        window.KeyPress(Key.F12);
        cells[0].Fill = SKColors.Gold;
        window.RenderFrame();
        int y = (int)cells[0].BoundsInWindow.MidY;
        using (var outlined = window.Capture()) Assert.Equal(Outline, outlined.GetPixel(0, y));

        for (int i = 1; i <= DiagnosticsOverlay.TrailFrames; i++)
        {
            cells[5].Fill = (i & 1) == 0 ? SKColors.Plum : SKColors.Teal;
            window.RenderFrame();
            using var frame = window.Capture();
            var expected = i < DiagnosticsOverlay.TrailFrames ? Outline : SKColors.Gold;
            Assert.Equal(expected, frame.GetPixel(0, y));
        }
    }

    [Fact]
    public void A_steady_state_frame_with_the_overlay_shown_allocates_nothing()
    {
        using var window = Scene(out var cells, out var overlay);
        window.RenderFrame();
        window.KeyPress(Key.F12);
        int tick = 0;
        void Frame()
        {
            cells[tick % cells.Length].Fill = (tick / cells.Length % 2) == 0 ? SKColors.Crimson : SKColors.SteelBlue;
            tick++;
            window.RenderFrame();
        }

        for (int i = 0; i < 50; i++) Frame();
        var allocated = SteadyAllocation.Bytes(_ =>
        {
            for (int i = 0; i < 200; i++) Frame();
        });
        Assert.Equal(0, allocated);
        Assert.Equal(1 + tick, overlay.FramesShown); // the frame that showed it, then one per change
        Assert.True(tick >= 250, $"{tick} frames changed a cell");
    }

    [Fact]
    public void Install_binds_the_hotkey_once_and_dispose_unbinds_it()
    {
        using var window = new TestWindow(new Stack(), 100, 100);
        var overlay = DiagnosticsOverlay.Install(window.Root);
        Assert.Same(overlay, window.Root.DiagnosticsOverlay);
        Assert.Throws<InvalidOperationException>(() => DiagnosticsOverlay.Install(window.Root));

        overlay.Dispose();
        Assert.Null(window.Root.DiagnosticsOverlay);
        window.KeyPress(Key.F12);
        Assert.False(overlay.IsVisible);

        using var other = DiagnosticsOverlay.Install(window.Root, Hotkey.Parse("Ctrl+Shift+D"));
        window.KeyPress(Key.D, KeyModifiers.Control | KeyModifiers.Shift);
        Assert.True(other.IsVisible);
    }

    /// <summary>Scene is six coloured rows in a 480 x 300 window with an overlay whose numbers do not depend on the machine.</summary>
    private static TestWindow Scene(out Rectangle[] cells, out DiagnosticsOverlay overlay)
    {
        var stack = new Stack { Spacing = 4, Background = SKColors.WhiteSmoke };
        cells = new Rectangle[6];
        for (int i = 0; i < cells.Length; i++)
        {
            cells[i] = new Rectangle { Height = 40, Fill = SKColors.SteelBlue, Margin = new Skia.Toolkit.Core.Thickness(0, 0, 220 - (i * 30), 0) };
            stack.Add(cells[i]);
        }

        var window = new TestWindow(stack, Width, Height);
        overlay = DiagnosticsOverlay.Install(window.Root);
        overlay.FixedFrameTime = TimeSpan.FromMilliseconds(1.5);
        // A cache of its own so the hit rate does not depend on what other tests shaped on this thread: 3 hits of 4.
        overlay.TextCache = new TextMeasureCache(new TextShaper(FontSet.Default));
        for (int i = 0; i < 4; i++) overlay.TextCache.Get("rate", FontSpec.Ui(12));
        return window;
    }
}
