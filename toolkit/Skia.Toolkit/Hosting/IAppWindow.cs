using Skia.Toolkit.Core;
using Skia.Toolkit.Threading;
using SkiaSharp;

namespace Skia.Toolkit.Hosting;

/// <summary>
/// IAppWindow is what an app runs in, the same whether it is a real window (<see cref="Platform.Window"/>)
/// or a headless one (<see cref="Platform.HeadlessWindow"/>): a tree root, a dispatcher for work from other
/// threads, a frame clock for snapshot sources and statistics, and one UI loop. Code written against it
/// (what <see cref="Application"/> runs, tests, tools) runs unchanged in both.
/// </summary>
public interface IAppWindow : IDisposable
{
    /// <summary>Root is the window's tree root (layout, dirty region, focus, input dispatch, markup).</summary>
    UiRoot Root { get; }

    /// <summary>Dispatcher queues work from other threads onto the window's UI thread (the thread that created it).</summary>
    UiDispatcher Dispatcher { get; }

    /// <summary>Clock paces frames, applies the newest value of each subscribed <see cref="LatestValue{T}"/> once per frame and keeps frame statistics.</summary>
    FrameClock Clock { get; }

    /// <summary>BackendName is the backend drawing the frames: "raster", "gl" or "vulkan".</summary>
    string BackendName { get; }

    /// <summary>IsClosed says the window was closed (by the user, or by <see cref="Close"/>).</summary>
    bool IsClosed { get; }

    /// <summary>Close asks the loop to stop; <see cref="Run"/> returns after the current turn.</summary>
    void Close();

    /// <summary>Run runs the UI loop until the window is closed.</summary>
    void Run();

    /// <summary>
    /// RunOnce does one turn of the UI loop: waits (never longer than <paramref name="maxWait"/>) for input,
    /// queued work or the next frame, runs the dispatcher's work and the tree's time-driven work, applies new
    /// snapshots and renders a frame when something changed. Returns whether it rendered.
    /// </summary>
    bool RunOnce(TimeSpan? maxWait = null);

    /// <summary>RenderIfNeeded lays out and renders a frame now if the tree changed; returns whether it rendered.</summary>
    bool RenderIfNeeded();

    /// <summary>Capture renders pending changes and returns what the window shows; the caller owns the bitmap.</summary>
    SKBitmap Capture();

    /// <summary>SavePng renders pending changes and writes what the window shows to <paramref name="path"/> as PNG.</summary>
    void SavePng(string path);
}
