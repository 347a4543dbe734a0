using System.Runtime.InteropServices;
using System.Text;

namespace Skia.Toolkit.Platform;

/// <summary>
/// GlxWindowContext is an OpenGL context the toolkit makes itself, with GLX, for a window GLFW opened without a client
/// API: so the window (and a raster first frame in it) needs no GL driver, and the context, whose creation loads the
/// driver (Mesa's swrast_dri and LLVM, or a GPU's), is made on a worker thread instead of the UI thread.
/// </summary>
/// <remarks>
/// The context lives on an X connection of its own (<c>XOpenDisplay</c> of the display GLFW uses), never on GLFW's:
/// the worker's Xlib and GLX calls then share no connection with the UI thread's event pump, which Xlib would only
/// allow with <c>XInitThreads</c> before its first call. Only one thread uses this connection at a time: the worker
/// until <see cref="ReleaseCurrent"/>, then the UI thread. The frame buffer configuration is the one GLFW would pick for
/// a GL window as far as the window's visual allows: double-buffered RGB 8-8-8 with an 8-bit stencil (Skia clips
/// complex paths with it), no depth buffer, no multisampling, on the visual the window was made with (a GLX drawable
/// must match its window's visual). Disposing it frees the GLX drawable, the context and the connection; do it before
/// the window goes.
/// </remarks>
internal sealed unsafe partial class GlxWindowContext : IGlWindowContext
{
    private const string GlLibrary = "libGL.so.1";
    private const string X11Library = "libX11.so.6";

    // From GL/glx.h.
    private const int GlxRgbaType = 0x8014, GlxRgbaBit = 0x1, GlxWindowBit = 0x1;
    private const int GlxDoublebuffer = 5, GlxStereo = 6, GlxRedSize = 8, GlxGreenSize = 9, GlxBlueSize = 10, GlxAlphaSize = 11;
    private const int GlxDepthSize = 12, GlxStencilSize = 13, GlxConfigCaveat = 0x20, GlxNone = 0x8000;
    private const int GlxVisualId = 0x800B, GlxDrawableType = 0x8010, GlxRenderType = 0x8011, GlxSamples = 100001;
    private const int QueuedAfterFlush = 2; // X11/Xlib.h

