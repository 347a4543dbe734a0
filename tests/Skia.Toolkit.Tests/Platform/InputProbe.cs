using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using SkiaSharp;

namespace Skia.Toolkit.Tests.Platform;

/// <summary>
/// InputProbe is a small focusable test widget standing in for a button or a text field: it counts
/// clicks, collects typed text (Backspace deletes), records Enter as a submit of the text so far,
/// and repaints when anything changes so a frame shows it.
/// </summary>
internal sealed class InputProbe : Widget
{
    public InputProbe(string name, float width, float height)
    {
        Name = name;
        Width = width;
        Height = height;
        HorizontalAlignment = HorizontalAlignment.Left;
        Focusable = true;
    }

    public int Clicks { get; private set; }
    public string Text { get; private set; } = "";
    public List<string> Submitted { get; } = [];
    public KeyModifiers LastModifiers { get; private set; }

    protected override void OnPointerDown(PointerEventArgs e)
    {
        e.Handled = true;
    }

    protected override void OnPointerUp(PointerEventArgs e)
    {
        if (e.Button != PointerButton.Left) return;
        Clicks++;
        e.Handled = true;
        InvalidatePaint();
    }

    protected override void OnTextInput(TextInputEventArgs e)
    {
        Text += e.Text;
        e.Handled = true;
        InvalidatePaint();
    }

    protected override void OnKeyDown(KeyEventArgs e)
    {
        LastModifiers = e.Modifiers;
        if (e.Key == Key.Enter)
        {
            Submitted.Add(Text);
            e.Handled = true;
        }
        else if (e.Key == Key.Backspace && Text.Length > 0)
        {
            Text = Text[..^1];
            e.Handled = true;
        }
        InvalidatePaint();
    }

    protected override void OnRender(SKCanvas canvas)
    {
        using var paint = new SKPaint { Color = IsFocused ? SKColors.SteelBlue : SKColors.LightSteelBlue };
        canvas.DrawRect(new SKRect(0, 0, Bounds.Width, Bounds.Height), paint);
        // One bar per click and per typed character: visible proof of the input in screenshots.
        paint.Color = SKColors.White;
        for (var i = 0; i < Clicks + Text.Length; i++) canvas.DrawRect(new SKRect(4 + i * 6, 4, 8 + i * 6, Bounds.Height - 4), paint);
    }
}
