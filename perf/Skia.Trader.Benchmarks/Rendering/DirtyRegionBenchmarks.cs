using BenchmarkDotNet.Attributes;
using Skia.Toolkit.Rendering;
using SkiaSharp;

namespace Skia.Trader.Benchmarks.Rendering;

/// <summary>
/// DirtyRegionBenchmarks times the dirty-region bookkeeping of one frame: a few disjoint rects (no
/// merging), a scene-like frame of 90 row-sized invalidations (least-waste merging past 8 rects), and
/// the per-widget Intersects test the renderer runs while culling.
/// </summary>
[MemoryDiagnoser]
public class DirtyRegionBenchmarks
{
    private readonly DirtyRegion _region = new(new SKSizeI(1280, 800));
    private readonly SKRectI[] _rows = BuildRows();

    /// <summary>AddEightDisjoint: 8 separate cells, under the limit, no merge.</summary>
    [Benchmark]
    public int AddEightDisjoint()
    {
        _region.Clear();
        for (int i = 0; i < 8; i++) _region.Add(new SKRectI(i * 150, 100, i * 150 + 60, 118));
        return _region.Count;
    }

    /// <summary>AddSceneFrame: the 90 row invalidations of a reference-scene frame (41 book, 40 tape, header cells), merged down to 8.</summary>
    [Benchmark]
    public int AddSceneFrame()
    {
        _region.Clear();
        foreach (var r in _rows) _region.Add(r);
        return _region.Count;
    }

    /// <summary>IntersectsScan: 1,000 culling tests against a merged region.</summary>
    [Benchmark]
    public int IntersectsScan()
    {
        int hits = 0;
        for (int i = 0; i < 1000; i++)
        {
            int y = i % 44 * 18;
            if (_region.Intersects(new SKRectI(660, y, 1272, y + 18))) hits++;
        }
        return hits;
    }

    private static SKRectI[] BuildRows()
    {
        var rows = new List<SKRectI>();
        for (int i = 0; i < 41; i++) rows.Add(new SKRectI(-1, 57 + i * 18, 361, 76 + i * 18));
        for (int i = 0; i < 40; i++) rows.Add(new SKRectI(359, 57 + i * 18, 661, 76 + i * 18));
        foreach (int x in new[] { 99, 189, 1135 }) rows.Add(new SKRectI(x, 11, x + 88, 31));
        for (int i = 0; i < 6; i++) rows.Add(new SKRectI(100 + i * 30, 11, 120 + i * 30, 31));
        return rows.ToArray();
    }
}
