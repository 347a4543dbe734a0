using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering.Backends;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Rendering;

/// <summary>
/// Widget.InvalidateScrolled: the renderer moves the back buffer's pixels and repaints only what the move
/// uncovers and what was invalidated, and the result still equals the same state drawn from scratch.
/// </summary>
public class ScrolledRepaintTests
{
    private const int RowHeight = 10;
    private const int Rows = 12;

    /// <summary>Row draws a value as a fill, an anti-aliased disc and a bar whose length depends on it.</summary>
    private sealed class Row : ValueRow
    {
        // The disc's anti-aliased edge depends on the clip, like any curve (see Widget.IsClipSensitive).
        protected internal override bool IsClipSensitive => true;

        protected override void OnRender(SKCanvas canvas)
        {
            using var paint = new SKPaint { IsAntialias = true, Color = new SKColor((byte)(Value * 37), (byte)(Value * 91), (byte)(Value * 53)) };
            canvas.DrawRect(0, 0, Bounds.Width, Bounds.Height, paint);
            paint.Color = SKColors.White;
            canvas.DrawCircle(5 + (Value % 30), Bounds.Height / 2, 3.3f, paint);
            canvas.DrawRect(45, 2, Value % 40, 5, paint);
        }
    }

    private static (SlotBoard Screen, ScrollingTape<Row> Tape) Screen(bool overlapping = false)
    {
        var tape = new ScrollingTape<Row>(Rows, RowHeight);
        var screen = new SlotBoard();
        screen.Place(new Rectangle { Fill = SKColors.SteelBlue }, new SKRect(0, 0, 80, 15));
        screen.Place(tape, new SKRect(0, 15, 80, 15 + (Rows * RowHeight)));
        // A later sibling, drawn over the tape's last rows when overlapping.
        var belowTop = overlapping ? 120 : 15 + (Rows * RowHeight);
        screen.Place(new Rectangle { Fill = SKColors.Orange }, new SKRect(0, belowTop, 80, belowTop + 20));
        return (screen, tape);
    }

    private static readonly List<string> Log = [];

    private static void AssertSameAsFromScratch(HeadlessWindow window, ScrollingTape<Row> tape, float scale, bool overlapping)
    {
        window.RenderFrame();
        var (screen, fresh) = Screen(overlapping);
        fresh.Load(tape.Values());
        using var reference = new HeadlessWindow(screen, 80, 160, scale);
        reference.RenderFrame();
        var a = window.Backend.Pixels;
        var e = reference.Backend.Pixels;
        Assert.Equal(e.Length, a.Length);
        if (a.SequenceEqual(e)) return;
        var width = window.Backend.PixelSize.Width;
        for (var i = 0; i < a.Length; i++)
        {
            if (Math.Abs(a[i] - e[i]) > 1)
            {
                Assert.Fail($"After {string.Join(" ", Log.TakeLast(6))}: pixel ({i / 4 % width},{i / 4 / width}) channel {i % 4} is {a[i]}, from scratch {e[i]} (scale {scale}, overlapping {overlapping}).");
            }
        }
    }

    [Theory]
    [InlineData(1f)]
    [InlineData(2f)]
    public void Pushing_rows_moves_the_pixels_and_repaints_only_the_new_rows(float scale)
    {
        var (screen, tape) = Screen();
        using var window = new HeadlessWindow(screen, 80, 160, scale);
        tape.Load(Enumerable.Range(1, Rows).ToArray());
        window.RenderFrame();

        tape.Push(100, 101);
        var stats = window.RenderFrame();
        // Two new rows (each invalidation grown by 1 px) and the 1 px of the next widget's grown bounds
        // that reach into the tape: 2 of 12 rows' pixels drawn, the rest moved.
        long width = (long)(80 * scale);
        Assert.InRange(stats.PixelsRepainted, width * (long)(2 * RowHeight * scale), width * ((long)(2 * RowHeight * scale) + 4));
        AssertSameAsFromScratch(window, tape, scale, overlapping: false);
    }

