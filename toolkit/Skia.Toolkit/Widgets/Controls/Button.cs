using Skia.Toolkit.Core;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using Skia.Toolkit.Theming;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// Button raises <see cref="Click"/> when clicked (press and release inside it) or, while focused, when
/// Space or Enter is pressed. Its <see cref="Style"/> picks the fill: default, primary, danger, positive, negative.
/// It shows a caption, an <see cref="Icon"/> left of the caption, or an icon alone (then give it an
/// <see cref="AccessibleName"/>); the icon takes the caption's colour in every state.
/// </summary>
public class Button : Control
{
    private string _text;
    private ButtonStyle _style;
    private Icon? _icon;
    private string? _accessibleName;

    /// <summary>Button creates a button with a caption.</summary>
    public Button(string text = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        Focusable = true;
        ActivatesOnClick = true;
        ActivatesOnKeys = true;
    }

    /// <summary>FromIcon creates an icon-only button; <paramref name="accessibleName"/> says what it does ("Close", "Search"), since no caption does.</summary>
    /// <exception cref="ArgumentException">accessibleName is empty or white space.</exception>
    public static Button FromIcon(Icon icon, string accessibleName)
    {
        ArgumentNullException.ThrowIfNull(icon);
        ArgumentException.ThrowIfNullOrWhiteSpace(accessibleName);
        return new Button { _icon = icon, _accessibleName = accessibleName };
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

    /// <summary>Icon is drawn left of the caption (or alone, centred, when the caption is empty) in the caption's colour; null for none.</summary>
    public Icon? Icon
    {
        get => _icon;
        set
        {
            if (ReferenceEquals(_icon, value)) return;
            _icon = value;
            InvalidateMeasure();
            InvalidatePaint();
        }
    }

    /// <summary>AccessibleName is what the button is called for assistive tools and in markup: the caption unless set; icon-only buttons need one.</summary>
    public string AccessibleName
    {
        get => _accessibleName ?? _text;
        set => _accessibleName = string.IsNullOrEmpty(value) ? null : value;
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

    /// <summary>MeasureOverride asks for the icon and caption plus padding, at the theme's control height (an icon-only button is square).</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        var t = Theme;
        // An icon alone needs only a small inset; a caption gets the wider padding that reads as a button.
        var padding = _icon != null && _text.Length == 0 ? t.SpacingSmall : t.Spacing + t.SpacingSmall;
        var width = ContentWidth(t) + (2 * padding);
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
        DrawContent(canvas, t, rect, palette.Text);
        DrawFocusRing(canvas, rect, r);
    }

    // The icon and caption are centred together as one block: [icon][gap][caption].
    private void DrawContent(SKCanvas canvas, Theme t, SKRect rect, SKColor color)
    {
        if (_icon == null)
        {
            TextPainter.Draw(canvas, _text, CaptionFont, color, rect, 0.5f);
            return;
        }

        var size = t.IconSize;
        var left = rect.Left + ((rect.Width - ContentWidth(t)) / 2);
        // Whole device pixels for the icon's box keep its strokes as sharp as the button's outline.
        float scale = Root?.Scale ?? 1f;
        left = MathF.Round(left * scale) / scale;
        var top = MathF.Round((rect.Top + ((rect.Height - size) / 2)) * scale) / scale;
        _icon.Draw(canvas, new SKRect(left, top, left + size, top + size), color);
        if (_text.Length == 0) return;
        var textLeft = left + size + t.SpacingSmall;
        TextPainter.Draw(canvas, _text, CaptionFont, color, new SKRect(textLeft, rect.Top, rect.Right, rect.Bottom), 0);
    }

    private float ContentWidth(Theme t)
    {
        var text = TextPainter.Width(_text, CaptionFont);
        if (_icon == null) return text;
        return text == 0 ? t.IconSize : t.IconSize + t.SpacingSmall + text;
    }

    /// <summary>OnActivated clicks: a pointer click or Space/Enter while focused.</summary>
    private protected override void OnActivated() => OnClick();

    /// <summary>EffectiveStyle is the style drawn now (a checked toggle draws as primary when its style is default).</summary>
    private protected virtual ButtonStyle EffectiveStyle => _style;

    /// <summary>DescribeMarkup adds the caption, the icon, the accessible name when it differs from the caption, and the style.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        w.Property("text", _text);
        if (_icon != null) w.Property("icon", _icon.Name);
        if (_accessibleName != null && _accessibleName != _text) w.Property("accessibleName", _accessibleName);
        if (_style != ButtonStyle.Default) w.Property("style", _style.ToString());
    }
}
