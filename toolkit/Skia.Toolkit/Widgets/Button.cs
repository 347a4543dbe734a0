using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// Button raises <see cref="Click"/> when clicked (press and release inside it) or, while focused, when
/// Space or Enter is pressed. Its <see cref="Style"/> picks the fill: default, primary, danger, positive, negative.
/// </summary>
public class Button : Control
{
    private string _text;
    private ButtonStyle _style;

    /// <summary>Button creates a button with a caption.</summary>
    public Button(string text = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        Focusable = true;
    }

    /// <summary>Click is raised when the button is activated by pointer or keyboard.</summary>
    public event EventHandler? Click;

    /// <summary>Text is the caption.</summary>
    public string Text
    {
        get => _text;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (_text == value) return;
            _text = value;
            InvalidateMeasure();
            InvalidatePaint();
        }
    }

    /// <summary>Style picks the fill colours from the theme.</summary>
    public ButtonStyle Style
    {
        get => _style;
        set
        {
            if (_style == value) return;
            _style = value;
            InvalidatePaint();
        }
    }

    /// <summary>PerformClick activates the button as a click would, if it is enabled.</summary>
    public void PerformClick()
    {
        if (IsEffectivelyEnabled) OnClick();
    }

    /// <summary>OnClick raises <see cref="Click"/>; subclasses add behaviour (a toggle flips its state first).</summary>
    protected virtual void OnClick() => Click?.Invoke(this, EventArgs.Empty);

    /// <summary>CaptionFont is the font of the caption.</summary>
    private protected FontSpec CaptionFont => FontSpec.Ui(Theme.FontSize, SKFontStyleWeight.SemiBold);

    /// <summary>MeasureOverride asks for the caption plus padding, at the theme's control height.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        var t = Theme;
        var width = TextPainter.Width(_text, CaptionFont) + (2 * (t.Spacing + t.SpacingSmall));
        return new SKSize(Math.Max(width, t.ControlHeight), t.ControlHeight);
    }

    /// <summary>OnRender draws the fill for the current state, the outline, the caption and the focus ring.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var t = Theme;
        var palette = ButtonPalette.For(t, EffectiveStyle, IsEffectivelyEnabled, IsPointerOver, IsPressed);
        var rect = LocalRect;
        var r = t.CornerRadius;
        canvas.DrawRoundRect(rect, r, r, ScratchPaint.Fill(palette.Fill));
        if (palette.Outline.Alpha != 0)
        {
            var inner = rect;
            inner.Inflate(-t.BorderWidth / 2, -t.BorderWidth / 2);
            canvas.DrawRoundRect(inner, r, r, ScratchPaint.Stroke(palette.Outline, t.BorderWidth));
        }
        TextPainter.Draw(canvas, _text, CaptionFont, palette.Text, rect, 0.5f);
        DrawFocusRing(canvas, rect, r);
    }

    /// <summary>EffectiveStyle is the style drawn now (a checked toggle draws as primary when its style is default).</summary>
    private protected virtual ButtonStyle EffectiveStyle => _style;

    /// <summary>OnPointerDown presses the button and captures the pointer until release.</summary>
    protected override void OnPointerDown(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Button != PointerButton.Left) return;
        IsPressed = true;
        CapturePointer();
        e.Handled = true;
    }

    /// <summary>OnPointerUp clicks when the release happens inside the button.</summary>
    protected override void OnPointerUp(PointerEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Button != PointerButton.Left || !IsPressed) return;
        IsPressed = false;
        e.Handled = true;
        if (LocalRect.Contains(e.Position)) OnClick();
    }

    /// <summary>OnKeyDown clicks on Space or Enter.</summary>
    protected override void OnKeyDown(KeyEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!IsActivationKey(e)) return;
        e.Handled = true;
        OnClick();
    }

    /// <summary>DescribeMarkup adds the caption and style.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        w.Property("text", _text);
        if (_style != ButtonStyle.Default) w.Property("style", _style.ToString());
    }
}
