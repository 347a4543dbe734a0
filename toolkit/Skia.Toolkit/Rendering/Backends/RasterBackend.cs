using System.Runtime.Intrinsics.X86;
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
public sealed unsafe class RasterBackend : IRenderBackend, IScrollableBackBuffer, IClearableBackBuffer
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
    bool IScrollableBackBuffer.TryScroll(SKSizeI pixelSize, SKRectI area, int dy) => Move(pixelSize, area, dy, default);

    /// <summary>
    /// TryScroll moves rows of the area with memmove, skipping the rows and columns <paramref name="ink"/> promises are
    /// background both where they are and where they come from (they would be copied onto themselves): no drawing, no
    /// allocation.
    /// </summary>
    bool IScrollableBackBuffer.TryScroll(SKSizeI pixelSize, SKRectI area, int dy, in DeviceScrollInk ink) => Move(pixelSize, area, dy, ink);

    // How many rows ahead of the one being copied its source and destination are prefetched.
    private const int PrefetchRows = 4;

    // Moves the area's rows (bottom row first when moving down, so no source row is overwritten before it is read; top
    // row first when moving up). The back buffer is seldom in the cache by the next frame, and each row is a separate
    // stretch of memory (a row of the window apart) that the hardware prefetcher does not foresee, so a plain copy waits
    // for memory at the start of every row: the rows a few steps ahead are prefetched (source and destination), which
    // turns the move from waiting on memory into streaming it (a C model of the tape's move, cold: 0.072 -> 0.045 ms).
    private bool Move(SKSizeI pixelSize, SKRectI area, int dy, in DeviceScrollInk ink)
    {
        if (_pixels == null || pixelSize != PixelSize) return false;
        area = SKRectI.Intersect(area, new SKRectI(0, 0, PixelSize.Width, PixelSize.Height));
        if (area.Width <= 0 || area.Height <= 0 || Math.Abs(dy) >= area.Height) return false;
        // The spans an ink row moves: the promised columns inside the area, or the area's width.
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
        ReadOnlySpan<int> inkSpans = spans[..(2 * spanCount)];
        ReadOnlySpan<int> whole = [area.Left, area.Right];
        int top = dy > 0 ? area.Top + dy : area.Top, bottom = dy > 0 ? area.Bottom : area.Bottom + dy;
        int rows = bottom - top;
        for (int step = 0; step < rows; step++)
        {
            if (step + PrefetchRows < rows)
            {
                int ahead = RowAt(step + PrefetchRows, dy, top, bottom);
                Prefetch(ahead, dy, SpansOf(ahead, dy, ink, whole, inkSpans));
            }
            int y = RowAt(step, dy, top, bottom);
            var rowSpans = SpansOf(y, dy, ink, whole, inkSpans);
            byte* to = _pixels + ((long)y * RowBytes);
            byte* from = _pixels + ((long)(y - dy) * RowBytes);
            for (int i = 0; i < rowSpans.Length; i += 2)
            {
                long bytes = (rowSpans[i + 1] - rowSpans[i]) * 4L;
                Buffer.MemoryCopy(from + (rowSpans[i] * 4L), to + (rowSpans[i] * 4L), bytes, bytes);
            }
        }

        return true;
    }

    /// <summary>TryClear fills the rectangles with the colour (premultiplied, in the buffer's order: what SKCanvas.Clear writes), row by row with the rows ahead prefetched.</summary>
    bool IClearableBackBuffer.TryClear(SKSizeI pixelSize, ReadOnlySpan<SKRectI> rects, SKColor color)
    {
        if (_pixels == null || pixelSize != PixelSize) return false;
        uint value = (uint)SKPMColor.PreMultiply(color);
        var bounds = new SKRectI(0, 0, PixelSize.Width, PixelSize.Height);
        int rowBytes = RowBytes;
        foreach (var rect in rects)
        {
            var r = SKRectI.Intersect(rect, bounds);
            if (r.Width <= 0 || r.Height <= 0) continue;
            long left = r.Left * 4L, right = r.Right * 4L;
            for (int y = r.Top; y < r.Bottom; y++)
            {
                if (Sse.IsSupported && y + PrefetchRows < r.Bottom)
                {
                    byte* ahead = _pixels + ((long)(y + PrefetchRows) * rowBytes);
                    for (long x = left; x < right; x += 64) Sse.Prefetch0(ahead + x);
                }
                new Span<uint>(_pixels + ((long)y * rowBytes) + left, r.Width).Fill(value);
            }
        }

        return true;
    }

    private static int RowAt(int step, int dy, int top, int bottom) => dy > 0 ? bottom - 1 - step : top + step;

    // The spans destination row y copies: the whole area above the ink's rows, the ink's columns in an ink row, none in
    // a row that is background where it is and where it comes from.
    private static ReadOnlySpan<int> SpansOf(int y, int dy, in DeviceScrollInk ink, ReadOnlySpan<int> whole, ReadOnlySpan<int> inkSpans)
    {
        if (ink.IsEmpty || y < ink.Origin || y - dy < ink.Origin) return whole;
        return ink.MovesRow(y, dy) ? inkSpans : default;
    }

    private void Prefetch(int y, int dy, ReadOnlySpan<int> rowSpans)
    {
        if (!Sse.IsSupported) return;
        byte* to = _pixels + ((long)y * RowBytes);
        byte* from = _pixels + ((long)(y - dy) * RowBytes);
        for (int i = 0; i < rowSpans.Length; i += 2)
        {
            for (long x = rowSpans[i] * 4L; x < rowSpans[i + 1] * 4L; x += 64)
            {
                Sse.Prefetch0(from + x);
                Sse.Prefetch0(to + x);
            }
        }
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
