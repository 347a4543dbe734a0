using Skia.Toolkit.Platform;
using Skia.Toolkit.Text;
using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Hosting;
using Skia.Trader.Scene.Layout;
using Skia.Trader.Scene.Measurement;
using Skia.Trader.SceneBench.Screen;
using Skia.Trader.SceneBench.Widgets;

namespace Skia.Trader.SceneBench;

/// <summary>ToolkitSceneView shows the scene as a Skia.Toolkit widget tree in a headless window: each frame pushes the feed into the widgets and repaints only the dirty region.</summary>
internal sealed class ToolkitSceneView : IMeasuredSceneView
{
    private const double WindowPixels = (double)SceneLayout.Width * SceneLayout.Height;
    private readonly HeadlessWindow _window;
    private readonly SceneTheme _theme;
    private double _repaintedShareSum;
    private int _frames;

    /// <summary>ToolkitSceneView loads fonts, builds the tree and lays it out, marking each phase on <paramref name="timeline"/> when given.</summary>
    public ToolkitSceneView(StartupTimeline? timeline = null)
    {
        _theme = new SceneTheme(FontSet.CreateBundled());
        timeline?.Mark("fonts");
        Screen = new SceneScreen(_theme);
        _window = new HeadlessWindow(Screen, SceneLayout.Width, SceneLayout.Height);
        _window.Root.Background = SceneTheme.Color(ScenePalette.Background);
        timeline?.Mark("tree build");
        _window.Root.UpdateLayout();
        timeline?.Mark("layout");
    }

    /// <summary>Screen is the scene's widget tree.</summary>
    public SceneScreen Screen { get; }

    /// <summary>Window is the headless window the tree renders in.</summary>
    public HeadlessWindow Window => _window;

    /// <inheritdoc />
    public string ProgramName => "toolkit";

    /// <inheritdoc />
    public string ModeName => "headless-raster";

    /// <inheritdoc />
    public double RepaintedShare => _frames == 0 ? 0 : _repaintedShareSum / _frames;

    /// <inheritdoc />
    public double? TextCacheHitRate => _theme.Text.HitRate;

    /// <inheritdoc />
    public void RenderFrame(SceneFeed feed, double nowMs)
    {
        Screen.Show(feed, nowMs);
        var stats = _window.RenderFrame();
        _repaintedShareSum += stats.PixelsRepainted / WindowPixels;
        _frames++;
    }

    /// <inheritdoc />
    public void SavePng(string path) => _window.SavePng(path);

    /// <inheritdoc />
    public void Dispose() => _window.Dispose();
}
