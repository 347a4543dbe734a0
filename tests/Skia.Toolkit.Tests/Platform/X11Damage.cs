using System.Runtime.InteropServices;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>X11Damage does to a window what the X server does when it loses the window's pixels: paints over them and sends an expose.</summary>
internal static partial class X11Damage
{
    private const string Library = "libX11.so.6";

    [LibraryImport(Library)] private static partial IntPtr XCreateGC(IntPtr display, nuint drawable, nuint valueMask, IntPtr values);
    [LibraryImport(Library)] private static partial int XSetForeground(IntPtr display, IntPtr gc, nuint pixel);
    [LibraryImport(Library)] private static partial int XFillRectangle(IntPtr display, nuint drawable, IntPtr gc, int x, int y, uint width, uint height);
    [LibraryImport(Library)] private static partial int XClearArea(IntPtr display, nuint window, int x, int y, uint width, uint height, int exposures);
    [LibraryImport(Library)] private static partial int XFreeGC(IntPtr display, IntPtr gc);
    [LibraryImport(Library)] private static partial int XSync(IntPtr display, int discard);

    /// <summary>LosePixels fills the window with black and asks the server for an expose of all of it.</summary>
    public static void LosePixels(IntPtr display, nuint window, int width, int height)
    {
        var gc = XCreateGC(display, window, 0, IntPtr.Zero);
        Assert.NotEqual(IntPtr.Zero, gc);
        XSetForeground(display, gc, 0);
        XFillRectangle(display, window, gc, 0, 0, (uint)width, (uint)height);
        XFreeGC(display, gc);
        XClearArea(display, window, 0, 0, 0, 0, 1); // the window's background is None: only the expose
        XSync(display, 0);
    }
}
