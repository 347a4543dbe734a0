using SkiaSharp;

namespace Skia.Toolkit.Rendering.Backends.RasterWindow;

/// <summary>
/// RasterWindowBackend draws on the CPU (the same <see cref="RasterBackend"/> as headless, so it is
/// the reference rendering) and presents the retained raster buffer to a real window: only the rectangles
/// that changed since the last present (dirty rectangles and moved pixels), the whole buffer on the first
/// present, after a resize and on a present with no recorded change (an expose). The back buffer stays the
/// source of truth, so a partial present shows the same pixels a full one would. A present does not wait for the
/// X server to draw; the back buffer waits, before it changes, until the server has read what was presented from it.
/// </summary>
internal sealed class RasterWindowBackend : IWindowBackend, IScrollableBackBuffer, IClearableBackBuffer, IPresentDamageSink
{
    private readonly RasterBackend raster;
    private readonly PresentDamage damage = new();
    private readonly IRasterPresenter presenter;

    /// <summary>RasterWindowBackend presents through <paramref name="presenter"/>, which it owns.</summary>
    public RasterWindowBackend(IRasterPresenter presenter, bool vsync)
    {
        this.presenter = presenter;
        raster = new RasterBackend(presenter.Store);
        Vsync = vsync && presenter is GlTexturePresenter;
    }

    /// <summary>Name is "raster".</summary>
    public string Name => "raster";

    /// <inheritdoc/>
    public bool Vsync { get; }

    /// <inheritdoc/>
    public string Detail => "CPU drawing presented by " + presenter.Path;

    /// <inheritdoc/>
    public SKCanvas BeginFrame(SKSizeI pixelSize)
    {
        presenter.WaitUntilRead();
        return raster.BeginFrame(pixelSize);
    }

    /// <inheritdoc/>
    public void EndFrame() => raster.EndFrame();

    /// <summary>TryScroll moves pixels in the raster frame; the moved area is presented with the frame's dirty rectangles.</summary>
    bool IScrollableBackBuffer.TryScroll(SKSizeI pixelSize, SKRectI area, int dy)
    {
        presenter.WaitUntilRead();
        if (!((IScrollableBackBuffer)raster).TryScroll(pixelSize, area, dy)) return false;
        damage.Add(area);
        return true;
    }

    /// <summary>TryClear fills rectangles of the raster frame (the frame's dirty region, presented with it).</summary>
    bool IClearableBackBuffer.TryClear(SKSizeI pixelSize, ReadOnlySpan<SKRectI> rects, SKColor color)
    {
        presenter.WaitUntilRead();
        return ((IClearableBackBuffer)raster).TryClear(pixelSize, rects, color);
    }

    /// <summary>TryScroll moves the ink of the area in the raster frame (<see cref="DeviceScrollInk"/>); the whole area is presented with the frame's dirty rectangles.</summary>
    bool IScrollableBackBuffer.TryScroll(SKSizeI pixelSize, SKRectI area, int dy, in DeviceScrollInk ink)
    {
        presenter.WaitUntilRead();
        if (!((IScrollableBackBuffer)raster).TryScroll(pixelSize, area, dy, ink)) return false;
        damage.Add(area);
        return true;
    }

    /// <inheritdoc/>
    void IPresentDamageSink.AddPresentDamage(ReadOnlySpan<SKRectI> rects) => damage.Add(rects);

    /// <inheritdoc/>
    void IPresentDamageSink.PresentAllNext() => damage.MarkFull();

    /// <summary>Present shows what changed since the last present (everything when there is no record of a change: the first frame, a resize, an expose).</summary>
    public void Present()
    {
        if (raster.PixelSize.Width > 0) presenter.Present(raster, damage);
    }

    /// <summary>Frame is the retained CPU back buffer (a GPU backend taking over from this one starts from its pixels).</summary>
    internal RasterBackend Frame => raster;

    /// <summary>PresentsThroughGl says frames reach the window through its GL context (a swap), not straight to the X server.</summary>
    internal bool PresentsThroughGl => presenter is GlTexturePresenter;

    /// <summary>ReadBackBuffer copies the retained back buffer (the frame as drawn, before any present).</summary>
    public SKBitmap ReadBackBuffer() => raster.Snapshot();

    /// <summary>ReadWindowPixels reads back what the window shows: the GL framebuffer, or the X server's copy of the window.</summary>
    public SKBitmap ReadWindowPixels()
    {
        if (raster.PixelSize.Width == 0) throw new InvalidOperationException("no frame was drawn yet");
        return presenter switch
        {
            GlTexturePresenter gl => gl.ReadWindowPixels(raster),
            X11ImagePresenter x11 => x11.ReadWindowPixels(),
            _ => raster.Snapshot(),
        };
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        raster.Dispose(); // first: its pixels may be the presenter's shared memory
        presenter.Dispose();
    }
}
