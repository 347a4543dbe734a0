using Skia.Toolkit.Rendering.Backends;
using Skia.Toolkit.Rendering.Backends.Gl;
using Skia.Toolkit.Rendering.Backends.RasterWindow;
using Skia.Toolkit.Rendering.Backends.Vulkan;
using SkiaSharp;

namespace Skia.Toolkit.Platform;

/// <summary>
/// WindowBackendSelection opens the GLFW window together with its backend: a GL backend needs a
/// window with a GL context, Vulkan one without, so each attempt makes its own window. Auto
/// tries gl, then vulkan, then raster (GL first: Skia's most exercised GPU backend, and the one
/// most drivers get right), and says in one line which it took and why. An X server that offers no
/// direct rendering (no DRI3, DRI2 or NV-GLX: Xvfb, VNC, a remote display) goes straight to raster
/// without making a GL context. A GL driver that renders
/// in software (Mesa llvmpipe, as under Xvfb) is passed over for raster in the same window:
/// Skia's CPU rasteriser is about ten times faster than Skia-on-llvmpipe (Gallery --bench 300,
/// full 960x640 repaints: raster p50 6.4 ms, gl 63 ms, vulkan on lavapipe 98 ms).
/// </summary>
internal static class WindowBackendSelection
{
    /// <summary>AutoOrder is the order <see cref="RenderBackendKind.Auto"/> tries backends in.</summary>
    public static readonly RenderBackendKind[] AutoOrder = [RenderBackendKind.Gl, RenderBackendKind.Vulkan, RenderBackendKind.Raster];

    /// <summary>Open makes the window and backend for <paramref name="options"/> at <paramref name="pixelWidth"/> x <paramref name="pixelHeight"/>; returns them with the log line.</summary>
    public static (GlfwWindow Window, IWindowBackend Backend, string Log) Open(WindowOptions options, int pixelWidth, int pixelHeight, IGlfwEventSink sink)
    {
        if (options.RasterFirstFrame && options.Backend is RenderBackendKind.Gl or RenderBackendKind.Vulkan
            && OpenWarming(options.Backend, auto: false, options, pixelWidth, pixelHeight, sink) is { } warming)
        {
            return warming;
        }
        if (options.Backend != RenderBackendKind.Auto)
        {
            var (window, backend) = OpenOne(options.Backend, options, pixelWidth, pixelHeight, sink);
            return (window, backend, $"backend: {backend.Name} (asked for; {backend.Detail})");
        }
        var failures = new List<string>();
        GlfwRuntime.Acquire(); // held while asking the display, so the window below reuses the connection
        try
        {
            if (!X11DirectRendering.Offered())
            {
                // No DRI3/DRI2/NV-GLX: GL could only be Mesa's software renderer, which auto passes over for raster.
                // Skip making a GL context just to learn that: no libGL, no llvmpipe, a window with no client API.
                var window = new GlfwWindow(pixelWidth, pixelHeight, options.Title, withGlContext: false, options.Visible, sink);
                var raster = Guard(window, () => new RasterWindowBackend(new X11ImagePresenter(window), options.Vsync));
                return (window, raster, $"backend: raster (auto: the X server offers no direct rendering (no DRI3, DRI2 or NV-GLX), so gl would render in software; CPU raster is faster; {raster.Detail})");
            }
        }
        catch (Exception e) when (e is not DisplayUnavailableException)
        {
            failures.Add($"raster on X11 failed: {e.Message}"); // then the usual order decides
        }
        finally
        {
            GlfwRuntime.Release();
        }
        if (options.RasterFirstFrame)
        {
            try
            {
                if (OpenWarming(RenderBackendKind.Gl, auto: true, options, pixelWidth, pixelHeight, sink) is { } warmingAuto) return warmingAuto;
            }
            catch (DisplayUnavailableException)
            {
                throw;
            }
            catch (Exception)
            {
                // No GL window here: the usual order below says why in its line.
            }
        }
        foreach (var kind in AutoOrder)
        {
            try
            {
                var (window, backend) = OpenOne(kind, options, pixelWidth, pixelHeight, sink);
                if (backend is GlBackend gl && IsSoftwareRenderer(gl.Detail))
                {
                    // Keep the window; the drawing moves to the CPU and the pixels go straight to the X server, only
                    // the dirty rectangles each frame (a software GL would upload the whole frame to a texture, draw it
                    // and send the whole window again on every swap, and Mesa's software swap offers no buffer age).
                    var renderer = gl.Detail;
                    gl.Dispose();
                    var raster = Guard(window, () => new RasterWindowBackend(new X11ImagePresenter(window), options.Vsync));
                    return (window, raster, $"backend: raster (auto: gl renders in software ({renderer}), CPU raster is faster; {raster.Detail})");
                }
                var why = failures.Count == 0 ? "first in auto order gl, vulkan, raster" : string.Join("; ", failures);
                return (window, backend, $"backend: {backend.Name} (auto: {why}; {backend.Detail})");
            }
            catch (DisplayUnavailableException)
            {
                throw; // no display: no backend will do better
            }
            catch (Exception e)
            {
                failures.Add($"{Name(kind)} failed: {e.Message}");
            }
        }
        throw new InvalidOperationException("no rendering backend works here: " + string.Join("; ", failures));
    }

