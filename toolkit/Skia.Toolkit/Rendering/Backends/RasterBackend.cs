using Skia.Toolkit.Rendering.Damage;
using SkiaSharp;

namespace Skia.Toolkit.Rendering.Backends;

/// <summary>
/// RasterBackend draws on the CPU into a pixel buffer it owns (native memory, so the GC never moves it):
/// premultiplied, rows tightly packed, in Skia's native 32-bit order (<see cref="SKImageInfo.PlatformColorType"/>:
/// BGRA on x86 and ARM Linux and Windows). Skia's raster blitters are specialised for that order; the same
/// scene drawn into RGBA cost about 2.5x the CPU (perf/README.md, `perf/bench.sh --quick`). Readers that
/// need another order convert (PNG encoding, PixelDiff and GPU readbacks all go through Skia's conversion).
/// Used headless, for goldens and as the reference the GPU backends are compared against.
/// </summary>
public sealed unsafe class RasterBackend : IRenderBackend, IScrollableBackBuffer
{
    /// <summary>ColorType is the pixel format of the back buffer: Skia's native 32-bit order on this platform.</summary>
    public static SKColorType ColorType { get; } = SKImageInfo.PlatformColorType;

    /// <summary>AlphaType is the alpha convention of the back buffer.</summary>
    public const SKAlphaType AlphaType = SKAlphaType.Premul;

    private readonly IPixelStore? _store;
    private byte* _pixels;
    private SKSurface? _surface;
    private SKCanvas? _canvas;

    /// <summary>RasterBackend allocates its back buffer in native memory of its own.</summary>
    public RasterBackend()
    {
    }

    /// <summary>RasterBackend allocates its back buffer from <paramref name="store"/> (e.g. memory the X server shares), which must hand out zeroed memory.</summary>
    internal RasterBackend(IPixelStore? store) => _store = store;

    /// <summary>Name is "raster".</summary>
    public string Name => "raster";

    /// <summary>PixelSize is the size of the back buffer in device pixels (empty before the first frame).</summary>
    public SKSizeI PixelSize { get; private set; }

    /// <summary>RowBytes is the length of one row of the back buffer in bytes.</summary>
    public int RowBytes => PixelSize.Width * 4;

    /// <summary>Info describes the back buffer for Skia.</summary>
    public SKImageInfo Info => new(PixelSize.Width, PixelSize.Height, ColorType, AlphaType);

    /// <summary>Pixels is the back buffer itself (valid until the next resize or Dispose).</summary>
    public ReadOnlySpan<byte> Pixels => _pixels == null ? default : new ReadOnlySpan<byte>(_pixels, RowBytes * PixelSize.Height);

    /// <summary>BeginFrame returns the canvas over the back buffer, reallocating it (transparent black) when the size changed.</summary>
    public SKCanvas BeginFrame(SKSizeI pixelSize)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (pixelSize.Width <= 0 || pixelSize.Height <= 0)
        {
            throw new ArgumentException($"A back buffer needs a positive size, got {pixelSize.Width}x{pixelSize.Height}.", nameof(pixelSize));
        }

