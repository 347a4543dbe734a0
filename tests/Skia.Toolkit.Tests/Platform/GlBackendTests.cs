using System.Runtime.InteropServices;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Rendering.Backends;
using Skia.Toolkit.Rendering.Backends.Gl;
using Skia.Toolkit.Rendering.Backends.RasterWindow;
using Skia.Toolkit.Testing;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Platform;

[Collection(DisplayCollection.Name)]
public partial class GlBackendTests
{
    [Fact]
    public void Gl_window_shows_what_was_drawn_into_the_back_buffer()
    {
        using var window = new GlfwWindow(200, 120, "gl smoke", withGlContext: true, visible: true, new NullEventSink());
        using var backend = new GlBackend(window, vsync: false);
        var size = window.FramebufferSize;
        var canvas = backend.BeginFrame(size);
        canvas.Clear(SKColors.White);
        using (var red = new SKPaint { Color = SKColors.Red })
        {
            canvas.DrawRect(10, 20, 50, 40, red);
        }
        backend.EndFrame();
        backend.Present();
        using var shown = backend.ReadWindowPixels();
        Assert.Equal(size.Width, shown.Width);
        Assert.Equal(SKColors.Red, shown.GetPixel(30, 40));
        Assert.Equal(SKColors.White, shown.GetPixel(5, 5));
        Assert.Equal(SKColors.White, shown.GetPixel(30, 15)); // the top row is on top: no vertical flip
    }

    [LibraryImport("libGL.so.1")] private static partial IntPtr glXQueryExtensionsString(IntPtr display, int screen);
    [LibraryImport("libX11.so.6")] private static partial int XDefaultScreen(IntPtr display);

    // The display's GLX extensions, asked here rather than through the backend's own probe.
    private static bool DisplayOffers(string extension)
    {
        var display = Glfw.glfwGetX11Display();
        var all = Marshal.PtrToStringUTF8(glXQueryExtensionsString(display, XDefaultScreen(display))) ?? "";
        return all.Split(' ').Contains(extension);
    }

    private static void Frame(GlBackend backend, SKSizeI size, SKColor background, SKRectI? changed, SKColor colour)
    {
        var canvas = backend.BeginFrame(size);
        if (changed is { } r)
        {
            using var paint = new SKPaint { Color = colour, BlendMode = SKBlendMode.Src };
            canvas.DrawRect(r, paint);
            ((IPresentDamageSink)backend).AddPresentDamage([r]);
        }
        else
        {
            canvas.Clear(background);
        }
        backend.EndFrame();
        backend.Present();
    }


