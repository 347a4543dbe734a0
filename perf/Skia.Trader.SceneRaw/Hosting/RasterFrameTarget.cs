using SkiaSharp;
using L = Skia.Trader.Scene.Layout.SceneLayout;

namespace Skia.Trader.SceneRaw.Hosting;

/// <summary>RasterFrameTarget is a 1280x800 raster surface in memory: the headless mode, the primary figure.</summary>
internal sealed class RasterFrameTarget : IRawFrameTarget
{
    private readonly SKSurface _surface;

    /// <summary>RasterFrameTarget makes the surface in <paramref name="pixelOrder"/>: "n32" (Skia's native order, BGRA here) or "rgba".</summary>
    public RasterFrameTarget(string pixelOrder)
    {
        var colorType = pixelOrder switch
        {
            "n32" => SKImageInfo.PlatformColorType,
            "rgba" => SKColorType.Rgba8888,
            _ => throw new ArgumentException($"unknown pixel order '{pixelOrder}' (n32 or rgba)", nameof(pixelOrder)),
        };
        ModeName = "headless-raster-" + pixelOrder;
        _surface = SKSurface.Create(new SKImageInfo(L.Width, L.Height, colorType, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("could not create a 1280x800 raster surface");
    }

    /// <inheritdoc />
    public string ModeName { get; }

    /// <inheritdoc />
    public SKCanvas BeginFrame() => _surface.Canvas;

    /// <inheritdoc />
    public void EndFrame() => _surface.Flush();

    /// <summary>Snapshot copies the surface into a bitmap the caller owns.</summary>
    public SKBitmap Snapshot()
    {
        using var image = _surface.Snapshot();
        var bitmap = new SKBitmap(image.Info);
        if (!image.ReadPixels(bitmap.Info, bitmap.GetPixels(), bitmap.RowBytes, 0, 0)) throw new InvalidOperationException("could not read the surface");
        return bitmap;
    }

    /// <inheritdoc />
    public void Dispose() => _surface.Dispose();
}
