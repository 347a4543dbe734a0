using BenchmarkDotNet.Attributes;
using Skia.Toolkit.Core;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Trader.Benchmarks.Layout;

/// <summary>
/// LayoutBenchmarks times measure and arrange of a 1,000-widget tree (a vertical Stack of 99
/// horizontal Stacks of 10 fixed-size Rectangles): the whole tree from scratch, and one leaf resized
/// (relayout from its nearest layout boundary).
/// </summary>
[MemoryDiagnoser]
public class LayoutBenchmarks
{
    private UiRoot _root = null!;
    private Stack _top = null!;
    private Rectangle _leaf = null!;
    private bool _wide;

    /// <summary>WidgetCount is the size of the tree: 1 + 99 x (1 + 10).</summary>
    public const int WidgetCount = 1 + 99 * 11;

    /// <summary>Setup builds the tree and lays it out once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _top = new Stack { Orientation = Orientation.Vertical };
        for (int r = 0; r < 99; r++)
        {
            var row = new Stack { Orientation = Orientation.Horizontal };
            for (int c = 0; c < 10; c++) row.Add(new Rectangle { Width = 60, Height = 7, Fill = SKColors.Gray });
            _top.Add(row);
        }
        _leaf = (Rectangle)((Stack)_top.Children[50]).Children[5];
        _root = new UiRoot(_top, new SKSizeI(1280, 800));
        _root.UpdateLayout();
    }

    /// <summary>FullLayout: the root's measure invalidated, the whole tree measured and arranged.</summary>
    [Benchmark(Baseline = true)]
    public SKSize FullLayout()
    {
        _top.InvalidateMeasure();
        foreach (var row in _top.Children) row.InvalidateMeasure();
        _root.UpdateLayout();
        _root.DirtyRegion.Clear();
        return _top.DesiredSize;
    }

    /// <summary>OneLeafResized: one Rectangle changes width; only its row and the column above relayout.</summary>
    [Benchmark]
    public SKSize OneLeafResized()
    {
        _wide = !_wide;
        _leaf.Width = _wide ? 70 : 60;
        _root.UpdateLayout();
        _root.DirtyRegion.Clear();
        return _top.DesiredSize;
    }
}
