using Skia.Toolkit.Rendering.Backends;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Rendering.Backends;

public class PresentDamageTests
{
    private static readonly SKSizeI Size = new(100, 80);

    private static PresentDamage AfterFirstPresent()
    {
        var damage = new PresentDamage();
        Assert.False(damage.Take(Size, 1, out _)); // the first present copies everything
        return damage;
    }

    [Fact]
    public void A_persistent_window_gets_only_the_rectangles_changed_since_the_last_present()
    {
        var damage = AfterFirstPresent();
        damage.Add(new SKRectI(10, 10, 20, 20));
        damage.Add(new SKRectI(90, 70, 120, 90)); // clipped to the buffer
        Assert.True(damage.Take(Size, 1, out var rects));
        Assert.Equal([new SKRectI(10, 10, 20, 20), new SKRectI(90, 70, 100, 80)], rects.ToArray());
    }

    [Fact]
    public void A_buffer_of_age_3_also_gets_what_the_two_presents_it_missed_changed()
    {
        var damage = AfterFirstPresent();
        damage.Add(new SKRectI(0, 0, 5, 5));
        Assert.True(damage.Take(Size, 1, out _));
        damage.Add(new SKRectI(10, 0, 15, 5));
        Assert.True(damage.Take(Size, 1, out _));
        damage.Add(new SKRectI(20, 0, 25, 5));
        Assert.True(damage.Take(Size, 3, out var rects));
        Assert.Equal([new SKRectI(20, 0, 25, 5), new SKRectI(10, 0, 15, 5), new SKRectI(0, 0, 5, 5)], rects.ToArray());
    }

    [Fact]
    public void Unknown_age_a_resize_an_old_buffer_or_a_present_with_no_change_copy_everything()
    {
        var damage = AfterFirstPresent();
        damage.Add(new SKRectI(0, 0, 5, 5));
        Assert.False(damage.Take(Size, 0, out _)); // the swap does not keep contents
        damage.Add(new SKRectI(0, 0, 5, 5));
        Assert.False(damage.Take(new SKSizeI(120, 80), 1, out _)); // new size
        damage.Add(new SKRectI(0, 0, 5, 5));
        Assert.False(damage.Take(new SKSizeI(120, 80), 2, out _)); // the buffer missed the full present after the resize
        Assert.False(damage.Take(new SKSizeI(120, 80), 1, out _)); // no recorded change: an expose
        damage.Add(new SKRectI(0, 0, 5, 5));
        Assert.False(damage.Take(new SKSizeI(120, 80), PresentDamage.History + 2, out _)); // older than the history
    }

    [Fact]
    public void More_rectangles_than_it_keeps_make_a_full_copy()
    {
        var damage = AfterFirstPresent();
        for (var i = 0; i < 40; i++) damage.Add(new SKRectI(i, 0, i + 1, 1));
        Assert.False(damage.Take(Size, 1, out _));
    }

    [Fact]
    public void The_bounding_box_stands_for_rectangles_only_when_it_wastes_little()
    {
        Assert.True(PresentDamage.Cover([new SKRectI(0, 0, 10, 10), new SKRectI(0, 10, 10, 21)], out var box));
        Assert.Equal(new SKRectI(0, 0, 10, 21), box);
        Assert.False(PresentDamage.Cover([new SKRectI(0, 0, 10, 10), new SKRectI(90, 70, 100, 80)], out _));
    }

    [Fact]
    public void Taking_a_partial_present_allocates_nothing()
    {
        var damage = AfterFirstPresent();
        ReadOnlySpan<SKRectI> frame = [new SKRectI(1, 1, 9, 9), new SKRectI(20, 20, 30, 30)];
        damage.Add(frame);
        damage.Take(Size, 2, out _);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            damage.Add(frame);
            Assert.True(damage.Take(Size, 2, out _));
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
