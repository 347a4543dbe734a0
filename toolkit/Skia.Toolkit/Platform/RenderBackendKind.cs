namespace Skia.Toolkit.Platform;

/// <summary>RenderBackendKind picks how a <see cref="Window"/> draws and presents.</summary>
public enum RenderBackendKind
{
    /// <summary>Auto tries OpenGL, then Vulkan, then raster, and logs which it took and why.</summary>
    Auto,

    /// <summary>Gl draws with Skia's OpenGL backend over the window's GL context.</summary>
    Gl,

    /// <summary>Vulkan draws with Skia's Vulkan backend through a window surface and swapchain.</summary>
    Vulkan,

    /// <summary>Raster draws on the CPU and presents the changed pixels: straight to the X server (MIT-SHM, else XPutImage) without vsync; through a GL texture when vsync is asked and a GL context works.</summary>
    Raster,
}
