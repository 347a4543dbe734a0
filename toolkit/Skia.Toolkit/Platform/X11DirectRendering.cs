using System.Runtime.InteropServices;

namespace Skia.Toolkit.Platform;

/// <summary>
/// X11DirectRendering says, without making a GL context, whether the X server offers a GPU path at all:
/// Mesa's hardware drivers render directly through DRI3 or DRI2, NVIDIA's driver through NV-GLX. A server with
/// none of them (Xvfb, Xvnc, a remote display) can only give software GL (Mesa llvmpipe), which auto passes
/// over for CPU raster anyway; knowing it up front saves loading libGL and llvmpipe (about 100 MB of
/// resident memory and much of a cold start) only to throw the context away.
/// </summary>
internal static partial class X11DirectRendering
{
    private static readonly string[] Extensions = ["DRI3", "DRI2", "NV-GLX"];

    [LibraryImport("libX11.so.6", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int XQueryExtension(IntPtr display, string name, out int majorOpcode, out int firstEvent, out int firstError);

    /// <summary>Offered says whether GLFW's X display offers any direct-rendering extension (true when there is no X display to ask: then nothing is known).</summary>
    public static bool Offered()
    {
        var display = Glfw.glfwGetX11Display();
        if (display == IntPtr.Zero) return true;
        foreach (var name in Extensions)
        {
            if (XQueryExtension(display, name, out _, out _, out _) != 0) return true;
        }
        return false;
    }
}
