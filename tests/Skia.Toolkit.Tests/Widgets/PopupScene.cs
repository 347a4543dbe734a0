using Skia.Toolkit.Core;
using Skia.Toolkit.Testing;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

/// <summary>PopupScene builds a test window whose content is a PopupHost over a themed background, as an app would set one up.</summary>
internal static class PopupScene
{
    public static TestWindow Show(Widget content, out PopupHost host, int width = 320, int height = 240, Theme? theme = null, TimeProvider? time = null)
    {
        host = new PopupHost(content);
        var window = new TestWindow(host, width, height);
        // The window's clock drives the host's tooltip delays and toast lifetimes.
        if (time != null) window.Root.Damage.Time = time;
        window.Root.Theme = theme ?? Theme.Dark;
        window.RenderFrame();
        return window;
    }

    /// <summary>Text makes a label, drawn in the theme's text colour.</summary>
    public static Label Text(string text) => new(text) { Margin = new Thickness(8) };

    /// <summary>Backdrop is a few coloured panels so a golden shows what a popup covers.</summary>
    public static Widget Backdrop(Theme? theme = null)
    {
        var t = theme ?? Theme.Dark;
        return new Stack
        {
            Text("Order entry: BTCUSDT"),
            new Rectangle { Height = 40, Fill = t.Surface, Margin = new Thickness(8, 0, 8, 8) },
            new Rectangle { Height = 40, Fill = t.SurfaceRaised, Margin = new Thickness(8, 0, 8, 8) },
        };
    }

    public static SKPoint Centre(Widget w) => new(w.BoundsInWindow.MidX, w.BoundsInWindow.MidY);
}