    [LibraryImport(X11Library)] private static partial IntPtr XOpenDisplay(byte* name);
    [LibraryImport(X11Library)] private static partial int XCloseDisplay(IntPtr display);
    [LibraryImport(X11Library)] private static partial byte* XDisplayString(IntPtr display);
    [LibraryImport(X11Library)] private static partial int XDefaultScreen(IntPtr display);
    [LibraryImport(X11Library)] private static partial int XGetWindowAttributes(IntPtr display, nuint window, byte* attributes);
    [LibraryImport(X11Library)] private static partial nuint XVisualIDFromVisual(IntPtr visual);
    [LibraryImport(X11Library)] private static partial int XFree(void* data);
    [LibraryImport(X11Library)] private static partial int XSync(IntPtr display, int discard);
    [LibraryImport(X11Library)] private static partial int XEventsQueued(IntPtr display, int mode);
    [LibraryImport(X11Library)] private static partial int XNextEvent(IntPtr display, byte* xevent);
    [LibraryImport(X11Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int XQueryExtension(IntPtr display, string name, out int majorOpcode, out int firstEvent, out int firstError);

    [LibraryImport(GlLibrary)] private static partial int glXQueryVersion(IntPtr display, out int major, out int minor);
    [LibraryImport(GlLibrary)] private static partial IntPtr* glXGetFBConfigs(IntPtr display, int screen, out int count);
    [LibraryImport(GlLibrary)] private static partial int glXGetFBConfigAttrib(IntPtr display, IntPtr config, int attribute, out int value);
    [LibraryImport(GlLibrary)] private static partial IntPtr glXCreateNewContext(IntPtr display, IntPtr config, int renderType, IntPtr shareList, int direct);
    [LibraryImport(GlLibrary)] private static partial void glXDestroyContext(IntPtr display, IntPtr context);
    [LibraryImport(GlLibrary)] private static partial nuint glXCreateWindow(IntPtr display, IntPtr config, nuint window, int* attributes);
    [LibraryImport(GlLibrary)] private static partial void glXDestroyWindow(IntPtr display, nuint window);
    [LibraryImport(GlLibrary)] private static partial int glXMakeContextCurrent(IntPtr display, nuint draw, nuint read, IntPtr context);
    [LibraryImport(GlLibrary)] private static partial IntPtr glXGetCurrentContext();
    [LibraryImport(GlLibrary)] private static partial nuint glXGetCurrentDrawable();
    [LibraryImport(GlLibrary)] private static partial void glXSwapBuffers(IntPtr display, nuint drawable);
    [LibraryImport(GlLibrary)] private static partial IntPtr glXGetProcAddressARB(byte* name);
    [LibraryImport(GlLibrary)] private static partial byte* glXQueryExtensionsString(IntPtr display, int screen);

    private readonly IntPtr display;
    private readonly IntPtr context;
    private readonly nuint drawable;
    private readonly string extensions;
    private bool disposed;

    private GlxWindowContext(IntPtr display, IntPtr context, nuint drawable, string extensions, string visual)
    {
        this.display = display;
        this.context = context;
        this.drawable = drawable;
        this.extensions = extensions;
        CreatedOnThread = Environment.CurrentManagedThreadId;
        Origin = $"GLX context made on a worker over its own X connection, visual {visual}";
    }

    /// <summary>CreatedOnThread is the managed id of the thread that made the context (tests: a worker, not the UI thread).</summary>
    public int CreatedOnThread { get; }

    /// <inheritdoc/>
    public IntPtr X11Display => display;

    /// <inheritdoc/>
    public nuint GlxDrawable => drawable;

    /// <inheritdoc/>
    public string Origin { get; }

    /// <summary>
    /// ServerOffersGlx says, on the UI thread and with one round trip, whether the X server of <paramref name="glfwDisplay"/>
    /// (GLFW's connection) has the GLX extension: without it (an EGL-only or Wayland-only stack, a server started without
    /// GLX) a context of our own cannot be made, and the caller lets GLFW make the window with its context as before.
    /// </summary>
    public static bool ServerOffersGlx(IntPtr glfwDisplay)
    {
        if (glfwDisplay == IntPtr.Zero) return false;
        try
        {
            return XQueryExtension(glfwDisplay, "GLX", out _, out _, out _) != 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>DisplayName is the name GLFW's connection was opened with (e.g. ":99"), for <see cref="Create"/> to open its own.</summary>
    public static string DisplayName(IntPtr glfwDisplay) => Marshal.PtrToStringUTF8((IntPtr)XDisplayString(glfwDisplay)) ?? "";

    /// <summary>
    /// Create opens a connection of its own to <paramref name="displayName"/> and makes a GLX context for the X window
    /// <paramref name="x11Window"/> on it, current on the calling thread (the worker). Throws, saying what was missing,
    /// where it cannot (no connection, GLX before 1.3, no frame buffer configuration for the window's visual).
    /// </summary>
    public static GlxWindowContext Create(string displayName, nuint x11Window)
    {
        if (x11Window == 0) throw new ArgumentException("no X window to make a GLX context for", nameof(x11Window));
        var nameBytes = new byte[Encoding.UTF8.GetByteCount(displayName) + 1];
        Encoding.UTF8.GetBytes(displayName, nameBytes);
        IntPtr display;
        fixed (byte* name = nameBytes) display = XOpenDisplay(name);
        if (display == IntPtr.Zero) throw new InvalidOperationException($"could not open a second connection to X display \"{displayName}\" for the GL context");
        IntPtr context = IntPtr.Zero;
        nuint drawable = 0;
        try
        {
            if (glXQueryVersion(display, out var major, out var minor) == 0) throw new InvalidOperationException("the X server offers no GLX");
            if (major < 1 || (major == 1 && minor < 3)) throw new InvalidOperationException($"GLX {major}.{minor} has no frame buffer configurations (1.3 needed)");
            var screen = XDefaultScreen(display);
            var visualId = WindowVisual(display, x11Window);
            var config = ChooseConfig(display, screen, visualId);
            context = glXCreateNewContext(display, config, GlxRgbaType, IntPtr.Zero, 1);
            if (context == IntPtr.Zero) throw new InvalidOperationException("glXCreateNewContext made no context");
            drawable = glXCreateWindow(display, config, x11Window, null);
            if (drawable == 0) throw new InvalidOperationException("glXCreateWindow made no GLX window");
            if (glXMakeContextCurrent(display, drawable, drawable, context) == 0) throw new InvalidOperationException("glXMakeContextCurrent failed");
            var extensions = Marshal.PtrToStringUTF8((IntPtr)glXQueryExtensionsString(display, screen)) ?? "";
            return new GlxWindowContext(display, context, drawable, extensions, $"0x{visualId:x}");
        }
        catch
        {
            if (context != IntPtr.Zero)
            {
                glXMakeContextCurrent(display, 0, 0, IntPtr.Zero);
                glXDestroyContext(display, context);
            }
            if (drawable != 0) glXDestroyWindow(display, drawable);
            XCloseDisplay(display);
            throw;
        }
    }

    private static nuint WindowVisual(IntPtr display, nuint window)
    {
        // XWindowAttributes (X11/Xlib.h) on LP64: int x, y, width, height, border_width, depth; then Visual* visual at 24.
        // 136 bytes; the buffer leaves room.
        var attributes = stackalloc byte[256];
        if (XGetWindowAttributes(display, window, attributes) == 0) throw new InvalidOperationException("XGetWindowAttributes failed for the window");
        var visual = *(IntPtr*)(attributes + 24);
        if (visual == IntPtr.Zero) throw new InvalidOperationException("the window has no visual");
        return XVisualIDFromVisual(visual);
    }

    private static IntPtr ChooseConfig(IntPtr display, int screen, nuint visualId)
    {
        var configs = glXGetFBConfigs(display, screen, out var count);
        if (configs == null || count == 0) throw new InvalidOperationException("GLX offers no frame buffer configurations");
        try
        {
            IntPtr best = IntPtr.Zero;
            var bestScore = int.MaxValue;
            for (var i = 0; i < count; i++)
            {
                var c = configs[i];
                if (Attrib(display, c, GlxVisualId) != (int)visualId) continue;
                if ((Attrib(display, c, GlxRenderType) & GlxRgbaBit) == 0 || (Attrib(display, c, GlxDrawableType) & GlxWindowBit) == 0) continue;
                if (Attrib(display, c, GlxDoublebuffer) == 0 || Attrib(display, c, GlxStereo) != 0) continue;
                if (Attrib(display, c, GlxRedSize) != 8 || Attrib(display, c, GlxGreenSize) != 8 || Attrib(display, c, GlxBlueSize) != 8) continue;
                if (Attrib(display, c, GlxStencilSize) != GlfwWindow.StencilBits) continue;
                // Fewest extras first: no multisampling, no depth buffer, no caveat (a slow or non-conformant config).
                var score = Attrib(display, c, GlxSamples) * 1000 + Attrib(display, c, GlxDepthSize) * 10
                    + (Attrib(display, c, GlxConfigCaveat) is GlxNone or 0 ? 0 : 5000) + (Attrib(display, c, GlxAlphaSize) == 8 ? 0 : 1);
                if (score < bestScore)
                {
                    bestScore = score;
                    best = c;
                }
            }
            if (best == IntPtr.Zero) throw new InvalidOperationException($"GLX has no double-buffered RGB8 configuration with an {GlfwWindow.StencilBits}-bit stencil for the window's visual 0x{visualId:x}");
            return best;
        }
        finally
        {
            XFree(configs);
        }
    }

    private static int Attrib(IntPtr display, IntPtr config, int attribute) =>
        glXGetFBConfigAttrib(display, config, attribute, out var value) == 0 ? value : 0;

    /// <inheritdoc/>
    public void MakeContextCurrent()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (glXGetCurrentContext() == context && glXGetCurrentDrawable() == drawable) return;
        if (glXMakeContextCurrent(display, drawable, drawable, context) == 0) throw new InvalidOperationException("glXMakeContextCurrent failed");
    }

    /// <inheritdoc/>
    public void ReleaseCurrent()
    {
        if (!disposed && glXGetCurrentContext() == context) glXMakeContextCurrent(display, 0, 0, IntPtr.Zero);
    }

    /// <summary>
    /// SwapBuffers swaps, then sends what the swap left in this connection's output buffer and drops any event the
    /// driver's extensions delivered here: nobody else reads this connection, which selects no events of its own.
    /// </summary>
    public void SwapBuffers()
    {
        glXSwapBuffers(display, drawable);
        var xevent = stackalloc byte[192]; // sizeof(XEvent) on LP64
        while (XEventsQueued(display, QueuedAfterFlush) > 0) XNextEvent(display, xevent);
    }

    /// <inheritdoc/>
    public void SwapInterval(int interval)
    {
        // As GLFW does: GLX_EXT_swap_control, else GLX_MESA_swap_control, else GLX_SGI_swap_control (which cannot say 0).
        if (HasExtension("GLX_EXT_swap_control") && GetProcAddress("glXSwapIntervalEXT") is var ext && ext != IntPtr.Zero)
        {
            ((delegate* unmanaged<IntPtr, nuint, int, void>)ext)(display, drawable, interval);
        }
        else if (HasExtension("GLX_MESA_swap_control") && GetProcAddress("glXSwapIntervalMESA") is var mesa && mesa != IntPtr.Zero)
        {
            ((delegate* unmanaged<uint, int>)mesa)((uint)interval);
        }
        else if (interval > 0 && HasExtension("GLX_SGI_swap_control") && GetProcAddress("glXSwapIntervalSGI") is var sgi && sgi != IntPtr.Zero)
        {
            ((delegate* unmanaged<int, int>)sgi)(interval);
        }
    }

    private bool HasExtension(string name) => (" " + extensions + " ").Contains(" " + name + " ", StringComparison.Ordinal);

    /// <inheritdoc/>
    public IntPtr GetProcAddress(string name)
    {
        // glXGetProcAddressARB returns a dispatch stub for any name; a GLX context has no EGL, and Skia would call egl* stubs.
        if (name.StartsWith("egl", StringComparison.Ordinal)) return IntPtr.Zero;
        Span<byte> buffer = stackalloc byte[256];
        var length = Encoding.ASCII.GetBytes(name, buffer[..^1]);
        buffer[length] = 0;
        fixed (byte* p = buffer) return glXGetProcAddressARB(p);
    }

    /// <summary>Dispose releases the context if this thread holds it, frees the GLX window and the context, and closes the connection.</summary>
    public void Dispose()
    {
        if (disposed) return;
        ReleaseCurrent();
        disposed = true;
        glXDestroyWindow(display, drawable);
        glXDestroyContext(display, context);
        XSync(display, 0);
        XCloseDisplay(display);
    }
}
