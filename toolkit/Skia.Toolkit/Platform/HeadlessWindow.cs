using Skia.Toolkit.Core;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Rendering.Backends;
using SkiaSharp;

namespace Skia.Toolkit.Platform;

/// <summary>
/// HeadlessWindow renders a widget tree without a screen, at a fixed logical size and scale, into a
/// raster back buffer: for tests, goldens and the gallery.
/// </summary>
public sealed class HeadlessWindow : IDisposable
{
    private readonly RasterBackend _backend = new();
    private readonly FrameRenderer _renderer;

    /// <summary>HeadlessWindow creates a window of <paramref name="width"/> x <paramref name="height"/> logical pixels showing <paramref name="content"/>; the back buffer is that size times <paramref name="scale"/>.</summary>
    public HeadlessWindow(Widget content, int width, int height, float scale = 1)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (!float.IsFinite(scale) || scale <= 0)
        {
            throw new ArgumentException($"Scale must be finite and positive, got {scale}.", nameof(scale));
        }

        var pixels = new SKSizeI((int)MathF.Ceiling(width * scale), (int)MathF.Ceiling(height * scale));
        Root = new UiRoot(content, pixels, scale);
        _renderer = new FrameRenderer(Root, _backend);
    }

    /// <summary>Root is the window's tree root (input dispatch, focus, markup).</summary>
    public UiRoot Root { get; }

    /// <summary>Backend is the raster back buffer, for direct pixel access.</summary>
    public RasterBackend Backend => _backend;

    /// <summary>Renderer is the frame renderer drawing into <see cref="Backend"/>.</summary>
    public FrameRenderer Renderer => _renderer;

    /// <summary>RenderFrame runs the tree's time-driven work (<see cref="UiRoot.Tick"/>), then lays out and repaints what is dirty.</summary>
    public FrameStats RenderFrame()
    {
        Root.Tick();
        return _renderer.RenderFrame();
    }

    /// <summary>Capture renders any pending changes and returns a copy of the back buffer that the caller owns.</summary>
    public SKBitmap Capture()
    {
        RenderFrame();
        return _backend.Snapshot();
    }

    /// <summary>SavePng renders any pending changes and writes the back buffer to <paramref name="path"/> as PNG.</summary>
    public void SavePng(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var bitmap = Capture();
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100)
            ?? throw new InvalidOperationException("Skia could not encode the frame as PNG.");
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        using var file = File.Create(path);
        data.SaveTo(file);
    }

    /// <summary>Dispose frees the renderer and the back buffer.</summary>
    public void Dispose()
    {
        _renderer.Dispose();
        _backend.Dispose();
    }
}
