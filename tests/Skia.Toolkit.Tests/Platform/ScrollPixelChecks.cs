using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering.Backends;
using Skia.Toolkit.Rendering.Backends.RasterWindow;
using Skia.Toolkit.Testing;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>
/// ScrollPixelChecks is what the GPU backends' exact scroll tests share: a frame in which every pixel has its own colour,
/// the same rows moved on the CPU for the expectation, and the check that the X server shows the back buffer.
/// </summary>
internal static class ScrollPixelChecks
{
    /// <summary>PresentEveryPixelDifferent draws and presents a frame in which every pixel has its own opaque colour (the X server keeps no alpha), so a row off by one or a swapped channel shows; it returns that frame, the expectation later moves are applied to.</summary>
    public static SKBitmap PresentEveryPixelDifferent(IWindowBackend backend, SKSizeI size)
    {
        var expected = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        for (var y = 0; y < size.Height; y++)
        {
            for (var x = 0; x < size.Width; x++) expected.SetPixel(x, y, new SKColor((byte)(x * 7 + y), (byte)(y * 3), (byte)(x ^ y)));
        }
        var canvas = backend.BeginFrame(size);
        using (var paint = new SKPaint { BlendMode = SKBlendMode.Src })
        {
            canvas.DrawBitmap(expected, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), paint);
        }
        backend.EndFrame();
        backend.Present();
        return expected;
    }

    /// <summary>MoveRows moves the rows of <paramref name="area"/> in <paramref name="bitmap"/> down by <paramref name="dy"/> (up when negative), within the area, as a scroll move does.</summary>
    public static void MoveRows(SKBitmap bitmap, SKRectI area, int dy)
    {
        using var before = bitmap.Copy();
        for (var y = area.Top; y < area.Bottom; y++)
        {
            var from = y - dy;
            if (from < area.Top || from >= area.Bottom) continue;
            for (var x = area.Left; x < area.Right; x++) bitmap.SetPixel(x, y, before.GetPixel(x, from));
        }
    }

    /// <summary>AssertBackBufferIs checks the back buffer holds <paramref name="expected"/> exactly.</summary>
    public static void AssertBackBufferIs(IWindowBackend backend, SKBitmap expected, string when)
    {
        using var held = backend.ReadBackBuffer();
        using var diff = PixelDiff.Compare(expected, held, threshold: 0);
        Assert.True(diff.Identical || diff.DifferentPixels == 0, $"{when}: {diff.DifferentPixels} pixels of the back buffer differ from rows moved on the CPU");
    }

    /// <summary>AssertXServerShowsBackBuffer reads the window back from the X server (XGetImage) and checks it equals the back buffer exactly.</summary>
    public static void AssertXServerShowsBackBuffer(GlfwWindow window, IWindowBackend backend, SKSizeI size, string when)
    {
        using var shown = X11ImagePresenter.ReadX11Window(Glfw.glfwGetX11Display(), window.X11Window, size);
        using var backBuffer = backend.ReadBackBuffer();
        using var diff = PixelDiff.Compare(backBuffer, shown, threshold: 0);
        Assert.True(diff.SizesMatch, $"{when}: the X server shows {diff.ActualSize}, the back buffer is {diff.ExpectedSize}");
        Assert.True(diff.Identical || diff.DifferentPixels == 0, $"{when}: {diff.DifferentPixels} pixels on the X server differ from the back buffer");
    }
}
