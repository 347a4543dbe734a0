using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Theming;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// Control is the base of interactive widgets: it draws with the window's <see cref="Theming.Theme"/>, repaints
/// on hover and focus changes, and draws the focus ring. Hover, pressed and focused are read at render time,
/// so a state change costs one repaint of the control and no layout.
/// </summary>
public abstract class Control : Widget
{
    private bool _isPressed;

    /// <summary>Theme is the theme of the window this control is in (<see cref="Theming.Theme.Dark"/> while detached).</summary>
    protected Theme Theme => Root?.Theme ?? Theme.Dark;

    /// <summary>IsPressed tells whether a pointer button (or Space) is held down on the control.</summary>
    public bool IsPressed
    {
        get => _isPressed;
        private protected set
        {
            if (_isPressed == value) return;
            _isPressed = value;
            InvalidatePaint();
        }
    }

    /// <summary>OnPointerEnter repaints for the hover state.</summary>
    protected override void OnPointerEnter(PointerEventArgs e) => InvalidatePaint();

    /// <summary>OnPointerLeave repaints for the hover state.</summary>
    protected override void OnPointerLeave(PointerEventArgs e) => InvalidatePaint();

    /// <summary>OnGotFocus repaints to show the focus ring.</summary>
    protected override void OnGotFocus() => InvalidatePaint();

    /// <summary>OnLostFocus repaints to hide the focus ring and drops a keyboard press.</summary>
    protected override void OnLostFocus()
    {
        IsPressed = false;
        InvalidatePaint();
    }

    /// <summary>DrawFocusRing strokes the focus ring just inside <paramref name="rect"/> when the control has focus.</summary>
    protected void DrawFocusRing(SKCanvas canvas, SKRect rect, float cornerRadius)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        if (!IsFocused) return;
        var t = Theme;
        var half = t.FocusRingWidth / 2;
        rect.Inflate(-half, -half);
        canvas.DrawRoundRect(rect, cornerRadius, cornerRadius, ScratchPaint.Stroke(t.FocusRing, t.FocusRingWidth));
    }

    /// <summary>DescribeMarkup adds the interactive state (disabled, focused, pressed) to the markup line when it is not the default.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        base.DescribeMarkup(w);
        if (!IsEnabled) w.Property("enabled", false);
        if (IsFocused) w.Property("focused", true);
        if (IsPressed) w.Property("pressed", true);
    }

    /// <summary>LocalRect is the control's own area in its coordinates.</summary>
    private protected SKRect LocalRect => new(0, 0, Bounds.Width, Bounds.Height);

    /// <summary>IsActivationKey tells whether a key press activates a focused control (Space or Enter without modifiers).</summary>
    private protected static bool IsActivationKey(KeyEventArgs e)
        => e.Modifiers == KeyModifiers.None && e.Key is Key.Space or Key.Enter or Key.NumPadEnter;
}
