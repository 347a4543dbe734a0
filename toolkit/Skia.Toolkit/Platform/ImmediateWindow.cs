using Skia.Toolkit.Rendering.Backends;
using Skia.Toolkit.Rendering.Backends.Gl;
using Skia.Toolkit.Rendering.Backends.RasterWindow;
using Skia.Toolkit.Rendering.Backends.Vulkan;
using SkiaSharp;

namespace Skia.Toolkit.Platform;

/// <summary>
/// ImmediateWindow is a real window (GLFW) drawn in immediate mode: no widget tree, no retained back
/// buffer, no UI loop. Each frame draws every pixel straight into the window's GPU surface (the GL
/// default framebuffer, or the acquired Vulkan swapchain image) and presents it; on
/// <see cref="RenderBackendKind.Raster"/> it draws on the CPU into a frame and puts the whole frame on the X
/// server each present (through shared memory where the server has it), with no GL at all. It exists for
/// programs that pace themselves and redraw everything, such as the raw-Skia floor of the reference
/// scene in perf/; widget trees belong in <see cref="Window"/>.
/// </summary>
/// <example>
/// <code>
/// using var window = new ImmediateWindow(RenderBackendKind.Gl, 1280, 800);
/// var canvas = window.BeginFrame();
/// canvas.Clear(SKColors.Black); // the previous contents are undefined: draw every pixel
/// window.Present();
/// </code>
/// </example>
public sealed class ImmediateWindow : IDisposable
{
    private readonly GlfwWindow window;
    private readonly IWindowBackend backend;
    private bool disposed;

    /// <summary>
    /// ImmediateWindow opens a <paramref name="width"/> x <paramref name="height"/> pixel window drawn with
    /// <paramref name="backend"/> (<see cref="RenderBackendKind.Gl"/>, <see cref="RenderBackendKind.Vulkan"/> or <see cref="RenderBackendKind.Raster"/>);
    /// <paramref name="vsync"/> makes presenting wait for the display; <paramref name="visible"/> false opens it
    /// unmapped (it still renders). Throws <see cref="DisplayUnavailableException"/> when there is no display.
    /// </summary>
    public ImmediateWindow(RenderBackendKind backend, int width, int height, string title = "Skia.Toolkit", bool vsync = false, bool visible = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentNullException.ThrowIfNull(title);
        if (backend is not (RenderBackendKind.Gl or RenderBackendKind.Vulkan or RenderBackendKind.Raster))
        {
            throw new ArgumentException($"an immediate window needs a backend named outright: gl, vulkan or raster, not {backend}", nameof(backend));
        }
        // Events are not routed anywhere: an immediate-mode program reads no input through this window.
        var sink = new NullGlfwEventSink();
        window = new GlfwWindow(width, height, title, withGlContext: backend == RenderBackendKind.Gl, visible, sink);
        try
        {
            this.backend = backend switch
            {
                RenderBackendKind.Gl => new GlBackend(window, vsync, retainBackBuffer: false),
                RenderBackendKind.Vulkan => new VulkanBackend(window, vsync, retainBackBuffer: false),
                // No damage is ever recorded, so every present puts the whole frame.
                _ => new RasterWindowBackend(new X11ImagePresenter(window), vsync: false),
            };
        }
        catch
        {
            window.Dispose();
            throw;
        }
    }

    /// <summary>BackendName is the backend in use: "gl", "vulkan" or "raster".</summary>
    public string BackendName => backend.Name;

    /// <summary>Detail names the device or path in use (GL renderer string, Vulkan device, X11 presentation path), e.g. Mesa llvmpipe under Xvfb.</summary>
    public string Detail => backend.Detail;

    /// <summary>PixelSize is the window's drawable size in device pixels.</summary>
    public SKSizeI PixelSize => window.FramebufferSize;

    /// <summary>IsClosed says the user asked to close the window.</summary>
    public bool IsClosed => disposed || window.ShouldClose;

    /// <summary>BeginFrame returns a canvas over what the window shows next; its previous contents are undefined, so the frame must draw every pixel.</summary>
    public SKCanvas BeginFrame()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var size = window.FramebufferSize;
        return backend.BeginFrame(new SKSizeI(Math.Max(1, size.Width), Math.Max(1, size.Height)));
    }

    /// <summary>Present shows the frame: a buffer swap or swapchain present, or on raster the whole frame put on the X server (returns once the server has drawn it).</summary>
    public void Present()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        backend.EndFrame();
        backend.Present();
    }

    /// <summary>
    /// WaitUntilShown blocks until the frame last presented is on the X server: the driver has finished it (glFinish,
    /// vkDeviceWaitIdle) and one pixel of the window is read back from the server (XGetImage). Start-up timing ends here.
    /// </summary>
    public void WaitUntilShown()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ShownFrame.Wait(backend, window);
    }

    /// <summary>PollEvents handles the window system's pending events without waiting, so the window stays responsive between frames.</summary>
    public void PollEvents()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        GlfwRuntime.PollEvents();
    }

    /// <summary>X11WindowId is the X11 id of the window (tests read it back from the X server).</summary>
    internal nuint X11WindowId => window.X11Window;

    /// <summary>Dispose frees the GPU resources, then the window.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        backend.Dispose();
        window.Dispose();
    }
}
