using SkiaSharp;

namespace Skia.Toolkit.Rendering;

/// <summary>
/// IScrollableBackBuffer is a back buffer that can move a rectangle of its pixels vertically in place, so a
/// scrolled area (Widget.InvalidateScrolled) repaints only the strip it uncovers. Backends without it
/// repaint the whole area instead. Every window backend has it: raster moves rows with memmove, GL through a
/// scratch texture (GpuScrollBlit) or framebuffer blits (GlWindowScroll), Vulkan with vkCmdCopyImage in strips.
/// </summary>
internal interface IScrollableBackBuffer
{
    /// <summary>TryScroll moves the pixels of <paramref name="area"/> down by <paramref name="dy"/> device pixels (up when negative), within the area; false when the buffer is not <paramref name="pixelSize"/> or the move is impossible.</summary>
    bool TryScroll(SKSizeI pixelSize, SKRectI area, int dy);
}
