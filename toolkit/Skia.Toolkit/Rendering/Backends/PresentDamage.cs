using SkiaSharp;

namespace Skia.Toolkit.Rendering.Backends;

/// <summary>IPresentDamageSink is a window backend that presents only what changed: the frame renderer tells it which device-pixel rectangles of the back buffer a frame changed, before <see cref="IRenderBackend.Present"/>.</summary>
internal interface IPresentDamageSink
{
    /// <summary>AddPresentDamage records rectangles (device pixels) of the back buffer that changed since the last present.</summary>
    void AddPresentDamage(ReadOnlySpan<SKRectI> rects);

    /// <summary>PresentAllNext makes the next present copy the whole back buffer (the window lost its pixels: an expose).</summary>
    void PresentAllNext();
}

/// <summary>
/// PresentDamage decides which rectangles a present must copy from the retained back buffer (the source of
/// truth) to the window. It collects the rectangles changed since the last present and remembers those of the
/// last <see cref="History"/> presents, so a destination that holds the frame of <c>age</c> presents ago (a
/// swap chain buffer, by GLX_EXT_buffer_age; age 1 for a window whose contents persist) gets everything that
/// changed since then. Anything it cannot vouch for is a full copy: the first present, a new size, a present
/// with no recorded change (an expose asks to show the frame again), an unknown buffer age (0), an age older
/// than the history, or more rectangles than it keeps. Allocates nothing after construction.
/// </summary>
internal sealed class PresentDamage
{
    /// <summary>History is how many past presents are remembered for buffer ages above 1.</summary>
    public const int History = 3;

    private const int Capacity = 16;
    private readonly SKRectI[] _pending = new SKRectI[Capacity];
    private int _pendingCount;
    private bool _pendingFull = true;
    private readonly SKRectI[][] _history = new SKRectI[History][];
    private readonly int[] _historyCount = new int[History];
    private readonly bool[] _historyFull = new bool[History];
    private readonly SKRectI[] _output = new SKRectI[Capacity * (History + 1)];
    private SKSizeI _size;

    /// <summary>PresentDamage starts with a full present due.</summary>
    public PresentDamage()
    {
        for (int i = 0; i < History; i++)
        {
            _history[i] = new SKRectI[Capacity];
            _historyFull[i] = true;
        }
    }

    /// <summary>Add records a changed rectangle; too many make the next present full.</summary>
    public void Add(SKRectI rect)
    {
        if (rect.IsEmpty || _pendingFull) return;
        if (_pendingCount == Capacity) _pendingFull = true;
        else _pending[_pendingCount++] = rect;
    }

    /// <summary>Add records changed rectangles.</summary>
    public void Add(ReadOnlySpan<SKRectI> rects)
    {
        foreach (var rect in rects) Add(rect);
    }

    /// <summary>MarkFull makes the next present copy the whole back buffer.</summary>
    public void MarkFull() => _pendingFull = true;

    /// <summary>
    /// Take ends a present of a back buffer of <paramref name="size"/> to a destination that holds the frame of
    /// <paramref name="age"/> presents ago (0: unknown): returns false when the whole buffer must be copied,
    /// else true with the rectangles (clipped to the buffer, possibly overlapping) to copy. The current changes
    /// move into the history either way.
    /// </summary>
    public bool Take(SKSizeI size, int age, out ReadOnlySpan<SKRectI> rects)
    {
        bool full = _pendingFull || _pendingCount == 0 || size != _size || age < 1 || age > History + 1;
        int count = 0;
        var bounds = SKRectI.Create(size);
        if (!full)
        {
            for (int i = 0; i < _pendingCount; i++) count = Append(count, _pending[i], bounds);
            // The destination misses the changes of the age - 1 presents since the frame it holds.
            for (int h = 0; h < age - 1 && !full; h++)
            {
                if (_historyFull[h]) full = true;
                else for (int i = 0; i < _historyCount[h]; i++) count = Append(count, _history[h][i], bounds);
            }
        }

        // Shift the history: this present becomes the newest entry.
        var oldest = _history[History - 1];
        for (int h = History - 1; h > 0; h--)
        {
            _history[h] = _history[h - 1];
            _historyCount[h] = _historyCount[h - 1];
            _historyFull[h] = _historyFull[h - 1];
        }
        _history[0] = oldest;
        _historyFull[0] = _pendingFull || size != _size;
        _historyCount[0] = _pendingCount;
        Array.Copy(_pending, oldest, _pendingCount);
        _pendingCount = 0;
        _pendingFull = false;
        _size = size;

        rects = full ? default : _output.AsSpan(0, count);
        return !full;
    }

    /// <summary>
    /// LastChanges gives the rectangles (not clipped) that changed in the present the last <see cref="Take"/> ended,
    /// relative to the present before it: what a window showing that previous present must update (a Vulkan present
    /// region). False when that present had to show everything (first present, new size, an expose, too many changes).
    /// </summary>
    public bool LastChanges(out ReadOnlySpan<SKRectI> rects)
    {
        bool known = !_historyFull[0] && _historyCount[0] > 0;
        rects = known ? _history[0].AsSpan(0, _historyCount[0]) : default;
        return known;
    }

    private int Append(int count, SKRectI rect, SKRectI bounds)
    {
        var clipped = SKRectI.Intersect(rect, bounds);
        if (clipped.IsEmpty) return count;
        _output[count] = clipped;
        return count + 1;
    }

    /// <summary>
    /// Cover says whether one rectangle (the bounding box) should stand for <paramref name="rects"/>: when it
    /// wastes at most a quarter more pixels than the rectangles themselves, one copy beats several.
    /// </summary>
    public static bool Cover(ReadOnlySpan<SKRectI> rects, out SKRectI box)
    {
        box = rects.IsEmpty ? SKRectI.Empty : rects[0];
        long area = 0;
        foreach (var r in rects)
        {
            box = SKRectI.Union(box, r);
            area += (long)r.Width * r.Height;
        }
        return rects.Length == 1 || (long)box.Width * box.Height * 4 <= area * 5;
    }
}
