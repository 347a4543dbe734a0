using BenchmarkDotNet.Attributes;
using Skia.Trader.Scene.Feed;
using Skia.Trader.SceneBench;
using Skia.Trader.SceneRaw;

namespace Skia.Trader.Benchmarks.Scene;

/// <summary>
/// SceneFrameBenchmarks times one frame of the reference scene at its steady rate (about 3.3 feed
/// updates per 60 Hz frame; 3 here): the raw floor's full redraw, the toolkit's partial repaint,
/// the toolkit forced to repaint everything, and the toolkit's widget update alone (no drawing).
/// </summary>
[MemoryDiagnoser]
public class SceneFrameBenchmarks
{
    private const int UpdatesPerFrame = 3;
    private SceneFeed _feed = null!;
    private RawSceneView _raw = null!;
    private ToolkitSceneView _toolkit = null!;
    private SceneFeed _rgbaFeed = null!;
    private ToolkitSceneView _rgba = null!;
    private double _rgbaNow;
    private double _now;

    /// <summary>Setup builds both views and warms them on 100 updates.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _feed = new SceneFeed();
        _raw = new RawSceneView(RawSceneFonts.Load());
        _toolkit = new ToolkitSceneView();
        for (int i = 0; i < 100; i++) Advance();
        _raw.RenderFrame(_feed, _now);
        _toolkit.RenderFrame(_feed, _now);
        _rgbaFeed = new SceneFeed();
        _rgba = new ToolkitSceneView(pixelOrder: "rgba");
        for (int i = 0; i < 100; i++) AdvanceRgba();
        _rgba.RenderFrame(_rgbaFeed, _rgbaNow);
    }

    /// <summary>Cleanup frees both views.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _toolkit.Dispose();
        _rgba.Dispose();
    }

    /// <summary>RawFullFrame: immediate-mode full redraw.</summary>
    [Benchmark(Baseline = true)]
    public void RawFullFrame()
    {
        Advance();
        _raw.RenderFrame(_feed, _now);
    }

    /// <summary>ToolkitPartialFrame: widgets updated, dirty region repainted.</summary>
    [Benchmark]
    public void ToolkitPartialFrame()
    {
        Advance();
        _toolkit.RenderFrame(_feed, _now);
    }

    /// <summary>ToolkitRgbaFrame: the partial frame drawn into an RGBA surface instead of the stock RasterBackend's native order, to show what the pixel order costs.</summary>
    [Benchmark]
    public void ToolkitRgbaFrame()
    {
        AdvanceRgba();
        _rgba.RenderFrame(_rgbaFeed, _rgbaNow);
    }

    /// <summary>ToolkitFullFrame: as above with the whole window invalidated.</summary>
    [Benchmark]
    public void ToolkitFullFrame()
    {
        Advance();
        _toolkit.Root.DirtyRegion.AddAll();
        _toolkit.RenderFrame(_feed, _now);
    }

    /// <summary>ToolkitUpdateOnly: pushing the feed into the widgets and invalidating, without drawing.</summary>
    [Benchmark]
    public void ToolkitUpdateOnly()
    {
        Advance();
        _toolkit.Screen.Show(_feed, _now);
        _toolkit.Root.UpdateLayout();
        _toolkit.Root.DirtyRegion.Clear();
    }

    private void AdvanceRgba()
    {
        for (int i = 0; i < UpdatesPerFrame; i++)
        {
            _rgbaNow += 5;
            _rgbaFeed.ApplyNext(_rgbaNow);
        }
    }

    private void Advance()
    {
        for (int i = 0; i < UpdatesPerFrame; i++)
        {
            _now += 5;
            _feed.ApplyNext(_now);
        }
    }
}
