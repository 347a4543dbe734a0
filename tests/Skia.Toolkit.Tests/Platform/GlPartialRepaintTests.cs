using Skia.Toolkit.Platform;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Platform;

[Collection(DisplayCollection.Name)]
public class GlPartialRepaintTests
{
    private static readonly SKColor[] Steps = [SKColors.Orange, SKColors.Teal, new(20, 20, 20, 90), SKColors.HotPink, SKColors.Gold];

    private static Window Open(out List<Rectangle> cells)
    {
        var window = new Window(BackendScene.Build(out cells), new WindowOptions
        {
            Width = BackendScene.Width,
            Height = BackendScene.Height,
            Scale = 1,
            Backend = RenderBackendKind.Gl,
            Vsync = false,
            Log = _ => { },
        });
        window.Root.Background = SKColors.Lavender;
        return window;
    }

    [Fact]
    public void Frames_of_partial_repaints_on_gl_equal_one_full_repaint_of_the_same_state()
    {
        using var partial = Open(out var cells);
        partial.RenderIfNeeded();
        var total = partial.Root.PixelSize.Width * partial.Root.PixelSize.Height;
        for (var i = 0; i < Steps.Length; i++)
        {
            var cell = cells[(i * 2 + 1) % cells.Count];
            cell.Fill = Steps[i];
            cell.CornerRadius = 2 + i;
            Assert.True(partial.RenderIfNeeded());
            Assert.InRange(partial.LastFrame.PixelsRepainted, 1, total / 3); // really partial
        }
        using var afterPartials = partial.Capture();
        partial.Dispose();

        using var full = Open(out var fullCells);
        for (var i = 0; i < Steps.Length; i++)
        {
            var cell = fullCells[(i * 2 + 1) % fullCells.Count];
            cell.Fill = Steps[i];
            cell.CornerRadius = 2 + i;
        }
        full.RenderIfNeeded();
        Assert.Equal(total, full.LastFrame.PixelsRepainted);
        using var fromScratch = full.Capture();

        using var diff = PixelDiff.Compare(fromScratch, afterPartials, threshold: 0);
        Assert.True(diff.Identical || diff.DifferentPixels == 0, $"{diff.DifferentPixels} pixels differ between partial and full repaint");
    }
}
