using System.Globalization;
using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Testing;

/// <summary>
/// A fixed-size, focusable widget that writes down every input event it receives (positions in its
/// own coordinates) and toggles its colour on each click, so tests can see input arrive and repaint.
/// </summary>
internal sealed class EventRecorder : Widget
{
    public static readonly SKColor Idle = SKColors.SteelBlue;
    public static readonly SKColor Clicked = SKColors.DarkOrange;

    public EventRecorder(float width, float height)
    {
        Width = width;
        Height = height;
        HorizontalAlignment = HorizontalAlignment.Left;
        VerticalAlignment = VerticalAlignment.Top;
        Focusable = true;
    }

    public List<string> Events { get; } = [];

    /// <summary>CaptureOnDown makes the recorder hold the pointer from press to release, as a drag handle does.</summary>
    public bool CaptureOnDown { get; init; }

    public SKColor Fill { get; private set; } = Idle;

    protected override void OnRender(SKCanvas canvas)
    {
        using var paint = new SKPaint { Color = Fill };
        canvas.DrawRect(new SKRect(0, 0, Bounds.Width, Bounds.Height), paint);
    }

    protected override void OnPointerEnter(PointerEventArgs e) => Record("Enter", e);

    protected override void OnPointerLeave(PointerEventArgs e) => Record("Leave", e);

    protected override void OnPointerMove(PointerEventArgs e) => Record("Move", e);

    protected override void OnPointerDown(PointerEventArgs e)
    {
        Record("Down", e);
        if (CaptureOnDown) CapturePointer();
        e.Handled = true;
    }

    protected override void OnPointerUp(PointerEventArgs e)
    {
        Record("Up", e);
        Fill = Fill == Idle ? Clicked : Idle;
        InvalidatePaint();
        e.Handled = true;
    }

    protected override void OnPointerWheel(PointerEventArgs e)
    {
        Events.Add($"Wheel {F(e.WheelDelta.X)},{F(e.WheelDelta.Y)} at {F(e.Position.X)},{F(e.Position.Y)}{Mods(e.Modifiers)}");
        e.Handled = true;
    }

    protected override void OnKeyDown(KeyEventArgs e)
    {
        Events.Add($"KeyDown {e.Key}{Mods(e.Modifiers)}");
        e.Handled = true;
    }

    protected override void OnKeyUp(KeyEventArgs e)
    {
        Events.Add($"KeyUp {e.Key}{Mods(e.Modifiers)}");
        e.Handled = true;
    }

    protected override void OnTextInput(TextInputEventArgs e)
    {
        Events.Add($"Text {e.Text}");
        e.Handled = true;
    }

    protected override void OnGotFocus() => Events.Add("GotFocus");

    protected override void OnLostFocus() => Events.Add("LostFocus");

    private void Record(string kind, PointerEventArgs e)
    {
        var button = e.Button == PointerButton.None ? "" : " " + e.Button;
        Events.Add($"{kind}{button} {F(e.Position.X)},{F(e.Position.Y)}{Mods(e.Modifiers)}");
    }

    private static string Mods(KeyModifiers modifiers) => modifiers == KeyModifiers.None ? "" : " " + modifiers;

    private static string F(float value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
