using Skia.Toolkit.Core;
using Skia.Toolkit.Platform;
using Skia.Toolkit.Theming;
using Skia.Toolkit.Widgets;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Widgets;

/// <summary>One state of a widget to draw: a name, how to build the widget and what to do to it before the capture.</summary>
internal sealed record WidgetState(string Name, Func<Widget> Create, Action<HeadlessWindow, Widget>? Apply = null);

/// <summary>
/// StateStrip draws the same widget in several states (columns) and themes (rows) into one image, so one
/// golden shows normal, hover, pressed, focused and disabled side by side. Every cell renders two frames:
/// one before the state is applied and one after, so stale partial repaints show up.
/// </summary>
internal static class StateStrip
{
    public static readonly Theme[] BothThemes = [Theme.Dark, Theme.Light];

    public static SKBitmap Render(int cellWidth, int cellHeight, IReadOnlyList<Theme> themes, params WidgetState[] states)
        => Render(cellWidth, cellHeight, 1, themes, states);

    /// <summary>Render draws the strip at <paramref name="scale"/> device pixels per logical pixel (cells are given in logical pixels).</summary>
    public static SKBitmap Render(int cellWidth, int cellHeight, float scale, IReadOnlyList<Theme> themes, params WidgetState[] states)
    {
        int w = (int)MathF.Ceiling(cellWidth * scale), h = (int)MathF.Ceiling(cellHeight * scale);
        var strip = new SKBitmap(w * states.Length, h * themes.Count, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(strip);
        for (var row = 0; row < themes.Count; row++)
        {
            for (var col = 0; col < states.Length; col++)
            {
                using var cell = RenderCell(cellWidth, cellHeight, themes[row], states[col], scale);
                using var image = SKImage.FromBitmap(cell);
                canvas.DrawImage(image, col * w, row * h, SKSamplingOptions.Default);
            }
        }
        canvas.Flush();
        return strip;
    }

    public static SKBitmap RenderCell(int width, int height, Theme theme, WidgetState state, float scale = 1)
    {
        var widget = state.Create();
        // Inside a PopupHost, as in an app: widgets that open popups (ComboBox) refuse a window without one.
        using var window = new HeadlessWindow(new PopupHost(widget), width, height, scale);
        window.Root.Theme = theme;
        window.RenderFrame();
        state.Apply?.Invoke(window, widget);
        window.RenderFrame();
        return window.Capture();
    }

    /// <summary>Center returns the middle of a widget in window coordinates.</summary>
    public static SKPoint Center(Widget w) => new(w.BoundsInWindow.MidX, w.BoundsInWindow.MidY);

    public static void Hover(HeadlessWindow window, Widget w) => window.Root.DispatchPointerMove(Center(w));

    public static void Press(HeadlessWindow window, Widget w) => window.Root.DispatchPointerDown(Center(w));

    public static void Focus(HeadlessWindow window, Widget w) => Assert.True(w.Focus(), "widget did not take focus");

    public static void Disable(HeadlessWindow window, Widget w) => w.IsEnabled = false;
}
