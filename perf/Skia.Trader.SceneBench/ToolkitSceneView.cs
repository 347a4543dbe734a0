using Skia.Toolkit.Core;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Rendering.Backends;
using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Hosting;
using Skia.Trader.Scene.Layout;
using Skia.Trader.Scene.Measurement;
using Skia.Trader.SceneBench.Rendering;
using Skia.Trader.SceneBench.Screen;
using Skia.Trader.SceneBench.Widgets;
using SkiaSharp;

namespace Skia.Trader.SceneBench;

/// <summary>
/// ToolkitSceneView shows the scene as a Skia.Toolkit widget tree rendered headless by the toolkit's
/// FrameRenderer: each frame pushes the feed into the widgets and repaints only the dirty region.
/// The back buffer is the toolkit's stock RasterBackend (Skia's native pixel order, "n32"); "rgba"
/// draws into an RGBA surface instead, to show what the pixel order costs.
/// </summary>
internal sealed class ToolkitSceneView : IMeasuredSceneView, IFrameDetail
{
    private const double WindowPixels = (double)SceneLayout.Width * SceneLayout.Height;
    private readonly UiRoot _root;
    private readonly IRenderBackend _backend;
    private readonly FrameRenderer _renderer;
    private readonly SceneTheme _theme;
    private readonly SceneTime _time = new();
    private double _repaintedShareSum;
    private double _movedShareSum;
    private double _offscreenShareSum;
    private int _frames;
    private long _updateBytes;
    private long _renderBytes;
    private FrameStats _lastStats;
    private long _updateTicks;

    /// <summary>ToolkitSceneView loads fonts, builds the tree and lays it out, marking each phase on <paramref name="timeline"/> when given.</summary>
    /// <param name="timeline">Start-up phases are marked on it when given.</param>
    /// <param name="pixelOrder">"n32" (the toolkit's RasterBackend, Skia's native order; default) or "rgba" (an RGBA surface, for comparison).</param>
    public ToolkitSceneView(StartupTimeline? timeline = null, string pixelOrder = "n32")
    {
        _backend = pixelOrder switch
        {
            "n32" => new RasterBackend(),
            "rgba" => new RgbaRasterBackend(),
            _ => throw new ArgumentException($"unknown pixel order '{pixelOrder}' (n32 or rgba)", nameof(pixelOrder)),
        };
        ModeName = "headless-raster-" + pixelOrder;
        _theme = new SceneTheme();
        timeline?.Mark("fonts");
        Screen = new SceneScreen(_theme);
        _root = new UiRoot(Screen, new SKSizeI(SceneLayout.Width, SceneLayout.Height)) { Background = SceneTheme.Color(ScenePalette.Background), Theme = _theme.Toolkit };
        _root.Damage.Time = _time;
        _root.Damage.FrameInterval = SceneTime.FrameInterval;
        _renderer = new FrameRenderer(_root, _backend);
        timeline?.Mark("tree build");
        _root.UpdateLayout();
        timeline?.Mark("layout");
    }

    /// <summary>Screen is the scene's widget tree.</summary>
    public SceneScreen Screen { get; }

    /// <summary>Root is the tree's root (dirty region, layout).</summary>
    public UiRoot Root => _root;

    /// <inheritdoc />
    public string ProgramName => "toolkit";

    /// <inheritdoc />
    public string ModeName { get; }

    /// <inheritdoc />
    public double RepaintedShare => _frames == 0 ? 0 : _repaintedShareSum / _frames;

    /// <inheritdoc />
    public double MovedShare => _frames == 0 ? 0 : _movedShareSum / _frames;

    /// <inheritdoc />
    public double OffscreenShare => _frames == 0 ? 0 : _offscreenShareSum / _frames;

    /// <inheritdoc />
    public double? TextCacheHitRate => _theme.Text.HitRate;

    /// <inheritdoc />
    public string? Diagnostics => FormattableString.Invariant(
        $"toolkit: {_frames} frames; allocated per frame (all frames, first included): widget update {(double)_updateBytes / Math.Max(1, _frames):F1} B, render {(double)_renderBytes / Math.Max(1, _frames):F1} B");

    /// <inheritdoc />
    public void RenderFrame(SceneFeed feed, double nowMs)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        long showStart = System.Diagnostics.Stopwatch.GetTimestamp();
        _time.NowMs = nowMs;
        Screen.Show(feed, nowMs);
        _updateTicks = System.Diagnostics.Stopwatch.GetTimestamp() - showStart;
        long shown = GC.GetAllocatedBytesForCurrentThread();
        var stats = _renderer.RenderFrame();
        _lastStats = stats;
        _renderBytes += GC.GetAllocatedBytesForCurrentThread() - shown;
        _updateBytes += shown - before;
        _repaintedShareSum += stats.PixelsRepainted / WindowPixels;
        _movedShareSum += stats.PixelsMoved / WindowPixels;
        _offscreenShareSum += stats.PixelsOffscreen / WindowPixels;
        _frames++;
    }

    /// <inheritdoc />
    public long LastFramePixels => _lastStats.PixelsRepainted;

    /// <inheritdoc />
    public int LastFrameWidgets => _lastStats.WidgetsRendered;

    /// <inheritdoc />
    public int LastFrameDirtyRects => _lastStats.DirtyRects;

    /// <inheritdoc />
    public long TextCacheMisses => _theme.Text.Misses;

    /// <inheritdoc />
    public double LastFrameUpdateMs => _updateTicks * 1000.0 / System.Diagnostics.Stopwatch.Frequency;

    /// <summary>Snapshot copies the last frame into a bitmap the caller owns (in the back buffer's pixel order).</summary>
    public SKBitmap Snapshot() => _backend is RasterBackend stock ? stock.Snapshot() : ((RgbaRasterBackend)_backend).Snapshot();

    /// <inheritdoc />
    public void SavePng(string path)
    {
        using var bitmap = Snapshot();
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        png.SaveTo(file);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _renderer.Dispose();
        _backend.Dispose();
    }
}