        if (pixelSize != PixelSize || _surface == null) Allocate(pixelSize);
        return _canvas!;
    }

    /// <summary>EndFrame finishes drawing; raster drawing is immediate, so there is nothing to flush.</summary>
    public void EndFrame()
    {
    }

    /// <summary>Present does nothing: the back buffer is the result.</summary>
    public void Present()
    {
    }

    /// <summary>Snapshot copies the back buffer into a new bitmap the caller owns.</summary>
    public SKBitmap Snapshot()
    {
        if (_pixels == null) throw new InvalidOperationException("Nothing has been rendered yet.");
        var bitmap = new SKBitmap(Info);
        CopyPixels(new Span<byte>((void*)bitmap.GetPixels(), bitmap.ByteCount));
        return bitmap;
    }

    /// <summary>CopyPixels copies the back buffer into <paramref name="destination"/>, which must hold RowBytes x height bytes.</summary>
    public void CopyPixels(Span<byte> destination)
    {
        var source = Pixels;
        if (destination.Length < source.Length)
        {
            throw new ArgumentException($"Destination holds {destination.Length} bytes; the back buffer has {source.Length}.", nameof(destination));
        }

        source.CopyTo(destination);
    }

    /// <summary>TryScroll moves rows of the area with memmove: no drawing, no allocation.</summary>
    bool IScrollableBackBuffer.TryScroll(SKSizeI pixelSize, SKRectI area, int dy) => ((IScrollableBackBuffer)this).TryScroll(pixelSize, area, dy, default);

    /// <summary>
    /// TryScroll moves rows of the area with memmove, skipping the rows and columns <paramref name="ink"/> promises are
    /// background both where they are and where they come from (they would be copied onto themselves): no drawing, no
    /// allocation. The back buffer is memory traffic, not compute, so every row left alone is time saved.
    /// </summary>
    bool IScrollableBackBuffer.TryScroll(SKSizeI pixelSize, SKRectI area, int dy, in DeviceScrollInk ink)
    {
        if (!ink.IsEmpty) return TryScrollInk(pixelSize, area, dy, ink);
        if (_pixels == null || pixelSize != PixelSize) return false;
        area = SKRectI.Intersect(area, new SKRectI(0, 0, PixelSize.Width, PixelSize.Height));
        if (area.Width <= 0 || area.Height <= 0 || Math.Abs(dy) >= area.Height) return false;
        int rowBytes = RowBytes;
        long bytes = area.Width * 4L;
        byte* origin = _pixels + (area.Left * 4L);
        if (dy > 0)
        {
            // Moving down: bottom row first, so no source row is overwritten before it is read.
            for (int y = area.Bottom - 1; y >= area.Top + dy; y--)
            {
                Buffer.MemoryCopy(origin + ((long)(y - dy) * rowBytes), origin + ((long)y * rowBytes), bytes, bytes);
            }
        }
        else
        {
            for (int y = area.Top; y < area.Bottom + dy; y++)
            {
                Buffer.MemoryCopy(origin + ((long)(y - dy) * rowBytes), origin + ((long)y * rowBytes), bytes, bytes);
            }
        }

        return true;
    }

    private bool TryScrollInk(SKSizeI pixelSize, SKRectI area, int dy, in DeviceScrollInk ink)
    {
        if (_pixels == null || pixelSize != PixelSize) return false;
        area = SKRectI.Intersect(area, new SKRectI(0, 0, PixelSize.Width, PixelSize.Height));
        if (area.Width <= 0 || area.Height <= 0 || Math.Abs(dy) >= area.Height) return false;
        // The spans each ink row moves: the promised columns inside the area, or the area's width.
        Span<int> spans = stackalloc int[2 * ScrollInk.MaxColumns];
        int spanCount = 0;
        for (int i = 0; i < ink.ColumnCount; i++)
        {
            var (left, right) = ink.Column(i);
            left = Math.Max(left, area.Left);
            right = Math.Min(right, area.Right);
            if (right <= left) continue;
            spans[2 * spanCount] = left;
            spans[(2 * spanCount) + 1] = right;
            spanCount++;
        }
        if (ink.ColumnCount == 0)
        {
            spans[0] = area.Left;
            spans[1] = area.Right;
            spanCount = 1;
        }
        int rowBytes = RowBytes;
        int top = dy > 0 ? area.Top + dy : area.Top, bottom = dy > 0 ? area.Bottom : area.Bottom + dy;
        for (int step = 0; step < bottom - top; step++)
        {
            // Moving down: bottom row first, so no source row is overwritten before it is read; up: top row first.
            int y = dy > 0 ? bottom - 1 - step : top + step;
            byte* to = _pixels + ((long)y * rowBytes);
            byte* from = _pixels + ((long)(y - dy) * rowBytes);
            if (y < ink.Origin || y - dy < ink.Origin)
            {
                Buffer.MemoryCopy(from + (area.Left * 4L), to + (area.Left * 4L), area.Width * 4L, area.Width * 4L);
                continue;
            }
            if (!ink.MovesRow(y, dy)) continue;
            for (int i = 0; i < spanCount; i++)
            {
                long bytes = (spans[(2 * i) + 1] - spans[2 * i]) * 4L;
                Buffer.MemoryCopy(from + (spans[2 * i] * 4L), to + (spans[2 * i] * 4L), bytes, bytes);
            }
        }

        return true;
    }

    private bool _disposed;

    /// <summary>Dispose frees the surface and the pixel buffer.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Free();
    }

    private void Allocate(SKSizeI size)
    {
        Free();
        PixelSize = size;
        nuint bytes = (nuint)size.Width * (nuint)size.Height * 4;
        _pixels = _store != null ? _store.Allocate(size, bytes) : BackBufferMemory.Allocate(bytes);
        _surface = SKSurface.Create(Info, (IntPtr)_pixels, RowBytes)
            ?? throw new InvalidOperationException($"Skia could not create a {size.Width}x{size.Height} raster surface.");
        _canvas = _surface.Canvas;
    }

    private void Free()
    {
        _canvas = null;
        _surface?.Dispose();
        _surface = null;
        if (_pixels != null)
        {
            if (_store != null) _store.Free(_pixels);
            else BackBufferMemory.Free(_pixels);
            _pixels = null;
        }
    }
}

/// <summary>IPixelStore hands a <see cref="RasterBackend"/> the memory of its back buffer: rows of width x 4 bytes, zeroed.</summary>
internal unsafe interface IPixelStore
{
    /// <summary>Allocate returns <paramref name="bytes"/> zeroed bytes for a back buffer of <paramref name="size"/> pixels.</summary>
    byte* Allocate(SKSizeI size, nuint bytes);

    /// <summary>Free returns memory <see cref="Allocate"/> gave.</summary>
    void Free(byte* pixels);
}
