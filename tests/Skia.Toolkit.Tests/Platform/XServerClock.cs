using System.Runtime.InteropServices;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>
/// XServerClock is the test's own connection to the X display: it reads the X server's clock (the clock the server
/// stamps input events with) and clicks the pointer's left button through XTEST without starting a process, so two
/// clicks and the times around them are only milliseconds of the test's own work apart. The time is read the way X
/// clients do it: change a property on a window of our own and take the PropertyNotify event's time.
/// </summary>
internal sealed unsafe partial class XServerClock : IDisposable
{
    private const string X11 = "libX11.so.6";
    private const string Xtst = "libXtst.so.6";
    private const nint PropertyChangeMask = 1 << 22;
    private const nuint StringType = 31; // XA_STRING
    private const int PropModeReplace = 0;
    private const int PropertyTimeOffset = 48; // XPropertyEvent.time on LP64 (Xlib.h)
    private const int XEventSize = 192; // sizeof(XEvent) on LP64: 24 longs
    private readonly IntPtr _display;
    private readonly nuint _window;
    private readonly nuint _atom;

    /// <summary>XServerClock connects to <paramref name="display"/> and makes an unmapped window to read the clock with.</summary>
    public XServerClock(string display)
    {
        _display = XOpenDisplay(display);
        Assert.True(_display != IntPtr.Zero, $"cannot open X display {display}");
        int eventBase = 0, errorBase = 0, major = 0, minor = 0;
        Assert.True(XTestQueryExtension(_display, ref eventBase, ref errorBase, ref major, ref minor) != 0, $"no XTEST on {display}");
        _window = XCreateSimpleWindow(_display, XDefaultRootWindow(_display), 0, 0, 1, 1, 0, 0, 0);
        XSelectInput(_display, _window, PropertyChangeMask);
        _atom = XInternAtom(_display, "SKIA_TRADER_E2E_CLOCK", 0);
    }

    /// <summary>Now is the X server's time now (milliseconds, the server's clock, wrapping at 2^32).</summary>
    public uint Now()
    {
        byte one = 1;
        XChangeProperty(_display, _window, _atom, StringType, 8, PropModeReplace, &one, 1);
        var e = stackalloc byte[XEventSize];
        XWindowEvent(_display, _window, PropertyChangeMask, e); // flushes the request and waits for its event
        return (uint)*(nuint*)(e + PropertyTimeOffset);
    }

    /// <summary>Click presses and releases the left button where the pointer is, as a user would (XTEST), and sends it now.</summary>
    public void Click()
    {
        XTestFakeButtonEvent(_display, 1, 1, 0);
        XTestFakeButtonEvent(_display, 1, 0, 0);
        XFlush(_display);
    }

    /// <summary>Dispose closes the connection (and with it the window).</summary>
    public void Dispose() => XCloseDisplay(_display);

    [LibraryImport(X11, StringMarshalling = StringMarshalling.Utf8)] private static partial IntPtr XOpenDisplay(string name);
    [LibraryImport(X11)] private static partial int XCloseDisplay(IntPtr display);
    [LibraryImport(X11)] private static partial nuint XDefaultRootWindow(IntPtr display);
    [LibraryImport(X11)] private static partial nuint XCreateSimpleWindow(IntPtr display, nuint parent, int x, int y, uint width, uint height, uint borderWidth, nuint border, nuint background);
    [LibraryImport(X11)] private static partial int XSelectInput(IntPtr display, nuint window, nint mask);
    [LibraryImport(X11, StringMarshalling = StringMarshalling.Utf8)] private static partial nuint XInternAtom(IntPtr display, string name, int onlyIfExists);
    [LibraryImport(X11)] private static partial int XChangeProperty(IntPtr display, nuint window, nuint property, nuint type, int format, int mode, byte* data, int elements);
    [LibraryImport(X11)] private static partial int XWindowEvent(IntPtr display, nuint window, nint mask, byte* xevent);
    [LibraryImport(X11)] private static partial int XFlush(IntPtr display);
    [LibraryImport(Xtst)] private static partial int XTestQueryExtension(IntPtr display, ref int eventBase, ref int errorBase, ref int major, ref int minor);
    [LibraryImport(Xtst)] private static partial int XTestFakeButtonEvent(IntPtr display, uint button, int isPress, nuint delay);
}
