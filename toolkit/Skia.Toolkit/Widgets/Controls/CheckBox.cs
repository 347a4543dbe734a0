using Skia.Toolkit.Core;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>CheckBox is a box with a label; a click on either, or Space/Enter while focused, flips <see cref="IsChecked"/>.</summary>
public class CheckBox : Control
{
    // The box is drawn at 16 logical pixels: the common size of check boxes beside 13 px text.
    private const float BoxSize = 16;

    private string _text;
    private bool _isChecked;

    /// <summary>CheckBox creates an unchecked box with a label.</summary>
    public CheckBox(string text = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        Focusable = true;
        ActivatesOnClick = true;
        ActivatesOnKeys = true;
    }

    /// <summary>CheckedChanged is raised after <see cref="IsChecked"/> changes.</summary>
    public event EventHandler? CheckedChanged;

    /// <summary>Text is the label beside the box.</summary>
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

    /// <summary>IsChecked is the box's state.</summary>
    public bool IsChecked
    {
        get => _isChecked;
        set
        {
            if (_isChecked == value) return;
            _isChecked = value;
            InvalidatePaint();
            CheckedChanged?.Invoke(this, EventArgs.Empty);
        }
    }

    private FontSpec LabelFont => FontSpec.Ui(Theme.FontSize);

    /// <summary>MeasureOverride asks for the box, a gap and the label, at the control height.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        var t = Theme;
        var label = _text.Length == 0 ? 0 : t.Spacing + TextPainter.Width(_text, LabelFont);
        return new SKSize(BoxSize + label + (2 * t.SpacingSmall), t.ControlHeight);
    }

    /// <summary>OnRender draws the box (filled with a tick when checked), the label and the focus ring.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var t = Theme;
        var enabled = IsEffectivelyEnabled;
        var top = (Bounds.Height - BoxSize) / 2;
        var box = new SKRect(t.SpacingSmall, top, t.SpacingSmall + BoxSize, top + BoxSize);
        var r = t.CornerRadius / 1.5f;
        if (_isChecked)
        {
            var fill = !enabled ? ColorMath.Fade(t.Accent, 0.35f) : IsPressed ? t.AccentPressed : IsPointerOver ? t.AccentHover : t.Accent;
            canvas.DrawRoundRect(box, r, r, ScratchPaint.Fill(fill));
            DrawTick(canvas, box, enabled ? t.OnAccent : ColorMath.Fade(t.OnAccent, 0.6f));
        }
        else
        {
            var fill = !enabled ? t.Surface : IsPressed ? t.SurfacePressed : IsPointerOver ? t.SurfaceHover : t.Surface;
            canvas.DrawRoundRect(box, r, r, ScratchPaint.Fill(fill));
            var inner = box;
            inner.Inflate(-0.5f, -0.5f);
            canvas.DrawRoundRect(inner, r, r, ScratchPaint.Stroke(enabled ? t.TextMuted : t.Border, 1));
        }
        var labelRect = new SKRect(box.Right + t.Spacing, 0, Bounds.Width, Bounds.Height);
        TextPainter.Draw(canvas, _text, LabelFont, enabled ? t.Text : t.TextDisabled, labelRect, 0);
        DrawFocusRing(canvas, LocalRect, t.CornerRadius);
    }

    /// <summary>DrawTick draws the check mark as two strokes (no path object to allocate).</summary>
    internal static void DrawTick(SKCanvas canvas, SKRect box, SKColor color)
    {
        var paint = ScratchPaint.Stroke(color, 2);
        paint.StrokeCap = SKStrokeCap.Round;
        var w = box.Width;
        var a = new SKPoint(box.Left + (w * 0.25f), box.Top + (w * 0.52f));
        var b = new SKPoint(box.Left + (w * 0.43f), box.Top + (w * 0.70f));
        var c = new SKPoint(box.Left + (w * 0.76f), box.Top + (w * 0.32f));
        canvas.DrawLine(a, b, paint);
        canvas.DrawLine(b, c, paint);
    }

    /// <summary>OnActivated flips the state: a click on the box or label, or Space/Enter while focused.</summary>
    private protected override void OnActivated() => IsChecked = !IsChecked;

    /// <summary>DescribeMarkup adds the label and state.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        w.Property("text", _text);
        w.Property("checked", _isChecked);
    }
}
