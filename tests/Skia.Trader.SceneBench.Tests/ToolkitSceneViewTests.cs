using Skia.Trader.Scene.Feed;
using Skia.Trader.SceneRaw;
using SkiaSharp;

namespace Skia.Trader.SceneBench.Tests;

public class ToolkitSceneViewTests
{
    [Fact]
    public void Frames_built_from_partial_repaints_equal_the_same_state_drawn_from_scratch()
    {
        var feed = new SceneFeed();
        using var incremental = new ToolkitSceneView();
        // 60 frames at the scene's pace (3-4 updates each) cross a live order (every 50 updates), so
        // the order table's rows shift too.
        double now = 0;
        for (int frame = 0; frame < 60; frame++)
        {
            for (int i = 0; i < (frame % 3 == 0 ? 4 : 3); i++, now += 5) feed.ApplyNext(now);
            incremental.RenderFrame(feed, now);
        }

        using var fresh = new ToolkitSceneView();
        fresh.RenderFrame(feed, now);

        using var a = incremental.Snapshot();
        using var b = fresh.Snapshot();
        Assert.Equal(0, CountDifferentPixels(a, b));
    }

    [Fact]
    public void Partial_repaint_leaves_the_order_table_alone_between_live_orders()
    {
        var feed = new SceneFeed();
        using var view = new ToolkitSceneView();
        feed.ApplyNext(0);
        view.RenderFrame(feed, 0);
        for (int k = 1; k < 40; k++)
        {
            feed.ApplyNext(k * 5);
            view.RenderFrame(feed, k * 5);
        }

        // Book and header change every update (the ladder repaints the band of its bid, price and ask columns where
        // the numbers changed, and the Last cells of the rows a new trade left and reached: about 0.17 of the window),
        // the tape only in its new row (its older rows' pixels move down); the order history (half the window) does
        // not change.
        Assert.InRange(view.RepaintedShare, 0.15, 0.4);
        // The tape's moved rows are written by a scroll-blit: counted apart, not hidden in the repainted share.
        Assert.InRange(view.MovedShare, 0.001, 0.5);
    }

    [Fact]
    public void A_new_order_moves_the_order_rows_instead_of_repainting_the_table()
    {
        var feed = new SceneFeed();
        using var view = new ToolkitSceneView();
        feed.ApplyNext(0);
        view.RenderFrame(feed, 0);
        // Updates 1..49 carry no order; update 50 adds one, which comes first in the history.
        for (int k = 1; k < 50; k++)
        {
            feed.ApplyNext(k * 5);
            view.RenderFrame(feed, k * 5);
        }
        int orders = feed.OrderCount;
        feed.ApplyNext(250);
        Assert.Equal(orders + 1, feed.OrderCount);
        view.Screen.Show(feed, 250);
        view.Root.UpdateLayout();

        // The order history starts at x = 660 below the header: its dirty pixels are the new top row, the thumb
        // strip and what the tape's and header's rectangles reach, far from its 620 x 760 area.
        long tablePixels = 0;
        var rects = new System.Text.StringBuilder();
        foreach (var r in view.Root.DirtyRegion.Rects)
        {
            var inTable = SKRectI.Intersect(r, new SKRectI(660, 40, 1280, 800));
            if (inTable.Width > 0 && inTable.Height > 0) tablePixels += (long)inTable.Width * inTable.Height;
            rects.Append(r).Append(' ');
        }
        Assert.True(tablePixels < 620 * 760 / 8, $"order table area dirty: {tablePixels} px; rects {rects}");
        view.RenderFrame(feed, 250);
        // Of the table's 42 row widgets (and their 42 list slots) only the new top row and the rows under the
        // thumb strip draw; before the move, every row drew (a whole-table repaint, 194 widgets).
        Assert.InRange(view.LastFrameWidgets, 1, 120);

        using var fresh = new ToolkitSceneView();
        fresh.RenderFrame(feed, 250);
        using var a = view.Snapshot();
        using var b = fresh.Snapshot();
        Assert.Equal(0, CountDifferentPixels(a, b));
    }

    [Fact]
    public void A_steady_state_frame_allocates_nothing()
    {
        var feed = new SceneFeed();
        using var view = new ToolkitSceneView();
        double now = 0;
        for (int frame = 0; frame < 200; frame++, now += 5)
        {
            feed.ApplyNext(now);
            view.RenderFrame(feed, now);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int frame = 0; frame < 200; frame++, now += 5)
        {
            feed.ApplyNext(now);
            view.RenderFrame(feed, now);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_run_at_the_scenes_pace_allocates_nothing_after_its_first_second()
    {
        // 600 frames at 60 Hz on a clock that does not start at 0 (as SceneRun's), 3-4 updates each: the ladder's
        // last-trade fade asks for a repaint a second in, which once grew a list in the damage tracker (56 B that only
        // perf/scene.sh --aot showed). The run's figure counts from its first second on, as this does.
        var feed = new SceneFeed();
        using var view = new ToolkitSceneView();
        const double t0 = 123_456.789;
        int next = 0;
        long allocated = 0;
        for (int frame = 0; frame < 600; frame++)
        {
            double now = t0 + (frame * 1000.0 / 60);
            while (next <= SceneFeed.LastUpdate && t0 + (next * SceneFeed.UpdateIntervalMs) <= now)
            {
                feed.ApplyNext(now);
                next++;
            }
            long before = GC.GetAllocatedBytesForCurrentThread();
            view.RenderFrame(feed, now);
            if (frame >= 60) allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void The_toolkit_scene_and_the_raw_floor_draw_the_same_screen()
    {
        var feed = new SceneFeed();
        for (int k = 0; k <= 300; k++) feed.ApplyNext(k * 5);
        using var toolkit = new ToolkitSceneView();
        using var raw = new RawSceneView(RawSceneFonts.Load());
        toolkit.RenderFrame(feed, 1500);
        raw.RenderFrame(feed, 1500);

        using var a = toolkit.Snapshot();
        using var b = raw.Snapshot();
        // Same layout, colours, fonts and font settings; glyph positions may differ by a fraction of
        // a pixel (the toolkit's numeric advance tables vs SKFont.MeasureText), so allow a little.
        double share = CountDifferentPixels(a, b) / (double)(a.Width * a.Height);
        if (share >= 0.02)
        {
            string dir = Path.Combine(Path.GetTempPath(), "scene-diff");
            WriteDiff(a, b, dir);
            Assert.Fail($"{share:P2} of pixels differ between toolkit and raw; images in {dir}");
        }
    }

    private static void WriteDiff(SKBitmap a, SKBitmap b, string dir)
    {
        Directory.CreateDirectory(dir);
        using var diff = new SKBitmap(a.Width, a.Height);
        for (int y = 0; y < a.Height; y++)
        {
            for (int x = 0; x < a.Width; x++) diff.SetPixel(x, y, a.GetPixel(x, y) == b.GetPixel(x, y) ? SKColors.Black : SKColors.Red);
        }
        foreach (var (name, bitmap) in new[] { ("toolkit", a), ("raw", b), ("diff", diff) })
        {
            using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            using var file = File.Create(Path.Combine(dir, name + ".png"));
            png.SaveTo(file);
        }
    }

    private static int CountDifferentPixels(SKBitmap a, SKBitmap b)
    {
        Assert.Equal(a.Width, b.Width);
        Assert.Equal(a.Height, b.Height);
        int different = 0;
        for (int y = 0; y < a.Height; y++)
        {
            for (int x = 0; x < a.Width; x++)
            {
                if (a.GetPixel(x, y) != b.GetPixel(x, y)) different++;
            }
        }
        return different;
    }
}
