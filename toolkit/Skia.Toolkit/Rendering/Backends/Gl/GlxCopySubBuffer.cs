using System.Runtime.InteropServices;
using Skia.Toolkit.Platform;
using SkiaSharp;

namespace Skia.Toolkit.Rendering.Backends.Gl;

/// <summary>
/// GlxCopySubBuffer puts rectangles of a GLX window's back buffer on the window (GLX_MESA_copy_sub_buffer)
/// without a swap: the back buffer keeps its contents, so a present that changed a few rectangles draws and puts
/// only those. Mesa offers it on every GLX driver, including the software one under Xvfb (llvmpipe), which has no
/// GLX_EXT_buffer_age. A copy does not wait for the display: where vsync is asked for and the driver can honour a
/// swap interval (a GLX_*_swap_control extension), presents keep swapping instead (<see cref="Usable"/>).
/// </summary>
internal sealed unsafe partial class GlxCopySubBuffer
{
    private const string Library = "libGL.so.1";

    [LibraryImport(Library)] private static partial IntPtr glXQueryExtensionsString(IntPtr display, int screen);
    [LibraryImport("libX11.so.6")] private static partial int XDefaultScreen(IntPtr display);
    [LibraryImport("libX11.so.6")] private static partial int XSync(IntPtr display, int discard);
    [LibraryImport("libX11.so.6")] private static partial IntPtr XSetErrorHandler(IntPtr handler);

    private readonly IntPtr display;
    private readonly nuint drawable;
    private readonly delegate* unmanaged<IntPtr, nuint, int, int, int, int, void> copySubBuffer;

    /// <summary>GlxCopySubBuffer looks for GLX_MESA_copy_sub_buffer on <paramref name="window"/>'s X connection and drawable (GLFW's, or the one the toolkit made the context on); its GL context must be current.</summary>
    public GlxCopySubBuffer(IGlWindowContext window)
    {
        try
        {
            display = window.X11Display;
            drawable = window.GlxDrawable;
            if (display == IntPtr.Zero || drawable == 0) return;
            var extensions = " " + (Marshal.PtrToStringUTF8(glXQueryExtensionsString(display, XDefaultScreen(display))) ?? "") + " ";
            SwapControl = extensions.Contains(" GLX_EXT_swap_control ", StringComparison.Ordinal)
                || extensions.Contains(" GLX_MESA_swap_control ", StringComparison.Ordinal)
                || extensions.Contains(" GLX_SGI_swap_control ", StringComparison.Ordinal);
            if (!extensions.Contains(" GLX_MESA_copy_sub_buffer ", StringComparison.Ordinal)) return;
            copySubBuffer = (delegate* unmanaged<IntPtr, nuint, int, int, int, int, void>)window.GetProcAddress("glXCopySubBufferMESA");
            Supported = copySubBuffer != null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            Supported = false;
        }
    }

    /// <summary>Supported says whether the display offers GLX_MESA_copy_sub_buffer for this window.</summary>
    public bool Supported { get; }

    /// <summary>SwapControl says whether the driver can make a swap wait for the display (GLX_EXT/MESA/SGI_swap_control); without it a swap interval is ignored.</summary>
    public bool SwapControl { get; }

    /// <summary>
    /// Usable says whether presents may copy instead of swapping: the extension is there and nothing a swap would
    /// give is lost (vsync is off, or the driver cannot make a swap wait for the display anyway).
    /// </summary>
    public bool Usable(bool vsync) => Supported && (!vsync || !SwapControl);

    /// <summary>
    /// Put puts <paramref name="rects"/> (device pixels, top-left origin, inside a back buffer <paramref name="height"/>
    /// pixels high) of the back buffer on the window, flushing the context first, and waits for the X server. False
    /// when the server refused a copy (the driver's buffer is not the size the caller thinks: a resize it has not
    /// seen yet); such an error is caught here, where Xlib's default handler would end the process.
    /// </summary>
    public bool Put(ReadOnlySpan<SKRectI> rects, int height)
    {
        if (!Supported) throw new InvalidOperationException("GLX_MESA_copy_sub_buffer is not available");
        xErrorSeen = false;
        var previous = XSetErrorHandler((IntPtr)(delegate* unmanaged<IntPtr, IntPtr, int>)&OnXError);
        try
        {
            // GLX counts y from the bottom: each rectangle by its lower-left corner.
            foreach (var r in rects) copySubBuffer(display, drawable, r.Left, height - r.Bottom, r.Width, r.Height);
            XSync(display, 0);
        }
        finally
        {
            XSetErrorHandler(previous);
        }
        return !xErrorSeen;
    }

    /// <summary>Put puts one rectangle; see <see cref="Put(ReadOnlySpan{SKRectI}, int)"/>.</summary>
    public bool Put(SKRectI rect, int height) => Put(new ReadOnlySpan<SKRectI>(in rect), height);

    // Xlib's error handler is one per process, as this flag is; it is set only between the two XSetErrorHandler calls.
    private static volatile bool xErrorSeen;

    [UnmanagedCallersOnly]
    private static int OnXError(IntPtr display, IntPtr xEvent)
    {
        xErrorSeen = true;
        return 0;
    }
}
