using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering.Backends.RasterWindow;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>
/// WindowFrameChecks is what the window tests share: a <see cref="BackendScene"/> window on a backend, the step that
/// changes one cell per frame, partial frames, a resize waited for, and the check that what the X server shows (read
/// back with XGetImage) is the whole frame: exactly the retained back buffer, and the headless frame of the same state
/// (exactly on raster; within <see cref="GpuDifferingPixelBudget"/> on GL and Vulkan).
/// </summary>
internal static class WindowFrameChecks
{
    /// <summary>GpuDifferingPixelBudget is the share of pixels GPU rasterisers may cover differently from Skia's CPU one at anti-aliased edges (as WindowBackendConsistencyTests).</summary>
    public const double GpuDifferingPixelBudget = 0.005;

    /// <summary>EveryBackendAtScales1And2 is every window backend (auto, raster, GL, Vulkan) at scales 1 and 2, for theories.</summary>
    public static TheoryData<RenderBackendKind, float> EveryBackendAtScales1And2 => new()
    {
        { RenderBackendKind.Auto, 1f },
        { RenderBackendKind.Auto, 2f },
        { RenderBackendKind.Raster, 1f },
        { RenderBackendKind.Raster, 2f },
        { RenderBackendKind.Gl, 1f },
        { RenderBackendKind.Gl, 2f },
        { RenderBackendKind.Vulkan, 1f },
        { RenderBackendKind.Vulkan, 2f },
    };

    private static readonly SKColor[] StepColors = [SKColors.Orange, SKColors.Teal, new(20, 20, 20, 90), SKColors.HotPink, SKColors.Gold, SKColors.SeaGreen, SKColors.Navy];

    /// <summary>Open opens a <see cref="BackendScene"/> window on <paramref name="kind"/> at <paramref name="scale"/>, vsync off, on a lavender background.</summary>
    public static Window Open(RenderBackendKind kind, float scale, out List<Rectangle> cells, Action<string>? log = null, bool rasterFirst = false, string? title = null)
    {
        var window = new Window(BackendScene.Build(out cells), new WindowOptions
        {
            Title = title ?? $"{kind} {scale}x",
            Width = BackendScene.Width,
            Height = BackendScene.Height,
            Scale = scale,
            Backend = kind,
            Vsync = false,
            RasterFirstFrame = rasterFirst,
            Log = log ?? (_ => { }),
        });
        window.Root.Background = SKColors.Lavender;
        return window;
    }

    /// <summary>Step changes cell state <paramref name="i"/>: one cell's fill (one of them translucent) and corner radius.</summary>
    public static void Step(List<Rectangle> cells, int i)
    {
        var cell = cells[(i * 3 + 1) % cells.Count];
        cell.Fill = StepColors[i % StepColors.Length];
        cell.CornerRadius = 1 + i % 5;
    }

    /// <summary>PartialFrames renders <paramref name="count"/> frames, each after one <see cref="Step"/> from <paramref name="from"/>, asserting each repainted a part of the window only; returns the next step.</summary>
    public static int PartialFrames(Window window, List<Rectangle> cells, int from, int count)
    {
        var total = window.Root.PixelSize.Width * window.Root.PixelSize.Height;
        for (var i = from; i < from + count; i++)
        {
            Step(cells, i);
            Assert.True(window.RenderIfNeeded());
            Assert.InRange(window.LastFrame.PixelsRepainted, 1, total / 3); // really partial
        }
        return from + count;
    }

    /// <summary>FromXServer reads back what the X server shows in the window (XGetImage on GLFW's connection).</summary>
    public static SKBitmap FromXServer(Window window) =>
        X11ImagePresenter.ReadX11Window(Glfw.glfwGetX11Display(), window.X11WindowId, window.Root.PixelSize);

    /// <summary>Reference is the headless frame of the scene after <paramref name="steps"/> steps, at the window's logical size and <paramref name="scale"/>.</summary>
    public static SKBitmap Reference(Window window, int steps, float scale)
    {
        var logical = window.Root.LogicalSize;
        return BackendScene.Reference(scale, c => { for (var i = 0; i < steps; i++) Step(c, i); }, (int)logical.Width, (int)logical.Height);
    }

    /// <summary>
    /// AssertShowsWholeFrame renders what is pending, waits until the frame is on the X server and reads the window back:
    /// it must be the back buffer exactly, and the headless frame after <paramref name="steps"/> steps (exactly on raster,
    /// within <see cref="GpuDifferingPixelBudget"/> on GL and Vulkan).
    /// </summary>
    public static void AssertShowsWholeFrame(Window window, int steps, float scale, string when)
    {
        window.RenderIfNeeded();
        window.WaitUntilShown(); // a swap on a context's own connection: waited for there, then read on GLFW's
        using var shown = FromXServer(window);
        using (var backBuffer = window.CaptureBackBuffer())
        using (var diff = PixelDiff.Compare(backBuffer, shown, threshold: 0))
        {
            Assert.True(diff.SizesMatch, $"{when}: the window shows {diff.ActualSize}, the back buffer is {diff.ExpectedSize}");
            Assert.True(diff.Identical || diff.DifferentPixels == 0, $"{when}: {diff.DifferentPixels} pixels on the X server differ from the back buffer");
        }
        using var reference = Reference(window, steps, scale);
        bool raster = window.BackendName == "raster";
        AssertShows(reference, shown, raster ? 0 : Budget(reference), exact: raster, $"{when} ({window.BackendName})");
    }

