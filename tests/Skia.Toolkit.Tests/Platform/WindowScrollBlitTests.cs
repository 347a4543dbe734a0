using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering.Backends.Gl;
using Skia.Toolkit.Rendering.Backends.RasterWindow;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Tests.Rendering;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>
/// Scrolling lists move their pixels on every window backend (Widget.InvalidateScrolled): raster with memmove, GL
/// through a scratch texture on the GPU back buffer, Vulkan with vkCmdCopyImage in strips inside its back buffer (GL where it presents by copy-sub-buffer and draws in
/// the window's own buffer: by framebuffer blits through a GL scratch texture). After 60 partial presents that scroll (down and up)
/// and change other widgets, the X server must show exactly the back buffer, the back buffer must equal the same
/// state drawn from scratch on the same backend (partial == full), and the headless frame (exactly on raster; on
/// GPU within the budget the backend consistency test allows for anti-aliased edges). A steady scrolling frame
/// allocates nothing on GL and Vulkan.
/// </summary>
[Collection(DisplayCollection.Name)]
public class WindowScrollBlitTests
{
    private const int RowHeight = 12;
    private const int Rows = 14;
    private const double DifferingPixelBudget = 0.005;

    /// <summary>Row draws its value as a fill, an anti-aliased disc and a bar whose length depends on it.</summary>
    private sealed class Row : ValueRow
    {
        // One paint for every row: a frame must not allocate (the steady-frame test counts bytes).
        private static readonly SKPaint Paint = new() { IsAntialias = true };

        protected override void OnRender(SKCanvas canvas)
        {
            var paint = Paint;
            paint.Color = new SKColor((byte)(Value * 37), (byte)(Value * 91), (byte)(Value * 53));
            canvas.DrawRect(0, 0, Bounds.Width, Bounds.Height, paint);
            paint.Color = SKColors.White;
            canvas.DrawCircle(6 + (Value % 50), Bounds.Height / 2, 3.7f, paint);
            paint.Color = new SKColor(255, 255, 255, 150);
            canvas.DrawRoundRect(70, 3, 10 + (Value % 90), 6, 2, 2, paint);
        }
    }

    /// <summary>Screen is a header, the tape, and a side column of cells that change now and then.</summary>
    private static SlotBoard Screen(out ScrollingTape<Row> tape, out Rectangle[] side)
    {
        var board = new SlotBoard();
        board.Place(new Rectangle { Fill = SKColors.SteelBlue, CornerRadius = 3 }, new SKRect(4, 4, 220, 18));
        tape = new ScrollingTape<Row>(Rows, RowHeight);
        board.Place(tape, new SKRect(4, 20, 220, 20 + (Rows * RowHeight)));
        side = new Rectangle[4];
        for (var i = 0; i < side.Length; i++)
        {
            side[i] = new Rectangle { Fill = SKColors.Gold, CornerRadius = 4, Stroke = SKColors.Black, StrokeThickness = 1 };
            board.Place(side[i], new SKRect(228, 20 + (i * 42), 314, 20 + (i * 42) + 36));
        }
        return board;
    }

    private static readonly SKColor[] SideColors = [SKColors.Gold, SKColors.Crimson, SKColors.Teal, SKColors.Orchid, SKColors.OliveDrab];

    private static Window Open(Widget content, RenderBackendKind kind, float scale) =>
        new(content, new WindowOptions
        {
            Width = 320,
            Height = 200,
            Scale = scale,
            Backend = kind,
            Vsync = false,
            Log = _ => { },
        });

    private static SKBitmap FromXServer(Window window) =>
        X11ImagePresenter.ReadX11Window(Glfw.glfwGetX11Display(), window.X11WindowId, window.Root.PixelSize);

    /// <summary>Step changes the state for frame <paramref name="i"/>: a push of one or two rows, a pop, and now and then a side cell.</summary>
    private static bool Step(ScrollingTape<Row> tape, Rectangle[] side, int i)
    {
        var scrolls = true;
        switch (i % 5)
        {
            case 0: tape.Push(100 + i); break;
            case 1: tape.Push(200 + i, 300 + i); break;
            case 2: tape.PopTop(400 + i); break;
            case 3:
                tape.Push(500 + i);
                side[i % side.Length].Fill = SideColors[i % SideColors.Length];
                break;
            default:
                ChangeCorner(side, i);
                scrolls = false;
                break;
        }
        return scrolls;
    }

    [Theory]
    [InlineData(RenderBackendKind.Raster, 1f)]
    [InlineData(RenderBackendKind.Raster, 2f)]
    [InlineData(RenderBackendKind.Gl, 1f)]
    [InlineData(RenderBackendKind.Gl, 2f)]
    [InlineData(RenderBackendKind.Vulkan, 1f)]
    [InlineData(RenderBackendKind.Vulkan, 2f)]
    public void After_60_scrolling_partial_presents_the_window_equals_the_frame_drawn_from_scratch(RenderBackendKind kind, float scale)
    {
        // GL in a texture back buffer (what drivers with buffer age or a vsynced swap get): scrolls move pixels there.
        using var texture = new GlTextureBackBuffer(kind == RenderBackendKind.Gl);
        ScrollAndCompare(kind, scale);
    }

    [Theory]
    [InlineData(1f)]
    [InlineData(2f)]
    public void On_gl_presenting_by_copy_sub_buffer_scrolls_move_pixels_in_the_window_buffer_and_after_60_the_window_equals_the_frame_drawn_from_scratch(float scale)
    {
        // Mesa's software GLX (this Xvfb): frames are drawn in the window's own buffer (the default framebuffer), and a
        // scroll moves its rows by two framebuffer blits through a GL scratch texture.
        ScrollAndCompare(RenderBackendKind.Gl, scale);
    }

