using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Theming;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// Control is the base of interactive widgets: it draws with the window's <see cref="Theming.Theme"/>, repaints
/// on hover and focus changes, and draws the focus ring. Hover, pressed and focused are read at render time,
/// so a state change costs one repaint of the control and no layout. A control that acts on a click (a button,
/// a check box) turns on <see cref="ActivatesOnClick"/> and overrides <see cref="OnActivated"/>: Control does the
/// press, the pointer capture and the release-inside test, and with <see cref="ActivatesOnKeys"/> Space and Enter.
/// A control made of options (radio rows, segments) turns on <see cref="HasOptions"/> and overrides <see cref="OptionAt"/>
/// and <see cref="OnOptionPressed"/>: Control tracks <see cref="HoveredOption"/> and hands it a press.
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

    /// <summary>ActivatesOnClick makes a left press (shown as <see cref="IsPressed"/>, pointer captured) released inside the control call <see cref="OnActivated"/>.</summary>
    private protected bool ActivatesOnClick { get; set; }

    /// <summary>ActivatesOnKeys makes Space or Enter, while the control has focus, call <see cref="OnActivated"/>.</summary>
    private protected bool ActivatesOnKeys { get; set; }

    /// <summary>OnActivated is what a click or an activation key does: a button clicks, a check box flips, a combo box opens.</summary>
    private protected virtual void OnActivated()
    {
    }

    /// <summary>HasOptions says the control is made of options found by <see cref="OptionAt"/>: the pointer hovers and presses them one at a time.</summary>
    private protected bool HasOptions { get; set; }

    /// <summary>HoveredOption is the option under the pointer, or -1.</summary>
    private protected int HoveredOption { get; private set; } = -1;

    /// <summary>OptionAt returns the option at a point in the control's coordinates, or -1.</summary>
    private protected virtual int OptionAt(SKPoint point) => -1;

    /// <summary>OnOptionPressed is what a left press on an option does (select it).</summary>
    private protected virtual void OnOptionPressed(int index)
    {
    }

    /// <summary>ForgetHoveredOption drops the hovered option, for when the options are replaced.</summary>
    private protected void ForgetHoveredOption() => HoveredOption = -1;

    /// <summary>OnPointerMove tracks the hovered option of a control made of options.</summary>
    protected override void OnPointerMove(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!HasOptions) return;
        var i = OptionAt(e.Position);
        if (i == HoveredOption) return;
        HoveredOption = i;
        InvalidatePaint();
    }

    /// <summary>OnPointerDown presses a control that activates on click, capturing the pointer until release, or presses the option under the pointer.</summary>
    protected override void OnPointerDown(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Button != PointerButton.Left) return;
        if (ActivatesOnClick)
        {
            IsPressed = true;
            CapturePointer();
            e.Handled = true;
        }
        else if (HasOptions)
        {
            var i = OptionAt(e.Position);
            if (i >= 0) OnOptionPressed(i);
            e.Handled = true;
        }
    }

    /// <summary>OnPointerUp activates a pressed control when the release happens inside it (dragging out first cancels).</summary>
    protected override void OnPointerUp(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!ActivatesOnClick || e.Button != PointerButton.Left || !IsPressed) return;
        IsPressed = false;
        e.Handled = true;
        if (LocalRect.Contains(e.Position)) OnActivated();
    }

    /// <summary>OnKeyDown activates a control that activates on keys when Space or Enter is pressed; a held key activates it once (its auto-repeats do nothing), as a held mouse button clicks once.</summary>
    protected override void OnKeyDown(KeyEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!ActivatesOnKeys || !IsActivationKey(e)) return;
        e.Handled = true;
        if (!e.IsRepeat) OnActivated();
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
