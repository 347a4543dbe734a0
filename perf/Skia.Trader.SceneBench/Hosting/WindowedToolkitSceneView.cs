using Skia.Toolkit.Platform;
using Skia.Toolkit.Widgets;
using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Hosting;
using Skia.Trader.Scene.Layout;
using Skia.Trader.Scene.Measurement;
using Skia.Trader.SceneBench.Screen;
using Skia.Trader.SceneBench.Widgets;
using SkiaSharp;

namespace Skia.Trader.SceneBench.Hosting;

/// <summary>
/// WindowedToolkitSceneView shows the scene's widget tree in a real 1280x800 window through the
/// toolkit's own <see cref="Window"/> on the raster, GL or Vulkan backend: each frame repaints only the
/// dirty region into the backend's retained back buffer and presents it (raster: only the dirty rectangles
/// put on the X server; GL and Vulkan: per the backend's present rule), exactly as the
/// toolkit's windowed path does for any application. The scene paces itself (SceneRun's 60 Hz
/// slots), so the window's own loop is not run and vsync is off: under Xvfb there is no vertical
/// blank to wait for, and a blocking swap would pace frames a second time.
/// </summary>
internal sealed class WindowedToolkitSceneView : IMeasuredSceneView
{
    private const double WindowPixels = (double)SceneLayout.Width * SceneLayout.Height;
    private readonly SceneTheme _theme;
    private readonly SceneTime _time = new();
    private double _repaintedShareSum;
    private double _movedShareSum;
    private double _offscreenShareSum;
    private int _frames;

    /// <summary>WindowedToolkitSceneView opens the window on <paramref name="mode"/>'s backend while a worker loads the fonts, then builds the tree into it, marking each phase on <paramref name="timeline"/> when given ("fonts" is what was left to wait for once the window was open).</summary>
    /// <param name="mode">RasterWindow, Gl or Vulkan.</param>
    /// <param name="timeline">Start-up phases are marked on it when given.</param>
    /// <param name="visible">False opens the window unmapped (tests: it neither takes the focus nor covers other windows on a shared display); it still renders and reads back.</param>
    /// <param name="rasterFirst">True shows the first frames (gl, vulkan) from the CPU while the GPU backend is made on a worker (<see cref="WindowOptions.RasterFirstFrame"/>).</param>
    public WindowedToolkitSceneView(SceneMode mode, StartupTimeline? timeline = null, bool visible = true, bool rasterFirst = false)
    {
        var backend = mode switch
        {
            SceneMode.RasterWindow => RenderBackendKind.Raster, // vsync off: CPU drawing put on the X server, no GL
            SceneMode.Gl => RenderBackendKind.Gl,
            SceneMode.Vulkan => RenderBackendKind.Vulkan,
            _ => throw new ArgumentException($"a windowed view needs raster-window, gl or vulkan, not {mode}", nameof(mode)),
        };
        ModeName = SceneProgram.ModeName(mode);
        // The window opens on this (the UI) thread while a worker loads the fonts: opening it is mostly waiting on the
        // X server (and, for gl and vulkan, the driver), loading fonts is CPU work, so the two overlap. The tree goes
        // into a host that the window shows from the start.
        var fonts = Task.Run(SceneTheme.LoadFonts);
        var host = new Border();
        Window = new Window(host, new WindowOptions
        {
            Title = "Skia.Trader reference scene (toolkit, " + ModeName + ")",
            Width = SceneLayout.Width,
            Height = SceneLayout.Height,
            Scale = 1, // SCENE.md: 1280 x 800 at scale 1, whatever the display's DPI
            Backend = backend,
            Vsync = false,
            Visible = visible,
            RasterFirstFrame = rasterFirst,
            DiagnosticsHotkey = null, // the headless bench has no overlay either
            Log = line => BackendLog = line,
        });
        timeline?.Mark("window");
        fonts.GetAwaiter().GetResult();
        timeline?.Mark("fonts");
        _theme = new SceneTheme();
        Screen = new SceneScreen(_theme);
        host.Child = Screen;
        Window.Root.Background = SceneTheme.Color(ScenePalette.Background);
        Window.Root.Theme = _theme.Toolkit; // the order history Table's and the terminal panels' rows, text and colours
        Window.Root.Damage.Time = _time; // the scene's time, as the headless bench (the ladder's time-driven looks)
        Window.Root.Damage.FrameInterval = SceneTime.FrameInterval;
        timeline?.Mark("tree build");
        Window.Root.UpdateLayout();
        timeline?.Mark("layout");
    }

    /// <summary>Screen is the scene's widget tree.</summary>
    public SceneScreen Screen { get; }

    /// <summary>Window is the toolkit window showing the tree.</summary>
    public Window Window { get; }

    /// <summary>BackendLog is the window's line saying which backend and device it uses.</summary>
    public string BackendLog { get; private set; } = "";

    /// <inheritdoc />
    public string ProgramName => "toolkit";

    /// <inheritdoc />
    public string ModeName { get; }

    /// <inheritdoc />
    public double RepaintedShare => _frames == 0 ? 0 : _repaintedShareSum / _frames;

    /// <inheritdoc />
    public double MovedShare => _frames == 0 ? 0 : _movedShareSum / _frames;

    /// <inheritdoc />
    public double OffscreenShare => _frames == 0 ? 0 : _offscreenShareSum / _frames;

    /// <inheritdoc />
    public double? TextCacheHitRate => _theme.Text.HitRate;

    /// <inheritdoc />
    public string? Diagnostics => $"toolkit: {_frames} frames; {BackendLog}";

    /// <inheritdoc />
    public void RenderFrame(SceneFeed feed, double nowMs)
    {
        Window.PollEvents();
        _time.NowMs = nowMs;
        Screen.Show(feed, nowMs);
        // Renders the dirty region into the back buffer, copies it to the window and swaps/presents.
        if (Window.RenderIfNeeded())
        {
            var stats = Window.LastFrame;
            _repaintedShareSum += stats.PixelsRepainted / WindowPixels;
            _movedShareSum += stats.PixelsMoved / WindowPixels;
            _offscreenShareSum += stats.PixelsOffscreen / WindowPixels;
        }
        _frames++;
    }

    /// <inheritdoc />
    public void WaitUntilShown() => Window.WaitUntilShown();

    /// <inheritdoc />
    public string? ShowOnGpu()
    {
        if (!Window.GpuWarming) return null;
        if (!Window.WaitForGpu(TimeSpan.FromMinutes(2))) throw new TimeoutException("the GPU backend was not made within 2 minutes");
        Window.RenderIfNeeded(); // presents the frame the GPU backend took over, whole
        Window.WaitUntilShown();
        return Window.BackendName;
    }

    /// <summary>Capture reads back what the window shows (the window's framebuffer or swapchain image), as premultiplied RGBA.</summary>
    public SKBitmap Capture() => Window.Capture();

    /// <inheritdoc />
    public void SavePng(string path) => Window.SavePng(path);

    /// <inheritdoc />
    public void Dispose() => Window.Dispose();
}
