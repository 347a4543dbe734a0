using SkiaSharp;

namespace Skia.Toolkit.Rendering.Backends.RasterWindow;

/// <summary>
/// RasterWindowBackend draws on the CPU (the same <see cref="RasterBackend"/> as headless, so it is
/// the reference rendering) and presents the whole retained raster buffer to a real window, for
/// machines whose GPU driver is broken.
/// </summary>
internal sealed class RasterWindowBackend : IWindowBackend, IScrollableBackBuffer
{
    private readonly RasterBackend raster = new();
    private readonly IRasterPresenter presenter;

    /// <summary>RasterWindowBackend presents through <paramref name="presenter"/>, which it owns.</summary>
    public RasterWindowBackend(IRasterPresenter presenter, bool vsync)
    {
        this.presenter = presenter;
        Vsync = vsync && presenter is GlTexturePresenter;
    }

    /// <summary>Name is "raster".</summary>
    public string Name => "raster";

    /// <inheritdoc/>
    public bool Vsync { get; }

    /// <inheritdoc/>
    public string Detail => "CPU drawing presented by " + presenter.Path;

    /// <inheritdoc/>
    public SKCanvas BeginFrame(SKSizeI pixelSize) => raster.BeginFrame(pixelSize);

    /// <inheritdoc/>
    public void EndFrame() => raster.EndFrame();

    /// <summary>TryScroll moves pixels in the raster frame; the presenter shows the whole frame, so the window follows.</summary>
    bool IScrollableBackBuffer.TryScroll(SKSizeI pixelSize, SKRectI area, int dy) => ((IScrollableBackBuffer)raster).TryScroll(pixelSize, area, dy);

    /// <inheritdoc/>
    public void Present()
    {
        if (raster.PixelSize.Width > 0) presenter.Present(raster);
    }

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
        presenter.Dispose();
        raster.Dispose();
    }
}
