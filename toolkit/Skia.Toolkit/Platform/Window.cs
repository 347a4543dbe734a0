using Skia.Toolkit.Core;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Rendering.Backends;
using Skia.Toolkit.Threading;
using SkiaSharp;

namespace Skia.Toolkit.Platform;

/// <summary>
/// Window shows a widget tree in a real desktop window (GLFW) and drives it: it maps the window
/// system's input to <see cref="UiRoot"/> dispatch, re-lays-out and makes a new surface on resize,
/// keeps logical and device pixels apart (DPI scale), and runs the UI loop: events, dispatcher
/// work, snapshots, then a frame only when something changed. The thread that creates it is its
/// UI thread.
/// </summary>
/// <example>
/// <code>
/// using var window = new Window(page, new WindowOptions { Title = "Gallery", Backend = RenderBackendKind.Auto });
/// window.Run(); // until the user closes it
/// </code>
/// </example>
public sealed partial class Window : IAppWindow
{
    private readonly GlfwWindow window;
    private readonly IWindowBackend backend;
    private readonly GpuHandoverBackend? handover;
    private readonly Action<string> log;
    private readonly FrameRenderer? renderer;
    private readonly float? scaleOverride;
    private bool needsPresent;
    private bool disposed;

    /// <summary>
    /// Window opens a window showing <paramref name="content"/>. Throws <see cref="DisplayUnavailableException"/>
    /// saying how to go on (run under xvfb-run, or --headless with <see cref="Hosting.Application"/>) when there is no display.
    /// </summary>
    public Window(Widget content, WindowOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= new WindowOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Height, 1);
        if (options.Scale is { } s && (!float.IsFinite(s) || s <= 0)) throw new ArgumentOutOfRangeException(nameof(options), s, "Scale must be finite and positive");
        scaleOverride = options.Scale;

        // The first window's scale is not known before GLFW runs; open at the override (or 1) and correct below.
        var guessScale = scaleOverride ?? 1;
        var (glfwWindow, windowBackend, line) = WindowBackendSelection.Open(options,
            (int)MathF.Ceiling(options.Width * guessScale), (int)MathF.Ceiling(options.Height * guessScale), this);
        window = glfwWindow;
        backend = windowBackend;
        handover = windowBackend as GpuHandoverBackend;
        log = options.Log ?? Console.Error.WriteLine;
        BackendLog = line;
        log(line);

