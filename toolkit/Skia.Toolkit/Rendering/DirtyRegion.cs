using SkiaSharp;

namespace Skia.Toolkit.Rendering;

/// <summary>
/// DirtyRegion is the part of a window, in device pixels, that the next frame repaints: at most
/// <see cref="MaxRects"/> rectangles. When one more arrives, the pair whose union wastes the least area
/// is merged; when the rectangles cover at least <see cref="FullWindowFraction"/> of the window, the
/// region becomes the whole window.
/// </summary>
public sealed class DirtyRegion
{
    /// <summary>MaxRects is the most rectangles kept; 8 keeps clipping and culling cheap while still separating a few far-apart changes (DESIGN.md).</summary>
    public const int MaxRects = 8;

    /// <summary>
    /// FullWindowFraction is the covered share of the window from which the whole window is repainted:
    /// at 70 % the few pixels saved no longer pay for clipping to up to eight rectangles and culling
    /// widgets against each of them, and one whole-window pass is simpler for the backend.
    /// </summary>
    public const float FullWindowFraction = 0.7f;

    // One spare slot: a new rectangle is appended first, then the least-waste pair is merged.
    private readonly SKRectI[] _rects = new SKRectI[MaxRects + 1];
    private int _count;

    /// <summary>DirtyRegion creates an empty region for a window of <paramref name="windowSize"/> device pixels.</summary>
    public DirtyRegion(SKSizeI windowSize)
    {
        Resize(windowSize);
    }

    /// <summary>WindowSize is the size of the window the region lives in; rectangles are clipped to it.</summary>
    public SKSizeI WindowSize { get; private set; }

    /// <summary>Rects are the dirty rectangles (device pixels, inside the window).</summary>
    public ReadOnlySpan<SKRectI> Rects => _rects.AsSpan(0, _count);

    /// <summary>Count is the number of rectangles.</summary>
    public int Count => _count;

    /// <summary>IsEmpty tells whether nothing is dirty.</summary>
    public bool IsEmpty => _count == 0;

    /// <summary>IsFull tells whether the whole window is dirty.</summary>
    public bool IsFull { get; private set; }

    /// <summary>Bounds is the smallest rectangle holding every dirty rectangle (empty when nothing is dirty).</summary>
    public SKRectI Bounds
    {
        get
        {
            if (_count == 0) return SKRectI.Empty;
            var b = _rects[0];
            for (int i = 1; i < _count; i++) b = Union(b, _rects[i]);
            return b;
        }
    }

    /// <summary>Area is the number of distinct pixels covered by the rectangles (overlaps counted once).</summary>
    public long Area => UnionArea(Rects);

    /// <summary>Add marks <paramref name="rect"/> dirty; it is clipped to the window and ignored when empty or already covered.</summary>
    public void Add(SKRectI rect)
    {
        if (IsFull) return;
        rect = SKRectI.Intersect(rect, new SKRectI(0, 0, WindowSize.Width, WindowSize.Height));
        if (rect.Width <= 0 || rect.Height <= 0) return;

        for (int i = 0; i < _count; i++)
        {
            if (Contains(_rects[i], rect)) return;
        }

        // A rectangle that lines up with a dirty one and touches or overlaps it (the next row of a column of rows,
        // grown by 1 px like every invalidation) is merged with it at once: the union covers exactly the same pixels,
        // so nothing extra is repainted, and the region stays a few rectangles instead of reaching MaxRects and
        // searching for the least wasteful pair on every further invalidation. The merged rectangle may line up
        // with another one in turn.
        for (int i = 0; i < _count; i++)
        {
            if (!UnionWastesNothing(_rects[i], rect)) continue;
            rect = Union(_rects[i], rect);
            _rects[i] = _rects[--_count];
            i = -1;
        }

        RemoveContainedBy(rect);
        _rects[_count++] = rect;
        if (_count > MaxRects) MergeLeastWastefulPair();

        // The summed areas bound the union from above: only when they reach the threshold is the exact union counted.
        long windowArea = (long)WindowSize.Width * WindowSize.Height;
        float threshold = FullWindowFraction * windowArea;
        long summed = 0;
        for (int i = 0; i < _count; i++) summed += AreaOf(_rects[i]);
        if (summed >= threshold && UnionArea(Rects) >= threshold) AddAll();
    }

    /// <summary>AddAll marks the whole window dirty.</summary>
    public void AddAll()
    {
        _rects[0] = new SKRectI(0, 0, WindowSize.Width, WindowSize.Height);
        _count = 1;
        IsFull = true;
    }

    /// <summary>Clear empties the region (after a frame has repainted it).</summary>
    public void Clear()
    {
        _count = 0;
        IsFull = false;
    }

    /// <summary>Intersects tells whether <paramref name="rect"/> overlaps any dirty rectangle.</summary>
    public bool Intersects(SKRectI rect)
    {
        for (int i = 0; i < _count; i++)
        {
            var r = _rects[i];
            if (rect.Left < r.Right && r.Left < rect.Right && rect.Top < r.Bottom && r.Top < rect.Bottom) return true;
        }

        return false;
    }

    /// <summary>Contains tells whether one dirty rectangle holds all of <paramref name="rect"/> (after clipping it to the window).</summary>
    public bool Contains(SKRectI rect)
    {
        rect = SKRectI.Intersect(rect, new SKRectI(0, 0, WindowSize.Width, WindowSize.Height));
        if (rect.Width <= 0 || rect.Height <= 0) return true;
        for (int i = 0; i < _count; i++)
        {
            if (Contains(_rects[i], rect)) return true;
        }

        return false;
    }