    // GlTextureBackBuffer keeps GL windows opened meanwhile on the texture back buffer, not the window's own buffer.
    private sealed class GlTextureBackBuffer : IDisposable
    {
        private readonly bool active;

        public GlTextureBackBuffer(bool active)
        {
            this.active = active;
            if (active) GlBackend.CopyPresentsAllowed = false;
        }

        public void Dispose()
        {
            if (active) GlBackend.CopyPresentsAllowed = true;
        }
    }

    private static void ScrollAndCompare(RenderBackendKind kind, float scale)
    {
        int[] values;
        SKBitmap shownAfterScrolls;
        using (var window = Open(Screen(out var tape, out var side), kind, scale))
        {
            tape.Load(Enumerable.Range(1, Rows).ToArray());
            Assert.True(window.RenderIfNeeded());
            var total = window.Root.PixelSize.Width * window.Root.PixelSize.Height;
            for (var i = 0; i < 60; i++)
            {
                var scrolls = Step(tape, side, i);
                Assert.True(window.RenderIfNeeded());
                var frame = window.LastFrame;
                Assert.True(frame.PixelsRepainted >= 1 && frame.PixelsRepainted <= total / 4, $"{kind} frame {i}: {frame.PixelsRepainted} pixels repainted of {total}, {frame.PixelsMoved} moved"); // the list was not repainted whole
                if (scrolls) Assert.True(frame.PixelsMoved > 0, $"{kind} frame {i}: the scroll repainted instead of moving pixels");
            }

            values = tape.Values();
            using var shown = FromXServer(window);
            using var backBuffer = window.CaptureBackBuffer();
            using var onServer = PixelDiff.Compare(backBuffer, shown, threshold: 0);
            Assert.True(onServer.Identical || onServer.DifferentPixels == 0, $"{kind} at {scale}x: {onServer.DifferentPixels} pixels on the X server differ from the back buffer");
            shownAfterScrolls = shown.Copy();
        }

        using (shownAfterScrolls)
        {
            // The same state drawn from scratch, once, in a fresh window of the same backend: partial == full.
            using (var fresh = Open(Screen(out var freshTape, out var freshSide), kind, scale))
            {
                freshTape.Load(values);
                for (var i = 0; i < 60; i++) ReplaySide(freshSide, i);
                Assert.True(fresh.RenderIfNeeded());
                using var full = FromXServer(fresh);
                using var diff = PixelDiff.Compare(full, shownAfterScrolls, threshold: 0);
                Assert.True(diff.Identical || diff.DifferentPixels == 0, $"{kind} at {scale}x: {diff.DifferentPixels} pixels after 60 scrolling partial presents differ from the same state drawn whole");
            }

            using var headless = Headless(values, scale);
            using var fromHeadless = PixelDiff.Compare(headless, shownAfterScrolls, threshold: kind == RenderBackendKind.Raster ? 0 : 0.1f);
            Assert.True(fromHeadless.SizesMatch, $"the window shows {fromHeadless.ActualSize}, the headless frame is {fromHeadless.ExpectedSize}");
            var budget = kind == RenderBackendKind.Raster ? 0 : (int)(headless.Width * headless.Height * DifferingPixelBudget);
            Assert.True(fromHeadless.DifferentPixels <= budget, $"{kind} at {scale}x: {fromHeadless.DifferentPixels} pixels differ from the headless frame (budget {budget})");
        }
    }

    // The side cells' final state after steps 0..59, without the tape's moves.
    private static void ReplaySide(Rectangle[] side, int i)
    {
        if (i % 5 == 3) side[i % side.Length].Fill = SideColors[i % SideColors.Length];
        else if (i % 5 == 4) ChangeCorner(side, i);
    }

    private static void ChangeCorner(Rectangle[] side, int i)
    {
        var cell = side[(i + 1) % side.Length];
        cell.CornerRadius = cell.CornerRadius == 9 ? 2 : 9;
    }

    private static SKBitmap Headless(int[] values, float scale)
    {
        var screen = Screen(out var tape, out var side);
        tape.Load(values);
        for (var i = 0; i < 60; i++) ReplaySide(side, i);
        using var window = new HeadlessWindow(screen, 320, 200, scale);
        return window.Capture();
    }

    [Theory]
    [InlineData(RenderBackendKind.Gl)]
    [InlineData(RenderBackendKind.Vulkan)]
    [InlineData(RenderBackendKind.Raster)]
    public void A_steady_scrolling_frame_moves_pixels_and_allocates_nothing_on_every_window_backend(RenderBackendKind kind)
    {
        using var texture = new GlTextureBackBuffer(kind == RenderBackendKind.Gl);
        using var window = Open(Screen(out var tape, out _), kind, 1);
        tape.Load(Enumerable.Range(1, Rows).ToArray());
        window.RenderIfNeeded();
        for (var i = 0; i < 20; i++) // warm-up: the scratch texture, swapchain images, Skia's caches
        {
            tape.Push(i % 7);
            Assert.True(window.RenderIfNeeded());
        }

        const int frames = 50;
        long moved = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < frames; i++)
        {
            tape.Push(i % 7);
            window.RenderIfNeeded();
            moved += window.LastFrame.PixelsMoved;
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(moved >= frames * 200L * (Rows - 1) * RowHeight, $"{kind}: only {moved} pixels moved in {frames} scrolling frames");
        Assert.Equal(0, allocated);
    }
}
