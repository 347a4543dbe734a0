using Skia.Toolkit.Rendering;
using SkiaSharp;

namespace Skia.Toolkit.Diagnostics;

/// <summary>
/// DirtyRectTrail holds the dirty rectangles of the last few frames, in device pixels, for the
/// diagnostics overlay to outline. The back buffer is retained, so an outline stays on screen until
/// something repaints over it: when a frame leaves the trail its rectangles are added to the new
/// frame's dirty region, which erases its outlines, and nothing else the overlay draws needs
/// repainting. Fixed arrays: pushing a frame allocates nothing.
/// </summary>
internal sealed class DirtyRectTrail
{
    private readonly SKRectI[] _rects;
    private readonly int[] _counts;
    private readonly SKRectI[] _incoming = new SKRectI[DirtyRegion.MaxRects];
    private int _oldest;

    /// <summary>DirtyRectTrail remembers the rectangles of <paramref name="frames"/> frames.</summary>
    public DirtyRectTrail(int frames)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(frames, 1);
        _rects = new SKRectI[frames * DirtyRegion.MaxRects];
        _counts = new int[frames];
    }

    /// <summary>Frames is how many frames the trail spans.</summary>
    public int Frames => _counts.Length;

    /// <summary>
    /// Push records <paramref name="rects"/> as the newest frame and adds the rectangles of the frame it
    /// replaces to <paramref name="region"/> so their outlines get erased. <paramref name="rects"/> may be
    /// <paramref name="region"/>'s own rectangles: they are copied before the region changes.
    /// </summary>
    public void Push(ReadOnlySpan<SKRectI> rects, DirtyRegion region)
    {
        int count = Math.Min(rects.Length, DirtyRegion.MaxRects);
        rects[..count].CopyTo(_incoming);
        var evicted = Slot(_oldest);
        for (int i = 0; i < evicted.Length; i++) region.Add(evicted[i]);
        _incoming.AsSpan(0, count).CopyTo(_rects.AsSpan(_oldest * DirtyRegion.MaxRects));
        _counts[_oldest] = count;
        _oldest = (_oldest + 1) % _counts.Length;
    }

    /// <summary>AddAllTo adds every remembered rectangle to <paramref name="region"/> (to erase all outlines) and empties the trail.</summary>
    public void AddAllTo(DirtyRegion region)
    {
        for (int frame = 0; frame < _counts.Length; frame++)
        {
            var slot = Slot(frame);
            for (int i = 0; i < slot.Length; i++) region.Add(slot[i]);
            _counts[frame] = 0;
        }
    }

    /// <summary>Slot is the rectangles of one remembered frame (in ring order, not age order).</summary>
    public ReadOnlySpan<SKRectI> Slot(int frame) => _rects.AsSpan(frame * DirtyRegion.MaxRects, _counts[frame]);
}
