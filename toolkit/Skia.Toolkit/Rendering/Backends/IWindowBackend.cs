using SkiaSharp;

namespace Skia.Toolkit.Rendering.Backends;

/// <summary>IWindowBackend is a backend that presents to a real window and can read back what the window shows.</summary>
internal interface IWindowBackend : IRenderBackend
{
    /// <summary>Vsync says whether presenting waits for the display, so the frame clock need not pace frames itself.</summary>
    bool Vsync { get; }

    /// <summary>Detail names the device or path in use (renderer string, Vulkan device, presentation path), for the log line.</summary>
    string Detail { get; }

    /// <summary>ReadWindowPixels returns what the window shows after the last frame, as premultiplied RGBA.</summary>
    SKBitmap ReadWindowPixels();

    /// <summary>ReadBackBuffer copies the retained back buffer (the source of truth every present copies from), for tests that compare it with what the X server shows.</summary>
    SKBitmap ReadBackBuffer();
}
