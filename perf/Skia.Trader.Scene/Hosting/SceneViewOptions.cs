namespace Skia.Trader.Scene.Hosting;

/// <summary>SceneViewOptions is what a scene program's command line asks of the view it builds.</summary>
/// <param name="Mode">Mode is where the scene is drawn: headless raster, or a GL or Vulkan window.</param>
/// <param name="PixelOrder">PixelOrder is the headless back buffer's pixel order: "n32" (Skia's native order) or "rgba".</param>
/// <param name="RasterFirst">RasterFirst shows a gl or vulkan window's first frames from the CPU while the GPU backend is made on a worker (the toolkit's <c>WindowOptions.RasterFirstFrame</c>); the raw floor has no back buffer to hand over and ignores it.</param>
public sealed record SceneViewOptions(SceneMode Mode, string PixelOrder, bool RasterFirst = false)
{
    /// <summary>Default is headless raster in Skia's native pixel order, the primary figure.</summary>
    public static SceneViewOptions Default { get; } = new(SceneMode.Headless, "n32");
}
