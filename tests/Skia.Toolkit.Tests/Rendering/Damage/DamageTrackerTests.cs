using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering.Damage;
using Skia.Toolkit.Tests.Core;
using Skia.Toolkit.Tests.Widgets;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Rendering.Damage;

public class DamageTrackerTests
{
    private static ProbeWidget TopLeft(float width, float height, float left = 0, float top = 0) => new(width, height)
    {
        HorizontalAlignment = HorizontalAlignment.Left,
        VerticalAlignment = VerticalAlignment.Top,
        Margin = new Thickness(left, top, 0, 0),
    };

    [Fact]
    public void A_logical_rect_becomes_the_device_pixels_it_touches_grown_by_one_at_any_scale()
    {
        using var window = new HeadlessWindow(new Stack(), 100, 100, scale: 1.5f);
        window.RenderFrame();
        var damage = window.Root.Damage;

        var rect = new SKRect(10.2f, 3, 20, 7.5f);
        // 15.3 -> 15, 4.5 -> 4, 30 -> 30, 11.25 -> 12: every pixel touched, even partly.
        Assert.Equal(new SKRectI(15, 4, 30, 12), damage.ToDeviceCovering(rect));
        Assert.Equal(new SKRectI(14, 3, 31, 13), damage.ToDeviceGrown(rect));
        Assert.Equal(new SKRectI(14, 3, 31, 13), DamageTracker.Grow(new SKRectI(15, 4, 30, 12)));

        damage.Invalidate(rect);
        Assert.Equal([new SKRectI(14, 3, 31, 13)], window.Root.DirtyRegion.Rects.ToArray());
        damage.Invalidate(SKRect.Empty);
        Assert.Equal(1, window.Root.DirtyRegion.Count);
    }

    [Fact]
    public void A_widget_invalidation_and_the_cull_test_use_the_same_grown_rect()
    {
        var probe = TopLeft(10, 10, left: 20, top: 30);
        using var window = new HeadlessWindow(new Grid { probe }, 100, 100, scale: 2);
        window.RenderFrame();
        probe.InvalidatePaint();
        Assert.Equal(window.Root.Damage.ToDeviceGrown(probe.BoundsInWindow), window.Root.DirtyRegion.Bounds);
        var stats = window.RenderFrame();
        Assert.Equal(22L * 22, stats.PixelsRepainted);
    }

    [Fact]
    public void A_timed_repaint_waits_for_its_moment_and_the_earliest_time_asked_wins()
    {
        var clock = new ManualClock();
        var probe = TopLeft(10, 10);
        using var window = new HeadlessWindow(new Grid { probe }, 50, 50);
        window.Root.Damage.Time = clock;
        window.RenderFrame();
        var damage = window.Root.Damage;
        var renders = probe.RenderCount;

        probe.InvalidatePaintAt(clock.GetTimestamp() + TimeSpan.FromMilliseconds(50).Ticks);
        probe.InvalidatePaintAt(clock.GetTimestamp() + TimeSpan.FromMilliseconds(20).Ticks);
        probe.InvalidatePaintAt(clock.GetTimestamp() + TimeSpan.FromMilliseconds(90).Ticks);
        Assert.False(window.Root.NeedsFrame);
        Assert.Equal(TimeSpan.FromMilliseconds(20), damage.TimeUntilDue);
        Assert.True(window.RenderFrame().IsEmpty);

        clock.Advance(TimeSpan.FromMilliseconds(19));
        Assert.False(window.Root.NeedsFrame);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(window.Root.NeedsFrame);
        Assert.Equal(TimeSpan.Zero, damage.TimeUntilDue);
        var stats = window.RenderFrame();
        Assert.Equal(renders + 1, probe.RenderCount);
        Assert.Equal(11L * 11, stats.PixelsRepainted);

        // One entry per widget: the later times asked for were folded into the earliest.
        Assert.Null(damage.TimeUntilDue);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(window.RenderFrame().IsEmpty);
    }

    [Fact]
    public void A_widget_that_left_the_tree_is_not_repainted_when_its_time_comes()
    {
        var clock = new ManualClock();
        var probe = TopLeft(10, 10);
        var grid = new Grid { probe };
        using var window = new HeadlessWindow(grid, 50, 50);
        window.Root.Damage.Time = clock;
        window.RenderFrame();
        probe.InvalidatePaintAt(clock.GetTimestamp() + 100);
        grid.Remove(probe);
        window.RenderFrame();
        Assert.Null(window.Root.Damage.TimeUntilDue);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(window.RenderFrame().IsEmpty);
        Assert.Equal(1, probe.RenderCount);
    }

