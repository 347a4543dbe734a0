using Skia.Toolkit.Platform;
using Skia.Toolkit.Rendering.Backends.Gl;
using Skia.Toolkit.Rendering.Backends.RasterWindow;
using Skia.Toolkit.Rendering.Backends.Vulkan;

namespace Skia.Toolkit.Rendering.Backends;

/// <summary>
/// ShownFrame waits until the frame a window backend last presented is on the X server, the way a user sees it: the
/// driver has finished it (glFinish after the swap; vkDeviceWaitIdle after the present) and the server has drawn it
/// into the window (one pixel read back with XGetImage on the connection the swap or put went through, a round trip
/// the server answers only after the earlier requests). The raster-window present does not wait for the server, so
/// the read back is what says its frame is on the screen, as for every other backend. For start-up timing (start_ms), not for every frame.
/// </summary>
internal static unsafe class ShownFrame
{
    /// <summary>Wait blocks until <paramref name="backend"/>'s last present on <paramref name="window"/> is on the X server.</summary>
    public static void Wait(IWindowBackend backend, GlfwWindow window)
    {
        switch (backend)
        {
            case GpuHandoverBackend handover:
                Wait(handover.Current, window);
                return;
            case GlBackend gl:
                // The context may be one of the toolkit's own, on an X connection of its own: finish and read back there.
                gl.GlContext.MakeContextCurrent();
                var glFinish = (delegate* unmanaged<void>)gl.GlContext.GetProcAddress("glFinish");
                if (glFinish != null) glFinish();
                if (gl.GlContext.X11Display != IntPtr.Zero && window.X11Window != 0) X11ImagePresenter.ReadBackOnePixel(gl.GlContext.X11Display, window.X11Window);
                return;
            case RasterWindowBackend { PresentsThroughGl: true }:
                window.MakeContextCurrent();
                var finish = (delegate* unmanaged<void>)GlfwWindow.GetProcAddress("glFinish");
                if (finish != null) finish();
                break;
            case VulkanBackend vulkan:
                vulkan.WaitIdle();
                break;
        }
        var display = Glfw.glfwGetX11Display();
        if (display != IntPtr.Zero && window.X11Window != 0) X11ImagePresenter.ReadBackOnePixel(display, window.X11Window);
    }
}
