using Skia.Toolkit.Core;
using Skia.Toolkit.Hosting;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Rendering.Backends;
using Skia.Toolkit.Threading;
using SkiaSharp;

namespace Skia.Toolkit.Platform;

/// <summary>
/// HeadlessWindow renders a widget tree without a screen, at a fixed logical size and scale, into a
/// raster back buffer: for tests, goldens, tools and <c>--headless</c> runs. Like <see cref="Window"/> it
/// has a <see cref="UiDispatcher"/> and a <see cref="FrameClock"/> and runs the same UI loop
/// (<see cref="IAppWindow"/>), so an app runs unchanged with or without a display. The thread that
/// creates it is its UI thread.
/// </summary>
/// <remarks>
/// Its time is simulated: the root's clock (<see cref="Rendering.Damage.DamageTracker.Time"/>) stands still
/// between frames and moves one frame interval after each <see cref="RenderFrame"/>, so a flash lasts exactly one
/// rendered frame and a five-second toast 300 of them, however fast the machine is. Set the root's clock to
/// another <see cref="TimeProvider"/> to drive time yourself; the window then leaves it alone. Run as an app
/// (<see cref="RunOnce"/>, <see cref="Run"/>) the simulated clock also keeps up with real time between turns.
/// </remarks>
public sealed class HeadlessWindow : IAppWindow
{
    private readonly RasterBackend _backend = new();
    private readonly FrameRenderer _renderer;
    private readonly HeadlessClock _clock = new();
    // Real time at the previous RunOnce turn: an app loop moves the simulated clock with real time.
    private long _lastTurn;
    // Set by the dispatcher when work is queued from another thread, so a waiting loop turn wakes at once.
    private readonly ManualResetEventSlim _workQueued = new();
    // WaitForWork as a delegate made once: a method group of an instance method is a new delegate at every use (each loop turn).
    private readonly Action<TimeSpan> _waitForWork;
    private bool _closed;
    private bool _disposed;

    /// <summary>
    /// HeadlessWindow creates a window of <paramref name="width"/> x <paramref name="height"/> logical pixels showing
    /// <paramref name="content"/>; the back buffer is that size times <paramref name="scale"/>, and <see cref="Clock"/>
    /// paces <see cref="RunOnce"/>'s frames at <paramref name="refreshRate"/> hertz.
    /// </summary>
    public HeadlessWindow(Widget content, int width, int height, float scale = 1, double refreshRate = 60)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (!float.IsFinite(scale) || scale <= 0)
        {
            throw new ArgumentException($"Scale must be finite and positive, got {scale}.", nameof(scale));
        }

