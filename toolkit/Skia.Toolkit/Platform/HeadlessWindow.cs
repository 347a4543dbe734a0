using Skia.Toolkit.Core;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Rendering.Backends;
using SkiaSharp;

namespace Skia.Toolkit.Platform;

/// <summary>
/// HeadlessWindow renders a widget tree without a screen, at a fixed logical size and scale, into a
/// raster back buffer: for tests, goldens and the gallery.
/// </summary>
/// <remarks>
/// Its time is simulated: the root's clock (<see cref="Rendering.Damage.DamageTracker.Time"/>) stands still
/// between frames and moves one frame interval after each <see cref="RenderFrame"/>, so a flash lasts exactly one
/// rendered frame and a five-second toast 300 of them, however fast the machine is. Set the root's clock to
/// another <see cref="TimeProvider"/> to drive time yourself; the window then leaves it alone.
/// </remarks>
public sealed class HeadlessWindow : IDisposable
{
    private readonly RasterBackend _backend = new();
    private readonly FrameRenderer _renderer;
    private readonly HeadlessClock _clock = new();

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
        Root.Damage.Time = _clock;
        _renderer = new FrameRenderer(Root, _backend);
    }

    /// <summary>Root is the window's tree root (input dispatch, focus, markup).</summary>
    public UiRoot Root { get; }

    /// <summary>Backend is the raster back buffer, for direct pixel access.</summary>
    public RasterBackend Backend => _backend;

    /// <summary>Renderer is the frame renderer drawing into <see cref="Backend"/>.</summary>
    public FrameRenderer Renderer => _renderer;

    /// <summary>RenderFrame runs the timed repaints that are due, lays out and repaints what is dirty, then moves the simulated clock on by one frame interval.</summary>
    public FrameStats RenderFrame()
    {
        var stats = _renderer.RenderFrame();
        if (ReferenceEquals(Root.Damage.Time, _clock)) _clock.Advance(Root.Damage.FrameInterval);
        return stats;
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