    [Fact]
    public void Rows_moved_inside_a_scroll_scope_follow_their_pixels_and_only_the_uncovered_strip_is_dirty()
    {
        var list = new ProbeWidget(0, 0) { Width = 40, Height = 100, HorizontalAlignment = HorizontalAlignment.Left, VerticalAlignment = VerticalAlignment.Top };
        var rows = Enumerable.Range(0, 5).Select(_ => TopLeft(40, 20)).ToArray();
        foreach (var row in rows) list.Add(row);
        var outside = TopLeft(10, 10, left: 60);
        using var window = new HeadlessWindow(new Grid { list, outside }, 100, 100);
        window.RenderFrame();
        var damage = window.Root.Damage;

        using (damage.BeginScroll(list, 20))
        {
            Assert.Throws<InvalidOperationException>(() => damage.BeginScroll(list, 20));
            foreach (var row in rows) row.Arrange(new SKRect(0, row.Bounds.Top + 20, 40, row.Bounds.Bottom + 20));
            // Not a descendant of the scrolled widget: moving it repaints both places as always.
            outside.Margin = new Thickness(60, 40, 0, 0);
            window.Root.UpdateLayout();
        }

        var dirty = window.Root.DirtyRegion.Rects.ToArray();
        Assert.Contains(new SKRectI(0, 0, 40, 20), dirty); // the strip the move uncovered
        Assert.Contains(dirty, r => r.IntersectsWith(new SKRectI(60, 0, 70, 10))); // where the outside widget was
        Assert.Contains(dirty, r => r.IntersectsWith(new SKRectI(60, 40, 70, 50))); // and where it is
        Assert.DoesNotContain(dirty, r => r.IntersectsWith(new SKRectI(0, 21, 40, 100)));
        Assert.Equal(1, damage.PendingScrolls);

        // Outside the scope a move is an ordinary move again.
        rows[0].Arrange(new SKRect(0, 0, 40, 20));
        Assert.Contains(window.Root.DirtyRegion.Rects.ToArray(), r => r.IntersectsWith(new SKRectI(0, 21, 40, 41)));
    }

    [Fact]
    public void The_tracker_refuses_widgets_of_another_window()
    {
        var stray = new ProbeWidget(10, 10);
        using var window = new HeadlessWindow(new Stack(), 50, 50);
        Assert.Throws<InvalidOperationException>(() => window.Root.Damage.BeginScroll(stray, 10));
        Assert.Throws<InvalidOperationException>(() => window.Root.Damage.InvalidateAt(stray, 0));
        stray.InvalidatePaintAt(0); // a detached widget's own request is simply dropped
        Assert.Null(window.Root.Damage.TimeUntilDue);
    }

    [Fact]
    public void A_flash_lasts_one_frame_interval_however_many_frames_repaint_it()
    {
        var clock = new ManualClock();
        var number = new FlashingNumber { Value = 10m };
        var other = new FlashingNumber { Value = 1m };
        using var window = new HeadlessWindow(new Stack { number, other }, 160, 60);
        window.Root.Damage.Time = clock;
        window.RenderFrame();
        var interval = window.Root.Damage.FrameInterval;
        clock.Advance(interval); // the next frame is due now

        number.Value = 11m;
        // Three frames inside one interval (a busy screen repainting the number each time): all show the flash.
        for (var i = 0; i < 3; i++)
        {
            other.Value += 1m;
            number.InvalidatePaint();
            window.RenderFrame();
            Assert.Equal(1, number.FlashDirection);
            clock.Advance(interval / 4);
        }

        clock.Advance(interval - (3 * (interval / 4))); // exactly one interval after the flash's first frame
        Assert.Equal(0, number.FlashDirection);
        Assert.True(window.Root.NeedsFrame);
        var end = window.RenderFrame();
        Assert.True(end.PixelsRepainted > 0, "the frame at the flash's end repaints the number");
    }

    [Fact]
    public void A_flash_set_between_frames_starts_with_the_next_frame_due()
    {
        var clock = new ManualClock();
        var number = new FlashingNumber { Value = 10m };
        using var window = new HeadlessWindow(number, 160, 40);
        window.Root.Damage.Time = clock;
        window.RenderFrame();
        var interval = window.Root.Damage.FrameInterval;

        // Just after a frame: the next frame is one interval later, and the flash must still be on then.
        clock.Advance(TimeSpan.FromTicks(1));
        number.Value = 9m;
        clock.Advance(interval - TimeSpan.FromTicks(1));
        Assert.Equal(-1, number.FlashDirection);
        window.RenderFrame();
        clock.Advance(interval);
        Assert.Equal(0, number.FlashDirection);
    }
}
