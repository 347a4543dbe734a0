using System.Runtime.InteropServices;
using Skia.Toolkit.Platform;

namespace Skia.Toolkit.Rendering.Backends.Gl;

/// <summary>
/// GlxBufferAge asks GLX how old the window's back buffer is (GLX_EXT_buffer_age): 1 when it holds the
/// previous frame, n when it holds the frame of n swaps ago, 0 when its contents are undefined. Without the
/// extension (or without a GLX drawable: EGL) every age is 0, which makes every present a full copy.
/// </summary>
internal sealed unsafe partial class GlxBufferAge
{
    private const string Library = "libGL.so.1";
    private const int GlxBackBufferAgeExt = 0x20F4; // GLX_BACK_BUFFER_AGE_EXT, GL/glxext.h

    [LibraryImport(Library)] private static partial IntPtr glXQueryExtensionsString(IntPtr display, int screen);
    [LibraryImport(Library)] private static partial void glXQueryDrawable(IntPtr display, nuint drawable, int attribute, uint* value);
    [LibraryImport("libX11.so.6")] private static partial int XDefaultScreen(IntPtr display);

    private readonly IntPtr display;
    private readonly nuint drawable;

    /// <summary>GlxBufferAge looks for GLX_EXT_buffer_age on <paramref name="window"/>'s display (a window GLFW made with its GL context).</summary>
    public GlxBufferAge(GlfwWindow window)
        : this(Glfw.glfwGetX11Display(), window.GlxWindow)
    {
    }

    /// <summary>GlxBufferAge looks for GLX_EXT_buffer_age for the GLX <paramref name="drawable"/> on <paramref name="display"/> (the connection its context swaps through).</summary>
    public GlxBufferAge(IntPtr display, nuint drawable)
    {
        try
        {
            this.display = display;
            this.drawable = drawable;
            if (display == IntPtr.Zero || drawable == 0) return;
            var extensions = Marshal.PtrToStringUTF8(glXQueryExtensionsString(display, XDefaultScreen(display))) ?? "";
            Supported = (" " + extensions + " ").Contains(" GLX_EXT_buffer_age ", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            Supported = false;
        }
    }

    /// <summary>Supported says whether the display offers GLX_EXT_buffer_age for this window.</summary>
    public bool Supported { get; }

    /// <summary>Age is the current back buffer's age (0: undefined contents, or no way to know).</summary>
    public int Age()
    {
        if (!Supported) return 0;
        uint age = 0;
        glXQueryDrawable(display, drawable, GlxBackBufferAgeExt, &age);
        return age > int.MaxValue ? 0 : (int)age;
    }
}
