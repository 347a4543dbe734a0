using System.Text.Json;
using Skia.Toolkit.Testing;
using Skia.Trader.Scene.Feed;
using Skia.Trader.Scene.Hosting;
using Skia.Trader.SceneBench.Hosting;
using Skia.Trader.SceneRaw;
using Skia.Trader.SceneRaw.Hosting;

namespace Skia.Trader.SceneBench.Tests.Hosting;

/// <summary>
/// The scene programs' windowed modes, under the Xvfb that ./test.sh starts (Mesa llvmpipe for GL,
/// lavapipe for Vulkan). What is checked is what a user of the figures relies on: a windowed run
/// prints a well-formed report naming its mode and reaches the feed state due at its end, and the
/// window shows what the headless raster bench draws. Never how fast: speed is perf/scene.sh's job.
/// The windows are real (GLFW, GL context or Vulkan swapchain) but unmapped: ./test.sh runs the
/// test projects in parallel on one display, and a visible 1280x800 window raised over the
/// toolkit's xdotool input tests would take their clicks and keystrokes.
/// </summary>
[Collection(DisplayCollection.Name)]
public class WindowedSceneTests
{
    /// <summary>GPU rasterisers cover anti-aliased glyph and bar edges slightly differently from Skia's CPU rasteriser; beyond 0.5 % of the window's pixels something else is wrong.</summary>
    private const double DifferingPixelBudget = 0.005;

    [Theory]
    [InlineData("toolkit", "raster-window")]
    [InlineData("toolkit", "gl")]
    [InlineData("toolkit", "vulkan")]
    [InlineData("raw", "raster-window")]
    [InlineData("raw", "gl")]
    [InlineData("raw", "vulkan")]
    public void A_short_windowed_run_reports_its_mode_frames_and_the_state_due_at_its_end(string program, string mode)
    {
        var output = new StringWriter();
        int exit = SceneProgram.Run(["--mode", mode, "--seconds", "1"], (_, timeline, options) => program == "toolkit"
            ? new WindowedToolkitSceneView(options.Mode, timeline, visible: false)
            : new RawSceneView(RawSceneFonts.Load(), new WindowFrameTarget(options.Mode, visible: false)), output);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var report = JsonDocument.Parse(lines[0]);
        var json = report.RootElement;
        Assert.Equal(program, json.GetProperty("program").GetString());
        Assert.Equal(mode, json.GetProperty("mode").GetString());
        Assert.InRange(json.GetProperty("frames_shown").GetInt32(), 1, 60);
        Assert.Equal(60, json.GetProperty("frames_shown").GetInt32() + json.GetProperty("frames_dropped").GetInt32());
        Assert.True(json.GetProperty("start_ms").GetDouble() > 0);
        Assert.True(json.GetProperty("work_p50_ms").GetDouble() > 0);
        Assert.InRange(json.GetProperty("repainted_share").GetDouble(), 0.01, 1.0);

        // A 1 s run ends with updates 0..200 applied, whatever the frames in between managed.
        var reference = new SceneFeed();
        for (int k = 0; k <= 200; k++) reference.ApplyNext(k * SceneFeed.UpdateIntervalMs);
        Assert.Equal(reference.StateLine(), json.GetProperty("state").GetString());
        Assert.Equal(reference.StateLine(), lines[1].TrimEnd('\r'));
    }

    [Theory]
    [InlineData("gl")]
    [InlineData("vulkan")]
    public void A_raster_first_start_reports_the_raster_frame_then_the_gpu_frame_on_screen_after_it(string mode)
    {
        var output = new StringWriter();
        int exit = SceneProgram.Run(["--mode", mode, "--first-frame", "--raster-first"], (_, timeline, options) =>
            new WindowedToolkitSceneView(options.Mode, timeline, visible: false, rasterFirst: options.RasterFirst), output);

        Assert.Equal(0, exit);
        using var report = JsonDocument.Parse(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Single());
        var json = report.RootElement;
        Assert.Equal(mode, json.GetProperty("mode").GetString());
        double start = json.GetProperty("start_ms").GetDouble(), gpu = json.GetProperty("gpu_ms").GetDouble();
        Assert.True(start > 0 && gpu > start, $"start_ms {start}, gpu_ms {gpu}: the GPU frame comes after the raster one");
        Assert.Equal(mode, json.GetProperty("gpu_backend").GetString());
    }

    [Theory]
    [InlineData(SceneMode.Gl)]
    [InlineData(SceneMode.Vulkan)]
    public void The_window_shows_what_the_headless_raster_bench_draws_for_the_same_state(SceneMode mode)
    {
        var windowFeed = new SceneFeed();
        var headlessFeed = new SceneFeed();
        using var windowed = new WindowedToolkitSceneView(mode, visible: false);
        using var headless = new ToolkitSceneView();
        // 60 frames at the scene's pace (3-4 updates each), crossing a live order: the window's
        // picture is built from partial repaints into its GPU back buffer, as in a real run.
        double now = 0;
        for (int frame = 0; frame < 60; frame++)
        {
            for (int i = 0; i < (frame % 3 == 0 ? 4 : 3); i++, now += 5)
            {
                windowFeed.ApplyNext(now);
                headlessFeed.ApplyNext(now);
            }
            windowed.RenderFrame(windowFeed, now);
            headless.RenderFrame(headlessFeed, now);
        }

        using var shown = windowed.Capture();
        using var expected = headless.Snapshot();
        using var diff = PixelDiff.Compare(expected, shown);
        Assert.True(diff.SizesMatch, $"window shows {diff.ActualSize}, headless frame is {diff.ExpectedSize}");
        int budget = (int)(expected.Width * expected.Height * DifferingPixelBudget);
        if (diff.DifferentPixels > budget)
        {
            var folder = Path.Combine(Environment.GetEnvironmentVariable("TEST_RESULTS_DIR") ?? Path.GetTempPath(), "scene-windowed-" + mode);
            Directory.CreateDirectory(folder);
            Save(expected, Path.Combine(folder, "expected.png"));
            Save(shown, Path.Combine(folder, "actual.png"));
            if (diff.DiffImage is { } image) Save(image, Path.Combine(folder, "diff.png"));
        }
        Assert.True(diff.DifferentPixels <= budget,
            $"{mode}: {diff.DifferentPixels} pixels differ from the headless frame (budget {budget}, {diff.AntiAliasedPixels} anti-aliased tolerated)");
    }

    private static void Save(SkiaSharp.SKBitmap bitmap, string path)
    {
        using var png = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        png.SaveTo(file);
    }
}