    [Fact]
    public void Random_pushes_pops_and_changes_in_any_order_equal_a_frame_drawn_from_scratch()
    {
        var random = new Random(1234);
        foreach (var scale in new[] { 1f, 1.5f, 2f })
        {
            foreach (var overlapping in new[] { false, true })
            {
                var (screen, tape) = Screen(overlapping);
                using var window = new HeadlessWindow(screen, 80, 160, scale);
                tape.Load(Enumerable.Range(1, Rows).ToArray());
                window.RenderFrame();
                for (var frame = 0; frame < 60; frame++)
                {
                    // Several operations per frame: a row changed before or after a move must still repaint where it ends up.
                    for (var op = random.Next(1, 4); op > 0; op--)
                    {
                        var kind = random.Next(4);
                        Log.Add($"f{frame}:{kind}");
                        switch (kind)
                        {
                            case 0: tape.Push(Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(200)).ToArray()); break;
                            case 1: tape.PopTop(random.Next(200)); break;
                            case 2: tape.RowAt(random.Next(Rows)).Show(random.Next(200)); break;
                            default: tape.Push(Enumerable.Range(0, Rows + 2).Select(_ => random.Next(200)).ToArray()); break;
                        }
                    }
                    AssertSameAsFromScratch(window, tape, scale, overlapping);
                }
                AssertSameAsFromScratch(window, tape, scale, overlapping);
            }
        }
    }

    [Fact]
    public void Something_drawn_over_the_area_is_repainted_where_it_was_and_where_its_pixels_moved()
    {
        var (screen, tape) = Screen(overlapping: true);
        using var window = new HeadlessWindow(screen, 80, 160);
        tape.Load(Enumerable.Range(1, Rows).ToArray());
        window.RenderFrame();
        tape.Push(100);
        var stats = window.RenderFrame();
        // The new row, the 15 px (+1) the orange bar covers, and those pixels' landing place one row down
        // (clipped to the tape): far less than the whole tape, more than the new row alone.
        Assert.InRange(stats.PixelsRepainted, 80 * RowHeight + 80 * 16, 80 * (Rows - 2) * RowHeight);
        AssertSameAsFromScratch(window, tape, 1, overlapping: true);
    }

    [Fact]
    public void A_back_buffer_that_cannot_move_pixels_repaints_the_area_whole()
    {
        var (screen, tape) = Screen();
        var root = new UiRoot(screen, new SKSizeI(80, 160));
        using var backend = new FixedBackBuffer();
        using var renderer = new Skia.Toolkit.Rendering.FrameRenderer(root, backend);
        tape.Load(Enumerable.Range(1, Rows).ToArray());
        renderer.RenderFrame();
        tape.Push(100);
        var stats = renderer.RenderFrame();
        Assert.True(stats.PixelsRepainted >= 80 * Rows * RowHeight);
    }

    [Fact]
    public void A_scroll_distance_must_be_finite()
    {
        var tape = new ScrollingTape<Row>(Rows, RowHeight);
        Assert.Throws<ArgumentOutOfRangeException>(() => tape.InvalidateScrolled(float.NaN));
        tape.InvalidateScrolled(10); // detached: nothing to move, no error
    }

    /// <summary>FixedBackBuffer is a raster back buffer without the ability to move pixels, like today's GPU back buffers.</summary>
    private sealed class FixedBackBuffer : Skia.Toolkit.Rendering.IRenderBackend
    {
        private readonly RasterBackend _raster = new();

        public string Name => "fixed";

        public SKCanvas BeginFrame(SKSizeI pixelSize) => _raster.BeginFrame(pixelSize);

        public void EndFrame() => _raster.EndFrame();

        public void Present() => _raster.Present();

        public void Dispose() => _raster.Dispose();
    }
}