        try
        {
            var scale = scaleOverride ?? window.ContentScale;
            if (scale != guessScale) window.SetSize((int)MathF.Ceiling(options.Width * scale), (int)MathF.Ceiling(options.Height * scale));
            Root = new UiRoot(content, ValidSize(window.FramebufferSize), scale) { Clipboard = new GlfwClipboard(window) };
            Dispatcher = new UiDispatcher();
            Clock = new FrameClock(options.RefreshRate) { Vsync = backend.Vsync };
            Root.Damage.FrameInterval = Clock.FrameInterval;
            renderer = new FrameRenderer(Root, backend);
            UiThreadCheck.Register(Root, Dispatcher);
            if (options.DiagnosticsHotkey is { } diagnosticsHotkey) Diagnostics.DiagnosticsOverlay.Install(Root, diagnosticsHotkey).FrameInterval = Clock.FrameInterval;
        }
        catch
        {
            backend.Dispose();
            window.Dispose();
            throw;
        }
        Dispatcher.WorkQueued += GlfwRuntime.Wake;
        // The loop notices a finished worker within a frame interval anyway; waking it hands over at once.
        handover?.Warming.ContinueWith(_ => GlfwRuntime.Wake(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    /// <summary>Root is the window's tree root (layout, dirty region, focus, input dispatch).</summary>
    public UiRoot Root { get; }

    /// <summary>Dispatcher queues work from other threads onto this window's UI thread.</summary>
    public UiDispatcher Dispatcher { get; }

    /// <summary>Clock paces frames and records their statistics (p50/p99/max frame time, shown, dropped).</summary>
    public FrameClock Clock { get; }

    /// <summary>BackendName is the backend in use: "gl", "vulkan" or "raster".</summary>
    public string BackendName => backend.Name;

    /// <summary>BackendLog is the one line saying which backend is in use and why (the newest, after a hand-over from the raster first frame).</summary>
    public string BackendLog { get; private set; }

    /// <summary>
    /// GpuWarming says the window shows frames from the CPU while its GL or Vulkan backend is still being made on a worker
    /// (<see cref="WindowOptions.RasterFirstFrame"/>); false once the window has switched, kept raster, or never warmed.
    /// </summary>
    public bool GpuWarming => handover is { Decided: false };

    /// <summary>BackendChanged fires on the UI thread after the hand-over from the raster first frames was decided (<see cref="BackendName"/> and <see cref="BackendLog"/> say the outcome).</summary>
    public event Action? BackendChanged;

    /// <summary>
    /// WaitForGpu blocks until the worker making the GPU backend has finished (at most <paramref name="timeout"/>), then
    /// hands over before returning, so the next frame goes to the GPU backend; returns false when it timed out. Returns true
    /// at once when nothing is warming. For programs and tests that must know which backend draws next.
    /// </summary>
    public bool WaitForGpu(TimeSpan timeout)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        Dispatcher.VerifyAccess();
        if (handover is not { Decided: false } warming) return true;
        warming.StartWarming(); // a worker still waiting for the first frame starts now: the caller wants the GPU backend
        // The wait handle, not Task.Wait: a worker that failed is an outcome to log (raster kept), not an exception here.
        if (!((IAsyncResult)warming.Warming).AsyncWaitHandle.WaitOne(timeout) && !warming.Warming.IsCompleted) return false;
        TakeOver(); // even before a first frame: the caller asked for the GPU backend now
        return true;
    }

    /// <summary>
    /// WaitUntilShown blocks until the frame last presented is on the X server: the driver has finished it (glFinish,
    /// vkDeviceWaitIdle) and one pixel of the window is read back from the server (XGetImage), which answers only after
    /// drawing the earlier requests. Start-up timing ends here (what the user sees, not what was submitted).
    /// </summary>
    public void WaitUntilShown()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ShownFrame.Wait(backend, window);
    }

    /// <summary>GpuWarmingTask is the worker making the GPU backend (null when nothing warms), for tests.</summary>
    internal Task? GpuWarmingTask => handover?.Warming;

    private void TakeOver()
    {
        var line = handover!.TakeOver(out var switched);
        if (switched)
        {
            Clock.Vsync = backend.Vsync;
            needsPresent = true; // the GPU backend's first present shows the whole frame it took over
        }
        BackendLog = line;
        log(line);
        BackendChanged?.Invoke();
    }

    /// <summary>LastFrame holds the statistics of the last frame that drew something.</summary>
    public FrameStats LastFrame => renderer!.LastFrame;

    /// <summary>IsClosed says the user closed the window (or <see cref="Close"/> was called).</summary>
    public bool IsClosed => disposed || window.ShouldClose;

    /// <summary>IsFocused says whether the window has the keyboard focus.</summary>
    public bool IsFocused => window.IsFocused;

    /// <summary>FocusChanged fires when the window gains (true) or loses (false) the keyboard focus.</summary>
    public event Action<bool>? FocusChanged;

    /// <summary>Resized fires after the window's size or scale changed and the tree was given the new size.</summary>
    public event Action? Resized;

    /// <summary>Title changes the title bar text.</summary>
    public string Title
    {
        set => window.SetTitle(value);
    }

    /// <summary>ClipboardText reads or writes the system clipboard as text.</summary>
    public string ClipboardText
    {
        get => window.ClipboardText;
        set => window.ClipboardText = value;
    }

    /// <summary>SetCursor shows a standard pointer shape over the window.</summary>
    public void SetCursor(CursorShape shape) => window.SetCursor(shape);

    /// <summary>Close asks the loop to stop; <see cref="Run"/> returns after the current iteration.</summary>
    public void Close() => window.ShouldClose = true;