    /// <summary>
    /// OpenWarming opens the window for <paramref name="kind"/> (GL or Vulkan) with a raster backend that shows the first
    /// frames at once, and starts making the GPU backend on a worker thread (<see cref="GpuHandoverBackend"/>). Null where
    /// frames cannot be put on an X server (not X11): the caller opens the window the usual way.
    /// </summary>
    private static (GlfwWindow, IWindowBackend, string)? OpenWarming(RenderBackendKind kind, bool auto, WindowOptions options, int width, int height, IGlfwEventSink sink)
    {
        GlfwWindow window;
        string? glxDisplay = null;
        GlfwRuntime.Acquire(); // held while asking the display, so the window below reuses the connection
        try
        {
            // GL: a window with no client API (as for raster or Vulkan), its GLX context made on the worker over a connection
            // of its own, so neither the window nor the raster first frame waits for the driver to load. Where the server
            // has no GLX (our context cannot be made), GLFW makes the window with its context, on this thread, as before.
            if (kind == RenderBackendKind.Gl && !UseGlfwContext && GlxWindowContext.ServerOffersGlx(Glfw.glfwGetX11Display()))
            {
                glxDisplay = GlxWindowContext.DisplayName(Glfw.glfwGetX11Display());
            }
            window = new GlfwWindow(width, height, options.Title, withGlContext: kind == RenderBackendKind.Gl && glxDisplay == null, options.Visible, sink);
        }
        finally
        {
            GlfwRuntime.Release();
        }
        RasterWindowBackend raster;
        try
        {
            raster = new RasterWindowBackend(new X11ImagePresenter(window), vsync: false);
        }
        catch (Exception e) when (e is not DisplayUnavailableException)
        {
            window.Dispose();
            return null;
        }
        var name = Name(kind);
        var size = new SKSizeI(width, height);
        Func<IWindowBackend> make;
        if (glxDisplay != null)
        {
            var x11Window = window.X11Window;
            make = () => MakeGlOnOwnContext(glxDisplay, x11Window, options.Vsync, size);
        }
        else
        {
            make = () => MakeGpuBackend(kind, window, options.Vsync, size);
        }
        // The worker starts once the first raster frame is on its way to the X server (or after FirstFrameWait without one):
        // made alongside, the driver's loading and the GPU backend's warm-up took a core from the UI thread on a 2-core
        // machine (the raster first frame 57 ms instead of 42); the hand-over waits for the first raster frame anyway.
        var firstShown = new ManualResetEventSlim(false);
        var makeGpu = make;
        make = () =>
        {
            firstShown.Wait(FirstFrameWait);
            return makeGpu();
        };
        var warming = Task.Factory.StartNew(make, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        // Auto passes over a GL that renders in software for the raster backend it already has.
        Func<IWindowBackend, string?>? refuse = auto
            ? gpu => gpu is GlBackend gl && IsSoftwareRenderer(gl.Detail) ? $"auto: gl renders in software ({gl.Detail}), CPU raster is faster" : null
            : null;
        var why = auto ? "auto: gl first" : "asked for " + name;
        return (window, new GpuHandoverBackend(raster, name, warming, refuse, firstShown), $"backend: raster first frames while {name} is made on a worker ({why}; {raster.Detail})");
    }

    /// <summary>FirstFrameWait is how long the GPU worker waits for the window's first raster frame before it starts anyway.</summary>
    internal static TimeSpan FirstFrameWait { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>HoldWarming, when set, makes the worker wait for it before it starts (tests: the first frames are surely the raster ones).</summary>
    internal static ManualResetEventSlim? HoldWarming { get; set; }

    /// <summary>
    /// UseGlfwContext makes a GL window with a raster first frame let GLFW make its context with the window, on the UI
    /// thread, as before the toolkit made its own on the worker (for comparisons: SKIA_TOOLKIT_GLFW_CONTEXT=1; tests).
    /// </summary>
    internal static bool UseGlfwContext { get; set; } = Environment.GetEnvironmentVariable("SKIA_TOOLKIT_GLFW_CONTEXT") == "1";

    /// <summary>
    /// MakeGlOnOwnContext runs on the worker: it makes a GLX context for <paramref name="x11Window"/> over an X connection of
    /// its own (<see cref="GlxWindowContext"/>), the GL backend on it, and the warm-up frame; the context is released before
    /// the task ends, so the UI thread can take it.
    /// </summary>
    private static IWindowBackend MakeGlOnOwnContext(string displayName, nuint x11Window, bool vsync, SKSizeI size)
    {
        HoldWarming?.Wait();
        var glx = GlxWindowContext.Create(displayName, x11Window);
        GlBackend backend;
        try
        {
            backend = new GlBackend(glx, vsync);
        }
        catch
        {
            glx.Dispose();
            throw;
        }
        try
        {
            WarmUp(backend, size);
            glx.ReleaseCurrent();
            return backend;
        }
        catch
        {
            backend.Dispose();
            throw;
        }
    }

    /// <summary>
    /// MakeGpuBackend runs on the worker: it makes the GL or Vulkan backend for <paramref name="window"/> and draws a
    /// throw-away frame of <paramref name="size"/> into its back buffer (fills, anti-aliased rounded rectangles, strokes,
    /// an image copied with Src), so the driver compiles those shaders here and not in the UI thread's first GPU frame.
    /// Nothing is presented. A GL context made current here is released before the task ends, so the UI thread can take it.
    /// </summary>
    private static IWindowBackend MakeGpuBackend(RenderBackendKind kind, GlfwWindow window, bool vsync, SKSizeI size)
    {
        HoldWarming?.Wait();
        try
        {
            IWindowBackend backend = kind == RenderBackendKind.Gl ? new GlBackend(window, vsync) : new VulkanBackend(window, vsync);
            try
            {
                WarmUp(backend, size);
                return backend;
            }
            catch
            {
                backend.Dispose();
                throw;
            }
        }
        finally
        {
            if (kind == RenderBackendKind.Gl) Glfw.glfwMakeContextCurrent(IntPtr.Zero);
        }
    }

    private static void WarmUp(IWindowBackend backend, SKSizeI size)
    {
        var canvas = backend.BeginFrame(size);
        using var fill = new SKPaint { Color = SKColors.SlateGray, IsAntialias = true };
        using var stroke = new SKPaint { Color = SKColors.Black, IsAntialias = true, IsStroke = true, StrokeWidth = 1 };
        using var copy = new SKPaint { BlendMode = SKBlendMode.Src };
        canvas.Clear(SKColors.Transparent);
        canvas.DrawRect(new SKRect(0, 0, 8, 8), fill);
        canvas.DrawRoundRect(new SKRect(8, 0, 24, 16), 4, 4, fill);
        canvas.DrawRoundRect(new SKRect(8, 0, 24, 16), 4, 4, stroke);
        canvas.DrawLine(0, 20, 24, 20, stroke);
        using (var bitmap = new SKBitmap(new SKImageInfo(8, 8, RasterBackend.ColorType, RasterBackend.AlphaType)))
        {
            bitmap.Erase(SKColors.White);
            using var image = SKImage.FromBitmap(bitmap);
            canvas.DrawImage(image, 0, 24, SKSamplingOptions.Default, copy);
        }
        backend.EndFrame(); // the flush compiles what the frame needs
        // Left transparent, as a new back buffer is: the throw-away drawing never reaches the window.
        backend.BeginFrame(size).Clear(SKColors.Transparent);
        backend.EndFrame();
    }

    /// <summary>IsSoftwareRenderer says whether a GL renderer string names a CPU implementation of GL.</summary>
    public static bool IsSoftwareRenderer(string renderer) =>
        renderer.Contains("llvmpipe", StringComparison.OrdinalIgnoreCase)
        || renderer.Contains("softpipe", StringComparison.OrdinalIgnoreCase)
        || renderer.Contains("SwiftShader", StringComparison.OrdinalIgnoreCase)
        || renderer.Contains("Software Rasterizer", StringComparison.OrdinalIgnoreCase);

    private static string Name(RenderBackendKind kind) => kind.ToString().ToLowerInvariant();

    private static (GlfwWindow, IWindowBackend) OpenOne(RenderBackendKind kind, WindowOptions options, int width, int height, IGlfwEventSink sink)
    {
        switch (kind)
        {
            case RenderBackendKind.Gl:
            {
                var window = new GlfwWindow(width, height, options.Title, withGlContext: true, options.Visible, sink);
                return (window, Guard(window, () => new GlBackend(window, options.Vsync)));
            }
            case RenderBackendKind.Vulkan:
            {
                var window = new GlfwWindow(width, height, options.Title, withGlContext: false, options.Visible, sink);
                return (window, Guard(window, () => new VulkanBackend(window, options.Vsync)));
            }
            default:
            {
                // Without vsync the pixels go straight to the X server (no GL at all: only the dirty rectangles, through
                // shared memory where the server has it). With vsync they go through a GL texture, so the swap can
                // wait for the display, where a context works; else straight to X11.
                if (!options.Vsync)
                {
                    var window = new GlfwWindow(width, height, options.Title, withGlContext: false, options.Visible, sink);
                    return (window, Guard(window, () => new RasterWindowBackend(new X11ImagePresenter(window), options.Vsync)));
                }
                try
                {
                    var window = new GlfwWindow(width, height, options.Title, withGlContext: true, options.Visible, sink);
                    return (window, Guard(window, () => new RasterWindowBackend(new GlTexturePresenter(window, options.Vsync), options.Vsync)));
                }
                catch (Exception e) when (e is not DisplayUnavailableException)
                {
                    var window = new GlfwWindow(width, height, options.Title, withGlContext: false, options.Visible, sink);
                    return (window, Guard(window, () => new RasterWindowBackend(new X11ImagePresenter(window), options.Vsync)));
                }
            }
        }
    }

    private static IWindowBackend Guard(GlfwWindow window, Func<IWindowBackend> create)
    {
        try
        {
            return create();
        }
        catch
        {
            window.Dispose();
            throw;
        }
    }
}
