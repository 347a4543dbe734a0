using Skia.Toolkit.Platform;
using Skia.Trader.Scene.Hosting;
using SkiaSharp;
using L = Skia.Trader.Scene.Layout.SceneLayout;

namespace Skia.Trader.SceneRaw.Hosting;

/// <summary>
/// WindowFrameTarget is a real 1280x800 window opened through the toolkit's GLFW binding and
/// backends (<see cref="ImmediateWindow"/>), but drawn the immediate-mode way: each frame straight
/// onto the window's GPU surface (GL default framebuffer or Vulkan swapchain image), no back buffer,
/// no widget tree; on raster-window each frame is drawn whole on the CPU and put whole on the X server. Vsync is off, as in the toolkit's windowed view: the scene paces its own frames.
/// </summary>
internal sealed class WindowFrameTarget : IRawFrameTarget
{
    private readonly ImmediateWindow _window;

    /// <summary>WindowFrameTarget opens the window on <paramref name="mode"/>'s backend (raster-window, gl or vulkan); <paramref name="visible"/> false opens it unmapped (tests on a shared display).</summary>
    public WindowFrameTarget(SceneMode mode, bool visible = true)
    {
        var backend = mode switch
        {
            SceneMode.RasterWindow => RenderBackendKind.Raster,
            SceneMode.Gl => RenderBackendKind.Gl,
            SceneMode.Vulkan => RenderBackendKind.Vulkan,
            _ => throw new ArgumentException($"a window target needs raster-window, gl or vulkan, not {mode}", nameof(mode)),
        };
        ModeName = SceneProgram.ModeName(mode);
        _window = new ImmediateWindow(backend, L.Width, L.Height, "Skia.Trader reference scene (raw, " + ModeName + ")", vsync: false, visible);
    }

    /// <inheritdoc />
    public string ModeName { get; }

    /// <summary>Detail names the GPU device in use (Mesa llvmpipe or lavapipe under Xvfb).</summary>
    public string Detail => _window.Detail;

    /// <inheritdoc />
    public SKCanvas BeginFrame()
    {
        _window.PollEvents();
        return _window.BeginFrame();
    }

    /// <inheritdoc />
    public void EndFrame() => _window.Present();

    /// <inheritdoc />
    public void WaitUntilShown() => _window.WaitUntilShown();

    /// <inheritdoc />
    public void Dispose() => _window.Dispose();
}
