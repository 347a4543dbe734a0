using Skia.Toolkit.Rendering;
using SkiaSharp;

namespace Skia.Trader.SceneBench.Rendering;

/// <summary>
/// RgbaRasterBackend is a raster back buffer in RGBA8888 order, kept only so `--pixels rgba` can show
/// what the pixel order costs: the toolkit's RasterBackend uses Skia's native order (BGRA on x86 Linux),
/// whose blitters are specialised; the same drawing in RGBA measured about 2.5x the CPU per frame
/// (perf/README.md, `perf/bench.sh --quick`).
/// </summary>
internal sealed class RgbaRasterBackend : IRenderBackend
{
    private SKSurface? _surface;
    private SKSizeI _size;

    /// <inheritdoc />
    public string Name => "raster-rgba";

    /// <inheritdoc />
    public SKCanvas BeginFrame(SKSizeI pixelSize)
    {
        if (_surface == null || pixelSize != _size)
        {
            _surface?.Dispose();
            _size = pixelSize;
            _surface = SKSurface.Create(new SKImageInfo(pixelSize.Width, pixelSize.Height, SKColorType.Rgba8888, SKAlphaType.Premul))
                ?? throw new InvalidOperationException($"Skia could not create a {pixelSize.Width}x{pixelSize.Height} raster surface.");
        }
        return _surface.Canvas;
    }

    /// <inheritdoc />
    public void EndFrame() => _surface?.Flush();

    /// <inheritdoc />
    public void Present()
    {
    }

    /// <summary>Snapshot copies the back buffer into a bitmap the caller owns.</summary>
    public SKBitmap Snapshot()
    {
        using var image = _surface?.Snapshot() ?? throw new InvalidOperationException("Nothing has been rendered yet.");
        var bitmap = new SKBitmap(image.Info);
        if (!image.ReadPixels(bitmap.Info, bitmap.GetPixels(), bitmap.RowBytes, 0, 0)) throw new InvalidOperationException("could not read the back buffer");
        return bitmap;
    }

    /// <inheritdoc />
    public void Dispose() => _surface?.Dispose();
}