    /// <summary>Resize asks the window system for a new client size in logical pixels.</summary>
    public void Resize(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        window.SetSize((int)MathF.Ceiling(width * Root.Scale), (int)MathF.Ceiling(height * Root.Scale));
    }

    /// <summary>Run runs the UI loop until the window is closed.</summary>
    public void Run()
    {
        while (!IsClosed) RunOnce(null);
    }

    /// <summary>
    /// RunOnce does one turn of the UI loop: waits for events (at most until the next frame is due
    /// when something is pending, else one frame interval, so new snapshots are noticed, and never
    /// longer than <paramref name="maxWait"/>), handles them, runs dispatcher work, applies
    /// snapshots and renders a frame when something changed or a timed repaint came due (tooltip
    /// delays, toast lifetimes, flashes: <see cref="Rendering.Damage.DamageTracker.InvalidateAt"/>). Returns whether it rendered.
    /// </summary>
    public bool RunOnce(TimeSpan? maxWait = null)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return FrameLoop.Turn(this, needsPresent, maxWait, GlfwRuntime.WaitEvents);
    }

    /// <summary>
    /// PollEvents handles the window system's pending events (input, resize, close) without waiting,
    /// running dispatcher work or rendering: for programs that pace frames themselves and call
    /// <see cref="RenderIfNeeded"/> on their own schedule instead of <see cref="Run"/>.
    /// </summary>
    public void PollEvents()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        Dispatcher.VerifyAccess();
        GlfwRuntime.PollEvents();
    }

    /// <summary>RenderIfNeeded lays out and renders a frame now if the tree changed, or re-presents after an expose; returns whether it rendered.</summary>
    public bool RenderIfNeeded()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (handover is { Ready: true }) TakeOver();
        if (Root.NeedsFrame)
        {
            // An expose pending: the window lost pixels outside this frame's dirty rectangles, so this present copies everything.
            if (needsPresent && backend is IPresentDamageSink sink) sink.PresentAllNext();
            var start = Clock.BeginFrame();
            var stats = renderer!.RenderFrame();
            Clock.EndFrame(start);
            if (!stats.IsEmpty) needsPresent = false; // else nothing was presented: the expose is answered below next time
            return true;
        }
        if (needsPresent)
        {
            backend.Present();
            needsPresent = false;
        }
        return false;
    }

    /// <summary>Capture renders pending changes and returns what the window shows, read back from the window's framebuffer or swapchain.</summary>
    public SKBitmap Capture()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        RenderIfNeeded();
        return backend.ReadWindowPixels();
    }

    /// <summary>CaptureBackBuffer copies the retained back buffer, the frame every present copies from (tests compare it with what the X server shows).</summary>
    internal SKBitmap CaptureBackBuffer()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return backend.ReadBackBuffer();
    }

    /// <summary>SavePng writes <see cref="Capture"/> to <paramref name="path"/> as PNG.</summary>
    public void SavePng(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var bitmap = Capture();
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100) ?? throw new InvalidOperationException("Skia could not encode the frame as PNG");
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        using var file = File.Create(path);
        data.SaveTo(file);
    }

    /// <summary>X11WindowId is the X11 id of the window, for tools such as xdotool.</summary>
    internal nuint X11WindowId => window.X11Window;

    /// <summary>Backend is the window's backend (tests: which GL context a GL backend draws with).</summary>
    internal IWindowBackend Backend => backend;

    /// <summary>GlfwMadeGlContext says GLFW made the window with an OpenGL context (false: no client API; a GL context, if any, is the toolkit's own).</summary>
    internal bool GlfwMadeGlContext => window.HasGlContext;

    /// <summary>Dispose frees the GPU resources, then the window.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        Dispatcher.WorkQueued -= GlfwRuntime.Wake;
        renderer?.Dispose();
        backend.Dispose();
        window.Dispose();
    }

    private static SKSizeI ValidSize(SKSizeI size) => new(Math.Max(1, size.Width), Math.Max(1, size.Height));
}