    /// <summary>AssertShows checks that the window (read back from the X server) is <paramref name="expected"/>, with at most <paramref name="budget"/> pixels different (PixelDiff's default threshold, anti-aliased pixels tolerated).</summary>
    public static void AssertShows(SKBitmap expected, Window window, int budget, string when)
    {
        using var shown = FromXServer(window);
        AssertShows(expected, shown, budget, exact: false, when);
    }

    /// <summary>Budget is <see cref="GpuDifferingPixelBudget"/> of <paramref name="frame"/>'s pixels.</summary>
    public static int Budget(SKBitmap frame) => (int)(frame.Width * frame.Height * GpuDifferingPixelBudget);

    private static void AssertShows(SKBitmap expected, SKBitmap shown, int budget, bool exact, string when)
    {
        // Exact: every pixel equal (threshold 0); else PixelDiff's default threshold with anti-aliased pixels tolerated.
        using var diff = exact ? PixelDiff.Compare(expected, shown, threshold: 0) : PixelDiff.Compare(expected, shown);
        Assert.True(diff.SizesMatch, $"{when}: the window shows {diff.ActualSize}, the headless frame is {diff.ExpectedSize}");
        Assert.True(diff.Identical || diff.DifferentPixels <= budget, $"{when}: {diff.DifferentPixels} pixels on the X server differ from the headless frame (budget {budget})");
    }

    /// <summary>ResizeTo asks for a logical size and waits (bounded) until the window's pixel size follows; asserts it became the device size of that at the window's scale.</summary>
    public static void ResizeTo(Window window, int width, int height)
    {
        var scale = window.Root.Scale;
        var expected = new SKSizeI((int)MathF.Ceiling(width * scale), (int)MathF.Ceiling(height * scale));
        window.Resize(width, height);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (window.Root.PixelSize != expected && DateTime.UtcNow < deadline)
        {
            window.PollEvents();
            Thread.Sleep(10);
        }
        Assert.Equal(expected, window.Root.PixelSize);
        window.RenderIfNeeded(); // the resize may already have rendered the new size
    }

    /// <summary>PumpUntilShown handles events and renders until the X server shows the back buffer exactly (an expose answered), for at most 5 s.</summary>
    public static void PumpUntilShown(Window window)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        do
        {
            window.PollEvents();
            window.RenderIfNeeded();
            window.WaitUntilShown();
            using var shown = FromXServer(window);
            using var backBuffer = window.CaptureBackBuffer();
            using var diff = PixelDiff.Compare(backBuffer, shown, threshold: 0);
            if (diff.SizesMatch && (diff.Identical || diff.DifferentPixels == 0)) return;
            Thread.Sleep(10);
        }
        while (DateTime.UtcNow < deadline);
    }

    /// <summary>
    /// CoverUncoverAndLosePixels covers the window with another and takes it away, then makes the window lose its pixels
    /// (as a server without backing store does) with a change arriving with the expose; after each, what the X server shows
    /// must be the whole frame. Returns the next step.
    /// </summary>
    public static int CoverUncoverAndLosePixels(Window window, List<Rectangle> cells, int steps, float scale)
    {
        var size = window.Root.PixelSize;
        using (var cover = new GlfwWindow(size.Width, size.Height, "cover", withGlContext: false, visible: true, new NullEventSink()))
        {
            window.PollEvents();
        }
        PumpUntilShown(window);
        AssertShowsWholeFrame(window, steps, scale, "after cover and uncover");
        // Xvfb may restore what the cover hid from a backing store; a server without one loses those pixels
        // and sends an expose. Do that here, so the test holds on either server.
        X11Damage.LosePixels(Glfw.glfwGetX11Display(), window.X11WindowId, size.Width, size.Height);
        using var lost = FromXServer(window);
        // A change arrives with the expose: the frame that shows it must still present everything.
        Step(cells, steps++);
        PumpUntilShown(window);
        AssertShowsWholeFrame(window, steps, scale, "after lost pixels, an expose and a change");
        using (var backBuffer = window.CaptureBackBuffer())
        using (var lostDiff = PixelDiff.Compare(backBuffer, lost, threshold: 0))
        {
            Assert.True(lostDiff.DifferentPixels > 0, "covering the window lost no pixels: the expose path went untested");
        }
        return steps;
    }
}
