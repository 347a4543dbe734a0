using Skia.Toolkit.Rendering.Damage;
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

    /// <summary>
    /// TryScroll moves the area like <see cref="TryScroll(SKSizeI, SKRectI, int)"/>, but may leave alone the pixels
    /// <paramref name="ink"/> says are background where they are and where they would land (a raster buffer moves
    /// only the ink); a buffer that moves pixels as one block (GL, Vulkan) moves them all.
    /// </summary>
    bool TryScroll(SKSizeI pixelSize, SKRectI area, int dy, in DeviceScrollInk ink) => TryScroll(pixelSize, area, dy);
}

/// <summary>
/// IClearableBackBuffer is a raster back buffer that fills rectangles of its pixels with a colour itself, as
/// <c>SKCanvas.Clear</c> under a clip of those rectangles would, but with the rows ahead prefetched (the back buffer is
/// seldom in the cache by the next frame, and each row of a rectangle is a separate stretch of memory).
/// </summary>
internal interface IClearableBackBuffer
{
    /// <summary>TryClear sets every pixel of <paramref name="rects"/> (device pixels, inside the buffer) to <paramref name="color"/>; false when the buffer is not <paramref name="pixelSize"/> (then nothing was written).</summary>
    bool TryClear(SKSizeI pixelSize, ReadOnlySpan<SKRectI> rects, SKColor color);
}

/// <summary>
/// DeviceScrollInk is a <see cref="ScrollInk"/> in a back buffer's device pixels: from row <see cref="Origin"/>
/// (absolute) down, rows of <see cref="Pitch"/>, each with ink only in rows <see cref="BandTop"/> to
/// <see cref="BandBottom"/> from its top and, when <see cref="ColumnCount"/> is not 0, only in the absolute column spans.
/// The default value (pitch 0) holds no promise.
/// </summary>
internal readonly struct DeviceScrollInk : IEquatable<DeviceScrollInk>
{
    private readonly int _left0, _right0, _left1, _right1, _left2, _right2, _left3, _right3;

    public DeviceScrollInk(int origin, int pitch, int bandTop, int bandBottom, int columnCount, ReadOnlySpan<int> columnEdges)
    {
        Origin = origin;
        Pitch = pitch;
        BandTop = bandTop;
        BandBottom = bandBottom;
        ColumnCount = columnCount;
        Span<int> e = stackalloc int[2 * ScrollInk.MaxColumns];
        columnEdges[..(2 * columnCount)].CopyTo(e);
        (_left0, _right0, _left1, _right1, _left2, _right2, _left3, _right3) = (e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7]);
    }

    /// <summary>IsEmpty is true when there is no promise: every pixel moves.</summary>
    public bool IsEmpty => Pitch <= 0;

    /// <summary>Origin is the device row where the first ink row starts.</summary>
    public int Origin { get; }

    /// <summary>Pitch is the height of a row in device pixels.</summary>
    public int Pitch { get; }

    /// <summary>BandTop is the first device row of a row's ink, from the row's top.</summary>
    public int BandTop { get; }

    /// <summary>BandBottom is the device row after a row's ink, from the row's top.</summary>
    public int BandBottom { get; }

    /// <summary>ColumnCount is the number of ink column spans (0: the whole width).</summary>
    public int ColumnCount { get; }

    /// <summary>Column returns ink column span <paramref name="index"/> (absolute device x, right exclusive).</summary>
    public (int Left, int Right) Column(int index) => index switch
    {
        0 => (_left0, _right0),
        1 => (_left1, _right1),
        2 => (_left2, _right2),
        _ => (_left3, _right3),
    };

    /// <summary>MovesRow tells whether destination row <paramref name="y"/>, filled from row <paramref name="y"/> - <paramref name="dy"/>, holds ink there or where it comes from (rows above <see cref="Origin"/> always move).</summary>
    public bool MovesRow(int y, int dy)
    {
        if (IsEmpty) return true;
        int src = y - dy;
        if (y < Origin || src < Origin) return true;
        int offset = (y - Origin) % Pitch;
        int srcOffset = (src - Origin) % Pitch;
        return (offset >= BandTop && offset < BandBottom) || (srcOffset >= BandTop && srcOffset < BandBottom);
    }

    /// <inheritdoc/>
    public bool Equals(DeviceScrollInk other) =>
        Origin == other.Origin && Pitch == other.Pitch && BandTop == other.BandTop && BandBottom == other.BandBottom && ColumnCount == other.ColumnCount
        && _left0 == other._left0 && _right0 == other._right0 && _left1 == other._left1 && _right1 == other._right1
        && _left2 == other._left2 && _right2 == other._right2 && _left3 == other._left3 && _right3 == other._right3;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DeviceScrollInk other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Origin, Pitch, BandTop, BandBottom, ColumnCount, _left0, _right0);
}