        var pixels = new SKSizeI((int)MathF.Ceiling(width * scale), (int)MathF.Ceiling(height * scale));
        _waitForWork = WaitForWork;
        Clock = new FrameClock(refreshRate);
        Root = new UiRoot(content, pixels, scale);
        Root.Damage.Time = _clock;
        Root.Damage.FrameInterval = Clock.FrameInterval;
        Dispatcher = new UiDispatcher();
        UiThreadCheck.Register(Root, Dispatcher);
        _renderer = new FrameRenderer(Root, _backend);
        Dispatcher.WorkQueued += _workQueued.Set;
    }

    /// <summary>Root is the window's tree root (input dispatch, focus, markup).</summary>
    public UiRoot Root { get; }

    /// <summary>Dispatcher queues work from other threads onto this window's UI thread (the thread that created it).</summary>
    public UiDispatcher Dispatcher { get; }

    /// <summary>Clock paces <see cref="RunOnce"/>'s frames, applies subscribed snapshots and records frame statistics.</summary>
    public FrameClock Clock { get; }

    /// <summary>BackendName is "raster": a headless window draws on the CPU.</summary>
    public string BackendName => _backend.Name;

    /// <summary>IsClosed says <see cref="Close"/> was called or the window was disposed.</summary>
    public bool IsClosed => _closed || _disposed;

    /// <summary>Backend is the raster back buffer, for direct pixel access.</summary>
    public RasterBackend Backend => _backend;

    /// <summary>Renderer is the frame renderer drawing into <see cref="Backend"/>.</summary>
    public FrameRenderer Renderer => _renderer;

    /// <summary>Close makes <see cref="Run"/> return after the current turn.</summary>
    public void Close() => _closed = true;

    /// <summary>Run runs the UI loop until <see cref="Close"/> is called (by the app, or by work posted to <see cref="Dispatcher"/>).</summary>
    public void Run()
    {
        while (!IsClosed) RunOnce(null);
    }

    /// <summary>
    /// RunOnce does one turn of the same UI loop as <see cref="Window.RunOnce"/>: waits for posted work or the
    /// next frame (never longer than <paramref name="maxWait"/>), runs the dispatcher's and the tree's
    /// time-driven work, applies new snapshots and renders when something changed. Returns whether it rendered.
    /// </summary>
    public bool RunOnce(TimeSpan? maxWait = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        // In a running app time is real: the simulated clock catches up with the wall clock each turn, so a
        // tooltip delay or a toast expiry comes due as it would in a window.
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        if (_lastTurn != 0 && ReferenceEquals(Root.Damage.Time, _clock)) _clock.Advance(System.Diagnostics.Stopwatch.GetElapsedTime(_lastTurn, now));
        _lastTurn = now;
        return FrameLoop.Turn(this, presentPending: false, maxWait, _waitForWork);
    }

    /// <summary>RenderIfNeeded lays out and renders a frame if the tree changed, timed by <see cref="Clock"/>; returns whether it rendered.</summary>
    public bool RenderIfNeeded()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!Root.NeedsFrame) return false;
        var start = Clock.BeginFrame();
        _renderer.RenderFrame();
        Clock.EndFrame(start);
        return true;
    }

    /// <summary>RenderFrame runs the timed repaints that are due, lays out and repaints what is dirty, then moves the simulated clock on by one frame interval.</summary>
    public FrameStats RenderFrame()
    {
        var stats = _renderer.RenderFrame();
        if (ReferenceEquals(Root.Damage.Time, _clock)) _clock.Advance(Root.Damage.FrameInterval);
        return stats;
    }

    /// <summary>Capture renders any pending changes and returns a copy of the back buffer that the caller owns.</summary>
    public SKBitmap Capture()
    {
        RenderFrame();
        return _backend.Snapshot();
    }

    /// <summary>SavePng renders any pending changes and writes the back buffer to <paramref name="path"/> as PNG.</summary>
    public void SavePng(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        RenderFrame();
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        using var file = File.Create(path);
        WriteShownPng(file);
    }

    /// <summary>
    /// WriteShownPng writes the frame last rendered, as shown, to <paramref name="stream"/> as PNG, without
    /// rendering first (so one-frame effects, a cell flashing on change, are in the picture). It encodes straight
    /// from the back buffer: a copy first (<see cref="RasterBackend.Snapshot"/>) added about 3 MB to the
    /// gallery's peak memory.
    /// </summary>
    public unsafe void WriteShownPng(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        fixed (byte* pixels = _backend.Pixels)
        {
            using var pixmap = new SKPixmap(_backend.Info, (IntPtr)pixels, _backend.RowBytes);
            using var data = pixmap.Encode(SKEncodedImageFormat.Png, 100)
                ?? throw new InvalidOperationException("Skia could not encode the frame as PNG.");
            data.SaveTo(stream);
        }
    }

    /// <summary>Dispose frees the renderer and the back buffer.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Dispatcher.WorkQueued -= _workQueued.Set;
        _renderer.Dispose();
        _backend.Dispose();
        // _workQueued is not disposed: a producer already inside WorkQueued may still Set it, and without a
        // WaitHandle ever asked for it holds no kernel object.
    }

    private void WaitForWork(TimeSpan timeout)
    {
        // Whole milliseconds, rounded up: the event's wait truncates, so the last sub-millisecond before a frame
        // would otherwise be a busy spin of immediate returns.
        if (timeout > TimeSpan.Zero && !Dispatcher.HasPending) _workQueued.Wait((int)Math.Ceiling(timeout.TotalMilliseconds));
        _workQueued.Reset();
    }
}
