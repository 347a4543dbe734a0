using System.Runtime.InteropServices;
using Skia.Toolkit.Platform;
using SkiaSharp;

namespace Skia.Toolkit.Rendering.Backends.RasterWindow;

/// <summary>
/// X11ImagePresenter shows raster frames with no GPU at all: the frame, in the server's 24-bit
/// TrueColor layout (BGRX in memory, which the native BGRA back buffer already is), is sent with XPutImage,
/// one request per changed rectangle (the X server keeps the window's other pixels until an expose, which
/// arrives as a present with no recorded change and sends the whole frame). The last resort when neither GL
/// nor Vulkan work. MIT-SHM (XShmPutImage) would save the copy through the socket; not used yet.
/// </summary>
internal sealed unsafe partial class X11ImagePresenter : IRasterPresenter
{
    private const string Library = "libX11.so.6";
    private const int ZPixmap = 2;

    [LibraryImport(Library)] private static partial IntPtr XCreateGC(IntPtr display, nuint drawable, nuint valueMask, IntPtr values);
    [LibraryImport(Library)] private static partial int XFreeGC(IntPtr display, IntPtr gc);
    [LibraryImport(Library)] private static partial int XDefaultScreen(IntPtr display);
    [LibraryImport(Library)] private static partial IntPtr XDefaultVisual(IntPtr display, int screen);
    [LibraryImport(Library)] private static partial int XDefaultDepth(IntPtr display, int screen);
    [LibraryImport(Library)] private static partial IntPtr XCreateImage(IntPtr display, IntPtr visual, uint depth, int format, int offset, IntPtr data, uint width, uint height, int bitmapPad, int bytesPerLine);
    [LibraryImport(Library)] private static partial int XPutImage(IntPtr display, nuint drawable, IntPtr gc, IntPtr image, int srcX, int srcY, int destX, int destY, uint width, uint height);
    [LibraryImport(Library)] private static partial int XFree(IntPtr data);
    [LibraryImport(Library)] private static partial int XSync(IntPtr display, int discard);
    [LibraryImport(Library)] private static partial IntPtr XGetImage(IntPtr display, nuint drawable, int x, int y, uint width, uint height, nuint planeMask, int format);
    [LibraryImport(Library)] private static partial int XDestroyImage(IntPtr image);

    // Offsets into Xlib's XImage struct (X11/Xlib.h) on LP64: char *data after four ints; then
    // byte_order, bitmap_unit, bitmap_bit_order, bitmap_pad, depth, bytes_per_line, bits_per_pixel.
    private const int XImageData = 16;
    private const int XImageBytesPerLine = 44;
    private const int XImageBitsPerPixel = 48;

    private readonly IntPtr display;
    private readonly nuint drawable;
    private readonly IntPtr gc;
    private readonly IntPtr visual;
    private byte* converted;
    private SKSizeI convertedSize;
    private SKSizeI size;

    /// <summary>X11ImagePresenter draws into <paramref name="window"/>'s X11 window on GLFW's display connection.</summary>
    public X11ImagePresenter(GlfwWindow window)
    {
        display = Glfw.glfwGetX11Display();
        drawable = window.X11Window;
        if (display == IntPtr.Zero || drawable == 0) throw new InvalidOperationException("the window is not an X11 window");
        var screen = XDefaultScreen(display);
        var depth = XDefaultDepth(display, screen);
        if (depth != 24) throw new InvalidOperationException($"XPutImage presentation needs a 24-bit TrueColor display, this one is {depth}-bit");
        visual = XDefaultVisual(display, screen);
        gc = XCreateGC(display, drawable, 0, IntPtr.Zero);
        if (gc == IntPtr.Zero) throw new InvalidOperationException("XCreateGC failed");
    }

    /// <inheritdoc/>
    public string Path => "X11 XPutImage";

