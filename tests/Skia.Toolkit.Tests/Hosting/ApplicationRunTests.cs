using Skia.Toolkit.Hosting;
using Skia.Toolkit.Tests.Platform;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Hosting;

/// <summary>
/// Runs of an app on the host (the real gallery, as a process): headless and in a real window (Xvfb) go
/// through the same <see cref="IAppWindow"/> loop and show the same picture; --markup writes the tree;
/// --exit-after ends the run cleanly; no display is one line and exit 2, and the way out it names works.
/// </summary>
[Collection(DisplayCollection.Name)]
public class ApplicationRunTests
{
    [Fact]
    public void Headless_and_windowed_runs_write_the_same_screenshot()
    {
        var dir = Directory.CreateTempSubdirectory("host-same-");
        try
        {
            var headless = Path.Combine(dir.FullName, "headless.png");
            var windowed = Path.Combine(dir.FullName, "window.png");
            var h = GalleryProcess.Run("--headless", "--scale", "1", "--screenshot", headless);
            Assert.True(h.ExitCode == 0, h.Output);
            // Raster in the window too: GPU rasterisers cover anti-aliased edges slightly differently.
            var w = GalleryProcess.Run("--window", "--backend", "raster", "--scale", "1", "--screenshot", windowed);
            Assert.True(w.ExitCode == 0, w.Output);
            Assert.Contains("gallery: backend: raster (asked for;", w.Stderr);
            Assert.Contains($"gallery: wrote {windowed} (960x744, raster)", w.Stderr);

            using var a = SKBitmap.Decode(headless);
            using var b = SKBitmap.Decode(windowed);
            Assert.Equal((960, 744), (a.Width, a.Height));
            Assert.Equal((a.Width, a.Height), (b.Width, b.Height));
            var differing = 0;
            for (var y = 0; y < a.Height; y++)
            {
                for (var x = 0; x < a.Width; x++)
                {
                    if (a.GetPixel(x, y) != b.GetPixel(x, y)) differing++;
                }
            }
            Assert.True(differing == 0, $"{differing} pixels differ between the headless and the windowed screenshot");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("--headless")]
    [InlineData("--window")]
    public void Markup_writes_the_widget_tree(string mode)
    {
        var file = Path.Combine(Path.GetTempPath(), $"host-markup-{Environment.ProcessId}-{mode.Trim('-')}.txt");
        try
        {
            var run = GalleryProcess.Run(mode, "--scale", "1", "--tab", "1", "--markup", file);
            Assert.True(run.ExitCode == 0, run.Output);
            var markup = File.ReadAllLines(file);
            Assert.Equal("PopupHost (0,0 960x744)", markup[0]);
            Assert.Contains(markup, line => line.TrimStart().StartsWith("TabView ", StringComparison.Ordinal));
            Assert.Contains(markup, line => line.Contains("text=Connected", StringComparison.Ordinal));
            Assert.Contains(markup, line => line.TrimStart().StartsWith("Toast", StringComparison.Ordinal)); // shown by the gallery's Started hook
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("--headless")]
    [InlineData("--window")]
    public void Exit_after_runs_the_loop_that_long_then_exits_0_with_the_screenshot(string mode)
    {
        var file = Path.Combine(Path.GetTempPath(), $"host-exit-after-{Environment.ProcessId}-{mode.Trim('-')}.png");
        try
        {
            var run = GalleryProcess.Run(mode, "--scale", "1", "--exit-after", "1.5", "--screenshot", file);
            Assert.True(run.ExitCode == 0, run.Output);
            // A lower bound only: the run may not end before the time asked for.
            Assert.True(run.Elapsed >= TimeSpan.FromSeconds(1.5), $"the run ended after {run.Elapsed}");
            using var bitmap = SKBitmap.Decode(file);
            Assert.Equal(960, bitmap.Width);
            Assert.DoesNotContain("   at ", run.Output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void No_display_is_one_line_naming_the_way_out_and_exit_2_and_the_way_out_works()
    {
        var run = GalleryProcess.Run(["--window"], withDisplay: false);
        Assert.Equal(Application.NoDisplayExitCode, run.ExitCode);
        Assert.Equal("gallery: no display (DISPLAY is not set): run under xvfb-run, or use --headless", run.Stderr.TrimEnd());
        Assert.DoesNotContain("   at ", run.Output);

        var file = Path.Combine(Path.GetTempPath(), $"host-no-display-{Environment.ProcessId}.png");
        try
        {
            var headless = GalleryProcess.Run(["--headless", "--screenshot", file], withDisplay: false);
            Assert.True(headless.ExitCode == 0, headless.Output);
            Assert.True(File.Exists(file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
