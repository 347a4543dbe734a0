using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Core;

public class UiRootTests
{
    [Fact]
    public void Logical_size_is_pixels_over_scale_and_resize_repaints_everything()
    {
        var content = new ProbeWidget();
        var root = new UiRoot(content, new SKSizeI(300, 200), 2);
        Assert.Equal(new SKSize(150, 100), root.LogicalSize);
        root.UpdateLayout();
        root.DirtyRegion.Clear();

        root.Resize(new SKSizeI(400, 300), 1);
        Assert.True(root.DirtyRegion.IsFull);
        root.UpdateLayout();
        Assert.Equal(new SKRect(0, 0, 400, 300), content.Bounds);
    }

    [Fact]
    public void Bad_sizes_scales_and_shared_content_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new UiRoot(new ProbeWidget(), new SKSizeI(0, 10)));
        Assert.Throws<ArgumentException>(() => new UiRoot(new ProbeWidget(), new SKSizeI(10, 10), float.NaN));
        Assert.Throws<ArgumentException>(() => new UiRoot(new ProbeWidget(), new SKSizeI(10, 10), 0));
        var shared = new ProbeWidget();
        _ = new UiRoot(shared, new SKSizeI(10, 10));
        Assert.Throws<ArgumentException>(() => new UiRoot(shared, new SKSizeI(10, 10)));
        var parent = new ProbeWidget();
        Assert.Throws<InvalidOperationException>(() => parent.Add(shared));
    }

    [Fact]
    public void Background_is_the_default_dark_theme_until_a_theme_is_set()
    {
        using var window = new HeadlessWindow(new Stack(), 10, 10);
        Assert.Equal(Theme.Dark.Background, window.Root.Background);
        using (var dark = window.Capture()) Assert.Equal(Theme.Dark.Background, dark.GetPixel(5, 5));
        window.Root.Theme = Theme.Light;
        using var light = window.Capture();
        Assert.Equal(Theme.Light.Background, light.GetPixel(5, 5));
    }

    [Fact]
    public void Changing_the_background_repaints_the_window_in_the_new_colour()
    {
        using var window = new HeadlessWindow(new Stack(), 10, 10);
        window.RenderFrame();
        window.Root.Background = SKColors.Black;
        using var bitmap = window.Capture();
        Assert.Equal(SKColors.Black, bitmap.GetPixel(5, 5));
    }

    [Fact]
    public void Needs_frame_only_when_layout_or_pixels_are_dirty()
    {
        var probe = new ProbeWidget(5, 5);
        using var window = new HeadlessWindow(probe, 10, 10);
        Assert.True(window.Root.NeedsFrame);
        window.RenderFrame();
        Assert.False(window.Root.NeedsFrame);
        probe.ContentSize = new SKSize(6, 6);
        Assert.True(window.Root.IsLayoutPending);
        window.RenderFrame();
        Assert.False(window.Root.NeedsFrame);
    }
}
