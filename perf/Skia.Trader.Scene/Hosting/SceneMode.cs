namespace Skia.Trader.Scene.Hosting;

/// <summary>SceneMode says where a scene program draws: headless into a raster surface (the primary figure), or into a real window through the toolkit's GLFW binding.</summary>
public enum SceneMode
{
    /// <summary>Headless draws into a 1280x800 raster surface in memory; nothing is shown.</summary>
    Headless,

    /// <summary>Gl draws with Skia's OpenGL backend into a 1280x800 window and swaps buffers each frame.</summary>
    Gl,

    /// <summary>RasterWindow draws on the CPU (Skia's raster backend, as headless) into a 1280x800 window and puts the pixels on the X server each frame (MIT-SHM where it has it): what the toolkit's auto backend picks under a software GL.</summary>
    RasterWindow,

    /// <summary>Vulkan draws with Skia's Vulkan backend into a 1280x800 window and presents its swapchain each frame.</summary>
    Vulkan,
}
