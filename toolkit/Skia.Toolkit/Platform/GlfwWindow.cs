using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using SkiaSharp;

namespace Skia.Toolkit.Platform;

/// <summary>
/// GlfwWindow is one GLFW window handle with checked calls and its events routed to an
/// <see cref="IGlfwEventSink"/>. GLFW's callbacks are static; the window finds its sink through
/// GLFW's user pointer, which holds a GC handle to this object.
/// </summary>
internal sealed unsafe class GlfwWindow : IDisposable
{
    private GCHandle self;
    private bool disposed;

    /// <summary>GlfwWindow opens a window; <paramref name="withGlContext"/> false gives a window for Vulkan (no client API).</summary>
    public GlfwWindow(int width, int height, string title, bool withGlContext, bool visible, IGlfwEventSink sink)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        Sink = sink;
        HasGlContext = withGlContext;
        GlfwRuntime.Acquire();
        try
        {
            Glfw.ClearError();
            Glfw.glfwDefaultWindowHints();
            Glfw.glfwWindowHint(Glfw.Visible, visible ? Glfw.True : Glfw.False);
            Glfw.glfwWindowHint(Glfw.Resizable, Glfw.True);
            // We scale ourselves from the content scale; letting GLFW also grow the window would double it.
            Glfw.glfwWindowHint(Glfw.ScaleToMonitor, Glfw.False);
            if (withGlContext)
            {
                Glfw.glfwWindowHint(Glfw.ClientApi, Glfw.OpenGlApi);
                Glfw.glfwWindowHint(Glfw.ContextCreationApi, Glfw.NativeContextApi);
                Glfw.glfwWindowHint(Glfw.RedBits, 8);
                Glfw.glfwWindowHint(Glfw.GreenBits, 8);
                Glfw.glfwWindowHint(Glfw.BlueBits, 8);
                Glfw.glfwWindowHint(Glfw.AlphaBits, 8);
                Glfw.glfwWindowHint(Glfw.StencilBits, StencilBits);
                Glfw.glfwWindowHint(Glfw.DepthBits, 0);
                Glfw.glfwWindowHint(Glfw.Samples, 0);
                Glfw.glfwWindowHint(Glfw.DoubleBuffer, Glfw.True);
            }
            else
            {
                Glfw.glfwWindowHint(Glfw.ClientApi, Glfw.NoApi);
            }
            var titleBytes = Utf8(title);
            fixed (byte* t = titleBytes)
            {
                Handle = Glfw.glfwCreateWindow(width, height, t, IntPtr.Zero, IntPtr.Zero);
            }
            Glfw.ThrowIfError("glfwCreateWindow");
            if (Handle == IntPtr.Zero) throw new GlfwException("glfwCreateWindow", 0, "no window and no error reported");
        }
        catch
        {
            GlfwRuntime.Release();
            throw;
        }
        self = GCHandle.Alloc(this);
        Glfw.glfwSetWindowUserPointer(Handle, GCHandle.ToIntPtr(self));
        Glfw.glfwSetCursorPosCallback(Handle, &OnCursorPos);
        Glfw.glfwSetCursorEnterCallback(Handle, &OnCursorEnter);
        Glfw.glfwSetMouseButtonCallback(Handle, &OnMouseButton);
        Glfw.glfwSetScrollCallback(Handle, &OnScroll);
        Glfw.glfwSetKeyCallback(Handle, &OnKey);
        Glfw.glfwSetCharCallback(Handle, &OnChar);
        Glfw.glfwSetFramebufferSizeCallback(Handle, &OnFramebufferSize);
        Glfw.glfwSetWindowContentScaleCallback(Handle, &OnContentScale);
        Glfw.glfwSetWindowFocusCallback(Handle, &OnFocus);
        Glfw.glfwSetWindowCloseCallback(Handle, &OnClose);
        Glfw.glfwSetWindowRefreshCallback(Handle, &OnRefresh);
    }

    /// <summary>StencilBits is the stencil depth asked of the default framebuffer; Skia clips complex paths with it.</summary>
    public const int StencilBits = 8;

    /// <summary>Handle is GLFW's window pointer.</summary>
    public IntPtr Handle { get; }

    /// <summary>HasGlContext says whether the window carries an OpenGL context.</summary>
    public bool HasGlContext { get; }

    /// <summary>Sink receives this window's events.</summary>
    public IGlfwEventSink Sink { get; set; }

    /// <summary>FramebufferSize is the drawable size in device pixels.</summary>
    public SKSizeI FramebufferSize
    {
        get
        {
            Glfw.glfwGetFramebufferSize(Handle, out var w, out var h);
            return new SKSizeI(w, h);
        }
    }

    /// <summary>WindowSize is the window's client size in screen coordinates (what the window system calls pixels).</summary>
    public SKSizeI WindowSize
    {
        get
        {
            Glfw.glfwGetWindowSize(Handle, out var w, out var h);
            return new SKSizeI(w, h);
        }
    }

    /// <summary>ContentScale is the DPI scale the window system asks for (1 at 96 dpi).</summary>
    public float ContentScale
    {
        get
        {
            Glfw.glfwGetWindowContentScale(Handle, out var x, out _);
            return x > 0 ? x : 1;
        }
    }

    /// <summary>ShouldClose says the user asked to close the window.</summary>
    public bool ShouldClose
    {
        get => Glfw.glfwWindowShouldClose(Handle) != Glfw.False;
        set => Glfw.glfwSetWindowShouldClose(Handle, value ? Glfw.True : Glfw.False);
    }

    /// <summary>IsFocused says whether the window has keyboard focus.</summary>
    public bool IsFocused => Glfw.glfwGetWindowAttrib(Handle, Glfw.Focused) != Glfw.False;

    /// <summary>X11Window is the X11 window id behind the GLFW window (for XPutImage presentation and tests).</summary>
    public nuint X11Window => Glfw.glfwGetX11Window(Handle);

    /// <summary>GlxWindow is the GLX drawable of the window's GL context (0 without a GLX context), for buffer-age queries.</summary>
    public nuint GlxWindow => Glfw.glfwGetGLXWindow(Handle);

    /// <summary>SetTitle changes the title bar text.</summary>
    public void SetTitle(string title)
    {
        var bytes = Utf8(title);
        fixed (byte* t = bytes) Glfw.glfwSetWindowTitle(Handle, t);
    }

    /// <summary>SetSize asks the window system for a new client size in screen coordinates.</summary>
    public void SetSize(int width, int height) => Glfw.glfwSetWindowSize(Handle, width, height);

    /// <summary>Show makes a hidden window visible and gives it focus.</summary>
    public void Show()
    {
        Glfw.glfwShowWindow(Handle);
        Glfw.glfwFocusWindow(Handle);
    }

    /// <summary>MakeContextCurrent binds this window's GL context to the calling thread.</summary>
    public void MakeContextCurrent()
    {
        Glfw.ClearError();
        Glfw.glfwMakeContextCurrent(Handle);
        Glfw.ThrowIfError("glfwMakeContextCurrent");
    }

    /// <summary>SwapBuffers shows the GL back buffer (waits for vsync when the swap interval is 1).</summary>
    public void SwapBuffers() => Glfw.glfwSwapBuffers(Handle);

    /// <summary>SwapInterval sets how many vertical blanks a swap waits for (0 = none); needs the context current.</summary>
    public static void SwapInterval(int interval) => Glfw.glfwSwapInterval(interval);

    /// <summary>GetProcAddress finds a GL function of the current context; names GLX cannot serve (egl*) give zero.</summary>
    public static IntPtr GetProcAddress(string name)
    {
        // With GLX, glfwGetProcAddress returns non-null stubs for egl* names, and Skia's
        // GrGLExtensions::init then calls into them and crashes. A GLX context has no EGL: refuse them.
        if (name.StartsWith("egl", StringComparison.Ordinal)) return IntPtr.Zero;
        Span<byte> buffer = stackalloc byte[256];
        var length = Encoding.ASCII.GetBytes(name, buffer[..^1]);
        buffer[length] = 0;
        fixed (byte* p = buffer) return Glfw.glfwGetProcAddress(p);
    }

    /// <summary>ClipboardText reads or writes the system clipboard as text ("" when it holds no text).</summary>
    public string ClipboardText
    {
        get
        {
            Glfw.ClearError();
            var text = Glfw.glfwGetClipboardString(Handle);
            // An empty or non-text clipboard is reported as a format error: that is "no text", not a failure.
            Glfw.ClearError();
            return text == null ? "" : Marshal.PtrToStringUTF8((IntPtr)text) ?? "";
        }
        set
        {
            var bytes = Utf8(value);
            Glfw.ClearError();
            fixed (byte* t = bytes) Glfw.glfwSetClipboardString(Handle, t);
            Glfw.ThrowIfError("glfwSetClipboardString");
        }
    }

    /// <summary>SetCursor shows one of the standard pointer shapes over this window.</summary>
    public void SetCursor(CursorShape shape) => Glfw.glfwSetCursor(Handle, GlfwRuntime.Cursor(shape));

    /// <summary>CreateVulkanSurface makes a VkSurfaceKHR for this window on the given instance.</summary>
    public ulong CreateVulkanSurface(IntPtr instance)
    {
        Glfw.ClearError();
        var result = Glfw.glfwCreateWindowSurface(instance, Handle, IntPtr.Zero, out var surface);
        Glfw.ThrowIfError("glfwCreateWindowSurface");
        if (result != 0) throw new GlfwException("glfwCreateWindowSurface", 0, $"VkResult {result}");
        return surface;
    }

    /// <summary>Dispose destroys the window and releases its hold on GLFW.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        if (Glfw.glfwGetCurrentContext() == Handle) Glfw.glfwMakeContextCurrent(IntPtr.Zero);
        Glfw.glfwSetWindowUserPointer(Handle, IntPtr.Zero);
        Glfw.glfwDestroyWindow(Handle);
        self.Free();
        GlfwRuntime.Release();
    }

    private static byte[] Utf8(string text)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text) + 1];
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }

    private static IGlfwEventSink? SinkOf(IntPtr window)
    {
        var pointer = Glfw.glfwGetWindowUserPointer(window);
        return pointer == IntPtr.Zero ? null : ((GlfwWindow)GCHandle.FromIntPtr(pointer).Target!).Sink;
    }

    // The X11 window behind a GLFW window, to match X event times to callbacks (0 without X11: nothing is recorded then).
    private static nuint X11Id(IntPtr window) => X11EventTimes.Installed ? Glfw.glfwGetX11Window(window) : 0;

    // Each callback catches everything: an exception must not unwind through GLFW's C frames.
    // It is parked and rethrown on this thread when the event pump returns.

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnCursorPos(IntPtr window, double x, double y)
    {
        try
        {
            if (SinkOf(window) is { } sink) sink.OnCursorPos(x, y, X11EventTimes.TakePointer(X11Id(window)));
        }
        catch (Exception e) { GlfwRuntime.ParkCallbackFailure(e); }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnCursorEnter(IntPtr window, int entered)
    {
        try { SinkOf(window)?.OnCursorEnter(entered != 0); } catch (Exception e) { GlfwRuntime.ParkCallbackFailure(e); }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnMouseButton(IntPtr window, int button, int action, int mods)
    {
        try
        {
            if (SinkOf(window) is { } sink) sink.OnMouseButton(button, action, mods, X11EventTimes.TakeButton(X11Id(window), button, action == Glfw.Press));
        }
        catch (Exception e) { GlfwRuntime.ParkCallbackFailure(e); }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnScroll(IntPtr window, double dx, double dy)
    {
        try
        {
            if (SinkOf(window) is { } sink) sink.OnScroll(dx, dy, X11EventTimes.TakeScroll(X11Id(window), dx, dy));
        }
        catch (Exception e) { GlfwRuntime.ParkCallbackFailure(e); }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnKey(IntPtr window, int key, int scancode, int action, int mods)
    {
        try
        {
            if (SinkOf(window) is { } sink) sink.OnKey(key, scancode, action, mods, X11EventTimes.TakeKey(X11Id(window), scancode, action != Glfw.Release));
        }
        catch (Exception e) { GlfwRuntime.ParkCallbackFailure(e); }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnChar(IntPtr window, uint codepoint)
    {
        try { SinkOf(window)?.OnChar(codepoint); } catch (Exception e) { GlfwRuntime.ParkCallbackFailure(e); }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnFramebufferSize(IntPtr window, int width, int height)
    {
        try { SinkOf(window)?.OnFramebufferSize(width, height); } catch (Exception e) { GlfwRuntime.ParkCallbackFailure(e); }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnContentScale(IntPtr window, float xScale, float yScale)
    {
        try { SinkOf(window)?.OnContentScale(xScale, yScale); } catch (Exception e) { GlfwRuntime.ParkCallbackFailure(e); }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnFocus(IntPtr window, int focused)
    {
        try { SinkOf(window)?.OnFocus(focused != 0); } catch (Exception e) { GlfwRuntime.ParkCallbackFailure(e); }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnClose(IntPtr window)
    {
        try { SinkOf(window)?.OnCloseRequested(); } catch (Exception e) { GlfwRuntime.ParkCallbackFailure(e); }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnRefresh(IntPtr window)
    {
        try { SinkOf(window)?.OnRefresh(); } catch (Exception e) { GlfwRuntime.ParkCallbackFailure(e); }
    }
}
