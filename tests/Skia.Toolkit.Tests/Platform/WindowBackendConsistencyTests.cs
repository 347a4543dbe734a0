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
    public void Auto_takes_gl_first_unless_it_can_only_render_in_software_and_says_why_in_one_line()
    {
        var log = new List<string>();
        using var window = new Window(BackendScene.Build(out _), new WindowOptions { Width = 64, Height = 48, Log = log.Add, Vsync = false });
        var line = Assert.Single(log);
        Assert.Equal(line, window.BackendLog);
        if (line.Contains("no direct rendering", StringComparison.Ordinal))
        {
            // Xvfb: no DRI3, DRI2 or NV-GLX, so GL could only be llvmpipe. Auto goes straight to CPU drawing put on the
            // X server (only the dirty rectangles, through shared memory), without making a GL context to find out.
            Assert.Equal("raster", window.BackendName);
            Assert.StartsWith("backend: raster (auto: the X server offers no direct rendering (no DRI3, DRI2 or NV-GLX)", line);
            Assert.EndsWith("CPU drawing presented by X11 MIT-SHM XShmPutImage)", line);
        }
        else if (line.Contains("llvmpipe", StringComparison.Ordinal))
        {
            // A display with DRI but Mesa in software: auto keeps the window, draws on the CPU and puts only
            // the dirty rectangles on the X server (no texture upload, no full-window software swap).
            Assert.Equal("raster", window.BackendName);
            Assert.StartsWith("backend: raster (auto: gl renders in software (llvmpipe", line);
            Assert.Contains("CPU drawing presented by X11", line);
        }
        else
        {
            Assert.Equal("gl", window.BackendName);
            Assert.StartsWith("backend: gl (auto: first in auto order gl, vulkan, raster;", line);
        }
        window.RenderIfNeeded();
        using var shown = window.Capture();
        Assert.Equal(64, shown.Width);
    }

    [Theory]
    [InlineData("llvmpipe (LLVM 15.0.6, 256 bits), OpenGL 4.5 (Compatibility Profile) Mesa 22.3.6", true)]
    [InlineData("Google SwiftShader, OpenGL ES 3.0", true)]
    [InlineData("Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6 (Core Profile) Mesa 22.3.6", false)]
    [InlineData("NVIDIA GeForce RTX 3060/PCIe/SSE2, OpenGL 4.6.0 NVIDIA 535.104.05", false)]
    public void Software_gl_renderers_are_recognised(string renderer, bool software) =>
        Assert.Equal(software, WindowBackendSelection.IsSoftwareRenderer(renderer));
}
