using Skia.Toolkit.Rendering.Backends;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Rendering.Backends;

public class RasterBackendTests
{
    // Skia's native 32-bit order: BGRA on every platform this toolkit targets (x86/ARM Linux, Windows).
    private static readonly byte[] HalfRed = RasterBackend.ColorType == SKColorType.Bgra8888 ? [0, 0, 128, 128] : [128, 0, 0, 128];

    [Fact]
    public void Back_buffer_is_premultiplied_native_order_and_keeps_the_previous_frame()
    {
        using var backend = new RasterBackend();
        Assert.Equal(SKImageInfo.PlatformColorType, backend.Info.ColorType);
        var canvas = backend.BeginFrame(new SKSizeI(4, 2));
        canvas.Clear(new SKColor(255, 0, 0, 128));
        backend.EndFrame();
        backend.Present();

        // Premultiplied: red at half alpha is stored as 0,0,128,128 in BGRA.
        Assert.Equal(HalfRed, backend.Pixels[..4].ToArray());
        Assert.Equal(4 * 4, backend.RowBytes);

        canvas = backend.BeginFrame(new SKSizeI(4, 2));
        canvas.DrawPoint(0, 0, SKColors.Blue);
        Assert.Equal(HalfRed, backend.Pixels[4..8].ToArray());
    }

    [Fact]
    public void A_new_size_starts_from_transparent_black()
    {
        using var backend = new RasterBackend();
        backend.BeginFrame(new SKSizeI(3, 3)).Clear(SKColors.White);
        backend.BeginFrame(new SKSizeI(5, 2));
        Assert.Equal(new SKSizeI(5, 2), backend.PixelSize);
        Assert.True(backend.Pixels.IndexOfAnyExcept((byte)0) < 0);
    }

    [Fact]
    public void Snapshot_and_copy_pixels_return_the_back_buffer()
    {
        using var backend = new RasterBackend();
        backend.BeginFrame(new SKSizeI(2, 2)).Clear(SKColors.Green);
        using var bitmap = backend.Snapshot();
        Assert.Equal(SKColors.Green, bitmap.GetPixel(1, 1));
        var copy = new byte[16];
        backend.CopyPixels(copy);
        Assert.Equal([0, 128, 0, 255], copy[12..]); // green is the middle byte in BGRA and RGBA alike
        Assert.Throws<ArgumentException>(() => backend.CopyPixels(new byte[15]));
    }

    [Fact]
    public void Bad_sizes_and_use_after_dispose_fail_clearly()
    {
        var backend = new RasterBackend();
        Assert.Throws<InvalidOperationException>(() => backend.Snapshot());
        Assert.Throws<ArgumentException>(() => backend.BeginFrame(new SKSizeI(0, 10)));
        backend.Dispose();
        Assert.Throws<ObjectDisposedException>(() => backend.BeginFrame(new SKSizeI(1, 1)));
    }
}
