using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Tests.Core;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Rendering;

/// <summary>What a frame leaves undrawn: widgets (and parts of widgets) whose pixels it does not repaint.</summary>
public class RepaintCullingTests
{
    [Fact]
    public void A_child_of_a_clipping_widget_is_not_drawn_for_a_dirty_strip_just_outside_the_clip()
    {
        var inner = new ProbeWidget { Color = SKColors.Orange };
        var board = new SlotBoard();
        board.Place(new ClippingBox(inner), new SKRect(50, 0, 100, 60));
        using var window = new HeadlessWindow(board, 150, 60);
        window.RenderFrame();
        int drawn = inner.RenderCount;

        // A 1 px column just left of the box: inside the child's bounds grown by the anti-aliasing margin, but the box
        // clips the child to its own bounds, so nothing the child draws can land there.
        window.Root.DirtyRegion.Add(new SKRectI(49, 0, 50, 60));
        window.RenderFrame();
        Assert.Equal(drawn, inner.RenderCount);

        // The box's own first column is the child's to repaint.
        window.Root.DirtyRegion.Add(new SKRectI(50, 0, 51, 60));
        window.RenderFrame();
        Assert.Equal(drawn + 1, inner.RenderCount);

        using var partial = window.Capture();
        using var fresh = new HeadlessWindow(RebuiltBoard(), 150, 60);
        using var full = fresh.Capture();
        Assert.Equal(full.GetPixelSpan().ToArray(), partial.GetPixelSpan().ToArray());
    }

    [Fact]
    public void IsRepainted_answers_for_the_pixels_the_frame_repaints_and_is_true_outside_a_frame()
    {
        var parts = new PartsProbe(new SKRect(2, 2, 8, 8), new SKRect(60, 60, 70, 70));
        using var window = new HeadlessWindow(parts, 100, 100);
        Assert.True(window.Root.Damage.IsRepainted(new SKRect(60, 60, 70, 70)));

        window.RenderFrame();
        Assert.Equal([true, true], parts.LastAnswers);

        window.Root.DirtyRegion.Add(new SKRectI(0, 0, 10, 10));
        window.RenderFrame();
        Assert.Equal([true, false], parts.LastAnswers);

        // A part is grown like an invalidation: a dirty pixel next to its edge counts.
        window.Root.DirtyRegion.Add(new SKRectI(70, 70, 71, 71));
        window.RenderFrame();
        Assert.Equal([false, true], parts.LastAnswers);

        Assert.True(window.Root.Damage.IsRepainted(new SKRect(2, 2, 8, 8)));
    }

    private static SlotBoard RebuiltBoard()
    {
        var board = new SlotBoard();
        board.Place(new ClippingBox(new ProbeWidget { Color = SKColors.Orange }), new SKRect(50, 0, 100, 60));
        return board;
    }

    // ClippingBox clips its one child, which fills it, to its bounds (as a list clips its rows).
    private sealed class ClippingBox : Widget
    {
        public ClippingBox(Widget child) => AddChild(child);

        public override bool ClipToBounds => true;

        protected override SKSize MeasureOverride(SKSize available)
        {
            ChildList[0].Measure(available);
            return available;
        }

        protected override void ArrangeOverride(SKSize finalSize) => ChildList[0].Arrange(new SKRect(0, 0, finalSize.Width, finalSize.Height));
    }

    // PartsProbe asks, while it draws, whether each of its parts (window rectangles) is repainted.
    private sealed class PartsProbe(params SKRect[] parts) : Widget
    {
        public bool[] LastAnswers { get; } = new bool[parts.Length];

        protected override void OnRender(SKCanvas canvas)
        {
            for (int i = 0; i < parts.Length; i++) LastAnswers[i] = Root!.Damage.IsRepainted(parts[i]);
        }
    }
}