    [Fact]
    public void Where_the_driver_offers_copy_sub_buffer_and_no_buffer_age_a_present_puts_only_the_changed_rectangles()
    {
        using var window = new GlfwWindow(200, 120, "gl copy-sub-buffer", withGlContext: true, visible: true, new NullEventSink());
        using var backend = new GlBackend(window, vsync: false);
        var expected = DisplayOffers("GLX_MESA_copy_sub_buffer") && !DisplayOffers("GLX_EXT_buffer_age");
        Assert.Equal(expected, backend.PresentsByCopy);
        Assert.Equal(expected, backend.Detail.EndsWith(", present by copy-sub-buffer", StringComparison.Ordinal));
        if (!expected) return; // a driver with buffer age (or neither) swaps: covered by the window tests

        var size = window.FramebufferSize;
        Frame(backend, size, SKColors.White, null, default);
        Assert.Equal((long)size.Width * size.Height, backend.PixelsPut); // the first present puts everything
        ScrollPixelChecks.AssertXServerShowsBackBuffer(window, backend, size, "after the first present");

        // Two rectangles far apart: each is put on its own (their bounding box would waste most of its pixels).
        var before = backend.PixelsPut;
        var a = new SKRectI(10, 20, 50, 40);
        var b = new SKRectI(150, 90, 170, 110);
        var canvas = backend.BeginFrame(size);
        using (var red = new SKPaint { Color = SKColors.Red })
        {
            canvas.DrawRect(a, red);
            canvas.DrawRect(b, red);
        }
        ((IPresentDamageSink)backend).AddPresentDamage([a, b]);
        backend.EndFrame();
        backend.Present();
        Assert.Equal(40 * 20 + 20 * 20, backend.PixelsPut - before);
        ScrollPixelChecks.AssertXServerShowsBackBuffer(window, backend, size, "after a present of two rectangles");

        // Many small changes in a row, drawn into the window's own back buffer: it must keep every earlier frame's
        // pixels, so it equals the same drawing done on the CPU in one surface.
        using var reference = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var cpu = new SKCanvas(reference))
        using (var paint = new SKPaint { BlendMode = SKBlendMode.Src })
        {
            cpu.Clear(SKColors.White);
            paint.Color = SKColors.Red;
            cpu.DrawRect(a, paint);
            cpu.DrawRect(b, paint);
            for (var i = 0; i < 30; i++)
            {
                var r = SKRectI.Create(5 + i * 6 % 180, 5 + i * 11 % 100, 6, 9);
                var colour = i % 2 == 0 ? SKColors.Navy : SKColors.Gold;
                Frame(backend, size, default, r, colour);
                paint.Color = colour;
                cpu.DrawRect(r, paint);
            }
        }
        using (var held = backend.ReadBackBuffer())
        using (var diff = PixelDiff.Compare(reference, held, threshold: 0))
        {
            Assert.True(diff.Identical || diff.DifferentPixels == 0, $"the window's back buffer lost pixels between presents: {diff.DifferentPixels} differ");
        }
        ScrollPixelChecks.AssertXServerShowsBackBuffer(window, backend, size, "after 30 small presents");
        Assert.Equal(0, backend.RefusedCopies);
    }

    [Fact]
    public void A_backend_that_presents_by_copy_leaves_pacing_to_the_frame_clock()
    {
        using var window = new GlfwWindow(120, 80, "gl pacing", withGlContext: true, visible: true, new NullEventSink());
        using var backend = new GlBackend(window, vsync: true);
        // A copy never waits for the display: claiming vsync would stop the frame clock from pacing frames.
        if (backend.PresentsByCopy) Assert.False(backend.Vsync);
        else Assert.True(backend.Vsync);
        // Copies replace vsynced swaps only where the driver cannot make a swap wait anyway.
        if (backend.PresentsByCopy)
        {
            Assert.False(DisplayOffers("GLX_EXT_swap_control") || DisplayOffers("GLX_MESA_swap_control") || DisplayOffers("GLX_SGI_swap_control"));
        }
    }

    [Fact]
    public void A_frame_larger_than_the_drivers_buffer_is_refused_by_the_server_without_ending_the_process_and_the_next_size_shows_whole()
    {
        using var window = new GlfwWindow(200, 120, "gl refused copy", withGlContext: true, visible: true, new NullEventSink());
        using var backend = new GlBackend(window, vsync: false);
        if (!backend.PresentsByCopy) return; // only copies can ask for pixels the driver's buffer lacks
        var size = window.FramebufferSize;
        Frame(backend, size, SKColors.White, null, default);

        // The toolkit believes in a size the window does not have (a resize between the driver's look and the draw):
        // the server refuses the copy (BadValue), which Xlib's default handler would make fatal.
        Frame(backend, new SKSizeI(size.Width + 40, size.Height + 30), SKColors.Teal, null, default);
        Assert.Equal(1, backend.RefusedCopies);

        // Back at the window's real size, the whole frame is shown, and partial presents work again.
        Frame(backend, size, SKColors.Orange, null, default);
        Frame(backend, size, default, new SKRectI(20, 20, 60, 50), SKColors.Navy);
        ScrollPixelChecks.AssertXServerShowsBackBuffer(window, backend, size, "after a refused copy and a present at the real size");
        Assert.Equal(1, backend.RefusedCopies);
    }

    [Fact]
    public void A_scroll_in_the_windows_own_buffer_moves_every_pixel_unchanged_and_the_x_server_shows_it()
    {
        using var window = new GlfwWindow(200, 160, "gl window scroll", withGlContext: true, visible: true, new NullEventSink());
        using var backend = new GlBackend(window, vsync: false);
        if (!backend.PresentsByCopy) return; // a texture back buffer scrolls through Skia: WindowScrollBlitTests
        var size = window.FramebufferSize;

        using var expected = ScrollPixelChecks.PresentEveryPixelDifferent(backend, size);

        // Down and up, in an area away from every edge, and ones that span the window's width; the move by one row of
        // the tall area takes more strips than GlWindowScroll.MaxStrips and goes through the scratch texture.
        (SKRectI Area, int Dy)[] moves = [(new SKRectI(13, 17, 151, 97), 9), (new SKRectI(13, 17, 151, 97), -23), (new SKRectI(0, 5, size.Width, size.Height), -1), (new SKRectI(0, 0, size.Width, 60), 40)];
        foreach (var (area, dy) in moves)
        {
            Assert.True(((IScrollableBackBuffer)backend).TryScroll(size, area, dy), $"the scroll of {area} by {dy} was refused");
            ScrollPixelChecks.MoveRows(expected, area, dy);
            backend.BeginFrame(size);
            ((IPresentDamageSink)backend).AddPresentDamage([area]);
            backend.EndFrame();
            backend.Present();
            ScrollPixelChecks.AssertBackBufferIs(backend, expected, $"after the scroll of {area} by {dy}");
            ScrollPixelChecks.AssertXServerShowsBackBuffer(window, backend, size, $"after the scroll of {area} by {dy}");
        }
        Assert.Equal(moves.Length, backend.ScrollBlits);

        // Nothing would stay visible: the caller repaints instead.
        Assert.False(((IScrollableBackBuffer)backend).TryScroll(size, new SKRectI(0, 0, 50, 20), 20));
    }


    private static readonly SKColor[] Steps = [SKColors.Orange, SKColors.Teal, new(20, 20, 20, 90), SKColors.HotPink, SKColors.Gold];

    [Theory]
    [InlineData(1f)]
    [InlineData(2f)]
    public void A_gl_window_after_60_partial_presents_holds_and_shows_what_a_full_repaint_draws(float scale)
    {
        using var window = new Window(BackendScene.Build(out var cells), new WindowOptions
        {
            Width = BackendScene.Width,
            Height = BackendScene.Height,
            Scale = scale,
            Backend = RenderBackendKind.Gl,
            Vsync = false,
            Log = _ => { },
        });
        window.Root.Background = SKColors.Lavender;
        window.RenderIfNeeded();
        var total = window.Root.PixelSize.Width * window.Root.PixelSize.Height;
        for (var i = 0; i < 60; i++)
        {
            var cell = cells[(i * 5 + 2) % cells.Count];
            cell.Fill = Steps[i % Steps.Length];
            cell.CornerRadius = 1 + i % 4;
            Assert.True(window.RenderIfNeeded());
            Assert.InRange(window.LastFrame.PixelsRepainted, 1, total / 3);
        }
        using var partial = window.CaptureBackBuffer();
        using var shownPartial = X11ImagePresenter.ReadX11Window(Glfw.glfwGetX11Display(), window.X11WindowId, window.Root.PixelSize);

        // The same state drawn whole: what 60 partial frames left in the back buffer and on the X server must equal it.
        window.Root.Damage.InvalidateAll();
        Assert.True(window.RenderIfNeeded());
        Assert.Equal(total, window.LastFrame.PixelsRepainted);
        using var full = window.CaptureBackBuffer();
        using (var diff = PixelDiff.Compare(full, partial, threshold: 0))
        {
            Assert.True(diff.Identical || diff.DifferentPixels == 0, $"the back buffer after 60 partial frames differs from a full repaint in {diff.DifferentPixels} pixels");
        }
        using (var diff = PixelDiff.Compare(full, shownPartial, threshold: 0))
        {
            Assert.True(diff.Identical || diff.DifferentPixels == 0, $"the X server after 60 partial presents differs from a full repaint in {diff.DifferentPixels} pixels");
        }
    }
}