    /// <inheritdoc/>
    public void Present(RasterBackend frame, PresentDamage damage)
    {
        // The window keeps what it was last sent: age 1.
        bool partial = damage.Take(frame.PixelSize, 1, out var rects);
        var s = frame.PixelSize;
        var rowBytes = s.Width * 4;
        size = s;
        // TrueColor 24-bit on a little-endian client: 0x00RRGGBB per 32-bit pixel, i.e. BGRX bytes.
        // The raster back buffer is already BGRA where that is Skia's native order (x86/ARM Linux), so
        // the server reads it in place (the alpha byte is the ignored pad); otherwise convert once.
        fixed (byte* pixels = frame.Pixels)
        {
            var data = (IntPtr)pixels;
            if (frame.Info.ColorType != SKColorType.Bgra8888)
            {
                if (converted == null || convertedSize != s)
                {
                    NativeMemory.Free(converted);
                    converted = (byte*)NativeMemory.Alloc((nuint)(rowBytes * s.Height));
                    convertedSize = s;
                }
                var bgra = new SKImageInfo(s.Width, s.Height, SKColorType.Bgra8888, SKAlphaType.Premul);
                using var source = new SKPixmap(frame.Info, (IntPtr)pixels, frame.RowBytes);
                if (!source.ReadPixels(bgra, (IntPtr)converted, rowBytes)) throw new InvalidOperationException("pixel conversion failed");
                data = (IntPtr)converted;
            }
            var image = XCreateImage(display, visual, 24, ZPixmap, 0, data, (uint)s.Width, (uint)s.Height, 32, rowBytes);
            if (image == IntPtr.Zero) throw new InvalidOperationException("XCreateImage failed");
            if (!partial) XPutImage(display, drawable, gc, image, 0, 0, 0, 0, (uint)s.Width, (uint)s.Height);
            else foreach (var r in rects) XPutImage(display, drawable, gc, image, r.Left, r.Top, r.Left, r.Top, (uint)r.Width, (uint)r.Height);
            XFree(image); // the struct only: the pixels are ours
            XSync(display, 0); // the server has read the pixels before they may change
        }
    }

    /// <summary>ReadWindowPixels reads the window's contents back from the X server (XGetImage), as premultiplied RGBA.</summary>
    public SKBitmap ReadWindowPixels()
    {
        if (size.Width == 0) throw new InvalidOperationException("nothing was presented yet");
        return ReadX11Window(display, drawable, size);
    }

    /// <summary>ReadX11Window reads <paramref name="size"/> pixels of an X11 window back from the X server (XGetImage), as premultiplied RGBA: what the window shows, whoever drew it.</summary>
    public static SKBitmap ReadX11Window(IntPtr display, nuint drawable, SKSizeI size)
    {
        XSync(display, 0);
        var image = XGetImage(display, drawable, 0, 0, (uint)size.Width, (uint)size.Height, nuint.MaxValue, ZPixmap);
        if (image == IntPtr.Zero) throw new InvalidOperationException("XGetImage failed (window not mapped?)");
        try
        {
            var bitsPerPixel = *(int*)(image + XImageBitsPerPixel);
            if (bitsPerPixel != 32) throw new InvalidOperationException($"XGetImage gave {bitsPerPixel} bits per pixel, expected 32");
            var data = *(IntPtr*)(image + XImageData);
            var rowBytes = *(int*)(image + XImageBytesPerLine);
            // The X server has no alpha: treat the pad byte as opaque.
            var bgrx = new SKImageInfo(size.Width, size.Height, SKColorType.Bgra8888, SKAlphaType.Opaque);
            var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
            using var source = new SKPixmap(bgrx, data, rowBytes);
            if (!source.ReadPixels(bitmap.Info, bitmap.GetPixels(), bitmap.RowBytes))
            {
                bitmap.Dispose();
                throw new InvalidOperationException("pixel conversion failed");
            }
            return bitmap;
        }
        finally
        {
            XDestroyImage(image);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        XFreeGC(display, gc);
        NativeMemory.Free(converted);
        converted = null;
    }
}