    /// <summary>Resize sets a new window size; the region is cleared (a resized window is repainted whole by its root).</summary>
    internal void Resize(SKSizeI windowSize)
    {
        if (windowSize.Width <= 0 || windowSize.Height <= 0)
        {
            throw new ArgumentException($"A window needs a positive pixel size, got {windowSize.Width}x{windowSize.Height}.", nameof(windowSize));
        }

        WindowSize = windowSize;
        Clear();
    }

    private void MergeLeastWastefulPair()
    {
        int bestI = 0, bestJ = 1;
        long bestWaste = long.MaxValue;
        for (int i = 0; i < _count; i++)
        {
            for (int j = i + 1; j < _count; j++)
            {
                long waste = Waste(_rects[i], _rects[j]);
                if (waste < bestWaste)
                {
                    bestWaste = waste;
                    bestI = i;
                    bestJ = j;
                }
            }
        }

        var merged = Union(_rects[bestI], _rects[bestJ]);
        _rects[bestJ] = _rects[--_count];
        _rects[bestI] = _rects[--_count];
        RemoveContainedBy(merged);
        _rects[_count++] = merged;
    }

    private void RemoveContainedBy(SKRectI rect)
    {
        for (int i = _count - 1; i >= 0; i--)
        {
            if (Contains(rect, _rects[i])) _rects[i] = _rects[--_count];
        }
    }

    private static void InsertionSort(Span<int> values)
    {
        for (int i = 1; i < values.Length; i++)
        {
            int v = values[i];
            int j = i - 1;
            while (j >= 0 && values[j] > v)
            {
                values[j + 1] = values[j];
                j--;
            }

            values[j + 1] = v;
        }
    }

    /// <summary>Waste is the area a merged rectangle would repaint that neither original covers.</summary>
    internal static long Waste(SKRectI a, SKRectI b)
    {
        var u = Union(a, b);
        var i = SKRectI.Intersect(a, b);
        long overlap = i.Width > 0 && i.Height > 0 ? (long)i.Width * i.Height : 0;
        return AreaOf(u) - AreaOf(a) - AreaOf(b) + overlap;
    }

    /// <summary>UnionArea counts the pixels covered by up to <see cref="MaxRects"/> + 1 rectangles by coordinate compression (at most 18 x 18 cells).</summary>
    internal static long UnionArea(ReadOnlySpan<SKRectI> rects)
    {
        if (rects.Length == 0) return 0;
        if (rects.Length == 1) return AreaOf(rects[0]);
        // Pairwise disjoint rectangles (the usual case once lined-up rows are merged) simply add up.
        long summed = 0;
        bool disjoint = true;
        for (int i = 0; i < rects.Length && disjoint; i++)
        {
            summed += AreaOf(rects[i]);
            for (int j = i + 1; j < rects.Length; j++)
            {
                var a = rects[i];
                var b = rects[j];
                if (a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom)
                {
                    disjoint = false;
                    break;
                }
            }
        }

        if (disjoint) return summed;
        Span<int> xs = stackalloc int[rects.Length * 2];
        Span<int> ys = stackalloc int[rects.Length * 2];
        for (int i = 0; i < rects.Length; i++)
        {
            xs[2 * i] = rects[i].Left;
            xs[(2 * i) + 1] = rects[i].Right;
            ys[2 * i] = rects[i].Top;
            ys[(2 * i) + 1] = rects[i].Bottom;
        }

        // Insertion sort rather than Span<int>.Sort(): under NativeAOT the latter allocates ~49 B a
        // call (perf/README.md, "0 B/frame under NativeAOT"), and these spans hold at most 18 values.
        InsertionSort(xs);
        InsertionSort(ys);
        long area = 0;
        for (int xi = 0; xi + 1 < xs.Length; xi++)
        {
            int x0 = xs[xi], x1 = xs[xi + 1];
            if (x0 == x1) continue;
            for (int yi = 0; yi + 1 < ys.Length; yi++)
            {
                int y0 = ys[yi], y1 = ys[yi + 1];
                if (y0 == y1) continue;
                foreach (var r in rects)
                {
                    if (r.Left <= x0 && x1 <= r.Right && r.Top <= y0 && y1 <= r.Bottom)
                    {
                        area += (long)(x1 - x0) * (y1 - y0);
                        break;
                    }
                }
            }
        }

        return area;
    }

    private static long AreaOf(SKRectI r) => (long)r.Width * r.Height;

    // UnionWastesNothing tells whether the bounding box of a and b covers no pixel outside them: they span the same
    // columns and touch or overlap vertically, or the same rows and touch or overlap horizontally.
    private static bool UnionWastesNothing(SKRectI a, SKRectI b) =>
        (a.Left == b.Left && a.Right == b.Right && a.Top <= b.Bottom && b.Top <= a.Bottom)
        || (a.Top == b.Top && a.Bottom == b.Bottom && a.Left <= b.Right && b.Left <= a.Right);

    private static bool Contains(SKRectI outer, SKRectI inner) =>
        outer.Left <= inner.Left && outer.Top <= inner.Top && inner.Right <= outer.Right && inner.Bottom <= outer.Bottom;

    private static SKRectI Union(SKRectI a, SKRectI b) =>
        new(Math.Min(a.Left, b.Left), Math.Min(a.Top, b.Top), Math.Max(a.Right, b.Right), Math.Max(a.Bottom, b.Bottom));
}
