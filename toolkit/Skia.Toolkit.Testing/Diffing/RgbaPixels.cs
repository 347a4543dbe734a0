using System.Runtime.InteropServices;
using SkiaSharp;

namespace Skia.Toolkit.Testing;

/// <summary>
/// RgbaPixels is an image as tightly packed RGBA bytes, unpremultiplied, so two images
/// compare byte for byte whatever colour type and alpha type they were rendered in.
/// </summary>
internal sealed class RgbaPixels
{
    public RgbaPixels(int width, int height)
    {
        Width = width;
        Height = height;
        Bytes = new byte[checked(width * height * 4)];
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Bytes holds R, G, B, A per pixel, rows top to bottom, no padding.</summary>
    public byte[] Bytes { get; }

    /// <summary>FromBitmap converts any readable bitmap to RGBA8888 unpremultiplied.</summary>
    public static unsafe RgbaPixels FromBitmap(SKBitmap bitmap)
    {
        ArgumentNullException.ThrowIfNull(bitmap);
        if (bitmap.Width <= 0 || bitmap.Height <= 0)
        {
            throw new ArgumentException($"The bitmap is empty ({bitmap.Width}x{bitmap.Height}).", nameof(bitmap));
        }

        var pixels = new RgbaPixels(bitmap.Width, bitmap.Height);
        using var pixmap = bitmap.PeekPixels()
            ?? throw new ArgumentException("The bitmap has no readable pixels.", nameof(bitmap));
        var info = new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        fixed (byte* destination = pixels.Bytes)
        {
            if (!pixmap.ReadPixels(info, (IntPtr)destination, bitmap.Width * 4))
            {
                throw new ArgumentException($"The bitmap's pixels ({bitmap.ColorType}, {bitmap.AlphaType}) cannot be converted to RGBA.", nameof(bitmap));
            }
        }

        return pixels;
    }

    /// <summary>ToBitmap copies the pixels into a new RGBA8888 unpremultiplied bitmap the caller owns.</summary>
    public SKBitmap ToBitmap()
    {
        var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var rowBytes = bitmap.RowBytes;
        var address = bitmap.GetPixels();
        for (var y = 0; y < Height; y++)
        {
            Marshal.Copy(Bytes, y * Width * 4, address + y * rowBytes, Width * 4);
        }

        bitmap.NotifyPixelsChanged();
        return bitmap;
    }
}
