using Skia.Toolkit.Rendering.Backends.RasterWindow;
using SkiaSharp;

namespace Skia.Toolkit.Rendering.Backends;

/// <summary>
/// GpuHandoverBackend shows a window's first frames from the CPU (<see cref="RasterWindowBackend"/>: Skia's raster
/// drawing put on the X server, the path with no driver to load) while the GL or Vulkan backend is made on a worker
/// thread, then hands the window over to it between two frames (<see cref="TakeOver"/>, on the UI thread). The hand-over
/// starts the GPU back buffer from the raster back buffer's pixels (one upload, drawn with <see cref="SKBlendMode.Src"/>),
/// so the retained back buffer stays the source of truth and the first GPU present, a full one, shows the same frame the
/// window already shows: no blank or half-drawn frame in between. Until then every call goes to the raster backend.
/// The worker's failure, or a GPU backend refused (auto: a GL that renders in software), keeps the raster backend.
/// </summary>
internal sealed unsafe class GpuHandoverBackend : IWindowBackend, IScrollableBackBuffer, IPresentDamageSink
{
    private static readonly SKPaint CopyPaint = new() { BlendMode = SKBlendMode.Src };

    private readonly RasterWindowBackend raster;
    private readonly Task<IWindowBackend> warming;
    private readonly Func<IWindowBackend, string?>? refuse;
    private readonly ManualResetEventSlim? firstPresented;
    private IWindowBackend current;
    private bool decided;
    private bool disposed;

    /// <summary>
    /// GpuHandoverBackend presents through <paramref name="raster"/> until <paramref name="warming"/> (making the
    /// <paramref name="gpuName"/> backend on a worker) has finished and <see cref="TakeOver"/> is called;
    /// <paramref name="refuse"/> may name a reason to keep the raster backend (null takes the GPU one);
    /// <paramref name="firstPresented"/>, when given, is set after the first present (and at disposal), for a worker that
    /// waits for the first frame before it starts. It owns both backends.
    /// </summary>
    public GpuHandoverBackend(RasterWindowBackend raster, string gpuName, Task<IWindowBackend> warming, Func<IWindowBackend, string?>? refuse = null,
        ManualResetEventSlim? firstPresented = null)
    {
        this.raster = raster;
        this.warming = warming;
        this.refuse = refuse;
        this.firstPresented = firstPresented;
        GpuName = gpuName;
        current = raster;
    }

    /// <summary>GpuName is the backend being made on the worker ("gl" or "vulkan").</summary>
    public string GpuName { get; }

    /// <summary>Current is the backend frames go to now: the raster one until the hand-over, then the GPU one (or raster for good).</summary>
    public IWindowBackend Current => current;

    /// <summary>Warming is the worker's task (tests and callers that wait for the GPU backend).</summary>
    public Task Warming => warming;

    /// <summary>Decided says the hand-over happened, or the raster backend was kept for good.</summary>
    public bool Decided => decided;

    /// <summary>
    /// Ready says the worker has finished and <see cref="TakeOver"/> should run before the next frame. Never before the first
    /// raster frame: that one is shown from the CPU even when the GPU backend came up first, since the GPU's first frame
    /// still pays for work a warm-up cannot foresee (text atlases, the scene's own shaders).
    /// </summary>
    public bool Ready => !decided && warming.IsCompleted && raster.Frame.PixelSize.Width > 0;

    /// <inheritdoc/>
    public string Name => current.Name;

    /// <inheritdoc/>
    public bool Vsync => current.Vsync;

    /// <inheritdoc/>
    public string Detail => current.Detail;

    /// <summary>
    /// TakeOver decides, on the UI thread between frames and once the worker has finished: it moves the window to the
    /// GPU backend (its back buffer starts as a copy of the raster one) and frees the raster backend, or keeps the
    /// raster backend when the worker failed or the GPU backend is refused. Returns the log line saying which and why;
    /// <paramref name="switched"/> says whether the backend changed (the next present must then show the whole frame).
    /// </summary>
    public string TakeOver(out bool switched)
    {
        if (decided || !warming.IsCompleted) throw new InvalidOperationException("the GPU backend is not ready, or the hand-over was already decided");
        decided = true;
        switched = false;
        IWindowBackend gpu;
        try
        {
            gpu = warming.GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            return $"backend: raster kept ({GpuName} failed while it was made on a worker: {OneLine(e.Message)}; {raster.Detail})";
        }
        if (refuse?.Invoke(gpu) is { } why)
        {
            gpu.Dispose();
            return $"backend: raster kept ({why}; {raster.Detail})";
        }
        try
        {
            CopyFrame(gpu);
        }
        catch (Exception e)
        {
            gpu.Dispose();
            return $"backend: raster kept ({GpuName} could not take the frame over: {OneLine(e.Message)}; {raster.Detail})";
        }
        raster.Dispose();
        current = gpu;
        switched = true;
        return $"backend: {gpu.Name} (after a raster first frame while it was made on a worker; {gpu.Detail})";
    }

    private void CopyFrame(IWindowBackend gpu)
    {
        var frame = raster.Frame;
        var size = frame.PixelSize;
        if (size.Width == 0) return; // nothing drawn yet: the GPU back buffer starts empty, as it would have anyway
        var canvas = gpu.BeginFrame(size);
        fixed (byte* pixels = frame.Pixels)
        {
            using var pixmap = new SKPixmap(frame.Info, (IntPtr)pixels, frame.RowBytes);
            using var image = SKImage.FromPixels(pixmap);
            canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default, CopyPaint);
            gpu.EndFrame(); // uploaded while the raster pixels are still there
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    /// <inheritdoc/>
    public SKCanvas BeginFrame(SKSizeI pixelSize) => current.BeginFrame(pixelSize);

    /// <inheritdoc/>
    public void EndFrame() => current.EndFrame();

    /// <summary>StartWarming lets a worker that waits for the first frame start now (a caller waiting for the GPU backend).</summary>
    public void StartWarming()
    {
        if (firstPresented is { IsSet: false } presented) presented.Set();
    }

    /// <inheritdoc/>
    public void Present()
    {
        current.Present();
        StartWarming(); // the first frame is on its way to the X server: the GPU backend's turn
    }

    /// <inheritdoc/>
    public SKBitmap ReadWindowPixels() => current.ReadWindowPixels();

    /// <inheritdoc/>
    public SKBitmap ReadBackBuffer() => current.ReadBackBuffer();

    /// <inheritdoc/>
    bool IScrollableBackBuffer.TryScroll(SKSizeI pixelSize, SKRectI area, int dy) =>
        current is IScrollableBackBuffer buffer && buffer.TryScroll(pixelSize, area, dy);

    /// <inheritdoc/>
    void IPresentDamageSink.AddPresentDamage(ReadOnlySpan<SKRectI> rects) => (current as IPresentDamageSink)?.AddPresentDamage(rects);

    /// <inheritdoc/>
    void IPresentDamageSink.PresentAllNext() => (current as IPresentDamageSink)?.PresentAllNext();

    /// <summary>Dispose waits for the worker (a GL context must not be current elsewhere when it goes), then frees both backends.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        firstPresented?.Set(); // a worker still waiting for the first frame starts (and is waited for) at once
        if (!decided)
        {
            try
            {
                warming.GetAwaiter().GetResult().Dispose();
            }
            catch (Exception)
            {
                // It never came up: nothing of it to free.
            }
        }
        current.Dispose();
        firstPresented?.Dispose(); // the worker has finished with it (waited for above, or decided after it ended)
    }
}
