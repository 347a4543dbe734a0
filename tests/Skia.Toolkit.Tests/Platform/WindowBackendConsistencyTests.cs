using Skia.Toolkit.Platform;
using Skia.Toolkit.Testing;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>
/// The same widget tree must look the same on every backend. Budget: PixelDiff (pixelmatch YIQ
/// threshold 0.1, anti-aliased pixels tolerated) may find at most 0.5% of pixels different —
/// GPU rasterisers cover anti-aliased edges slightly differently from Skia's CPU rasteriser.
/// </summary>
[Collection(DisplayCollection.Name)]
public class WindowBackendConsistencyTests
{
    private const double DifferingPixelBudget = 0.005;

    [Theory]
    [InlineData(RenderBackendKind.Gl, 1f)]
    [InlineData(RenderBackendKind.Vulkan, 1f)]
    [InlineData(RenderBackendKind.Raster, 1f)]
    [InlineData(RenderBackendKind.Gl, 2f)]
    [InlineData(RenderBackendKind.Vulkan, 2f)]
    public void Window_on_each_backend_shows_what_the_raster_reference_renders(RenderBackendKind kind, float scale)
    {
        using var expected = BackendScene.Reference(scale);
        var log = new List<string>();
        using var window = new Window(BackendScene.Build(out _), new WindowOptions
        {
            Title = $"consistency {kind} {scale}x",
            Width = BackendScene.Width,
            Height = BackendScene.Height,
            Scale = scale,
            Backend = kind,
            Vsync = false,
            Log = log.Add,
        });
        window.Root.Background = SKColors.Lavender;
        Assert.Equal(kind.ToString().ToLowerInvariant(), window.BackendName);
        Assert.StartsWith($"backend: {window.BackendName} (asked for;", Assert.Single(log));

        window.RenderIfNeeded();
        window.RunOnce(TimeSpan.Zero); // a second frame: nothing dirty, the back buffer must still be shown whole
        using var shown = window.Capture();

        using var diff = PixelDiff.Compare(expected, shown);
        Assert.True(diff.SizesMatch, $"window shows {diff.ActualSize}, reference is {diff.ExpectedSize}");
        var budget = (int)(expected.Width * expected.Height * DifferingPixelBudget);
        Assert.True(diff.DifferentPixels <= budget,
            $"{kind} at {scale}x: {diff.DifferentPixels} pixels differ from the raster reference (budget {budget}, {diff.AntiAliasedPixels} anti-aliased tolerated)");
    }

    [Fact]
    public void Auto_takes_gl_first_and_says_why_in_one_line()
    {
        var log = new List<string>();
        using var window = new Window(BackendScene.Build(out _), new WindowOptions { Width = 64, Height = 48, Log = log.Add, Vsync = false });
        Assert.Equal("gl", window.BackendName);
        var line = Assert.Single(log);
        Assert.StartsWith("backend: gl (auto: first in auto order gl, vulkan, raster;", line);
        Assert.Contains("OpenGL", line);
        Assert.Equal(line, window.BackendLog);
    }
}
