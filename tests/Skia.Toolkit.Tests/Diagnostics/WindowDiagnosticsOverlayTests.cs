using Skia.Toolkit.Diagnostics;
using Skia.Toolkit.Input;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Tests.Platform;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Diagnostics;

[Collection(DisplayCollection.Name)]
public class WindowDiagnosticsOverlayTests
{
    [Fact]
    public void A_gl_window_binds_F12_to_the_overlay_and_shows_it_in_its_own_pixels()
    {
        using var window = new Window(BackendScene.Build(out var cells), Options(RenderBackendKind.Gl, DiagnosticsOverlay.DefaultHotkey));
        var overlay = window.Root.DiagnosticsOverlay;
        Assert.NotNull(overlay);
        Assert.Equal(window.Clock.FrameInterval, overlay.FrameInterval);
        window.RenderIfNeeded();
        var panel = overlay.PanelBounds;
        int x = (int)panel.Left + 2, y = (int)panel.Top + 2;
        using (var before = window.Capture()) Assert.True(Brightness(before.GetPixel(x, y)) > 0x80);

        window.Root.DispatchKeyDown(Key.F12);
        cells[0].Fill = SKColors.Orange;
        Assert.True(window.RenderIfNeeded());
        using (var shown = window.Capture()) Assert.True(Brightness(shown.GetPixel(x, y)) < 0x40, $"{shown.GetPixel(x, y)} under the panel");
        Assert.True(overlay.FramesShown >= 2);
    }

    [Fact]
    public void A_window_without_a_diagnostics_hotkey_has_no_overlay()
    {
        using var window = new Window(BackendScene.Build(out _), Options(RenderBackendKind.Raster, null));
        Assert.Null(window.Root.DiagnosticsOverlay);
        Assert.False(window.Root.DispatchKeyDown(Key.F12));
    }

    private static WindowOptions Options(RenderBackendKind backend, Hotkey? hotkey) => new()
    {
        Width = BackendScene.Width,
        Height = BackendScene.Height,
        Scale = 1,
        Backend = backend,
        Vsync = false,
        DiagnosticsHotkey = hotkey,
        Log = _ => { },
    };

    private static int Brightness(SKColor c) => (c.Red + c.Green + c.Blue) / 3;
}
