using Skia.Toolkit.Core;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// Toast is a short notification shown by <see cref="PopupHost.ShowToast"/> at the bottom right of the window.
/// It goes away when its time is up (at the host's next <see cref="PopupHost.Tick"/>), when clicked, or by <see cref="Dismiss"/>.
/// </summary>
public sealed class Toast : Control
{
    // Widest a toast grows before its text is cut: about 45 characters of body text, a sentence.
    internal const float WidestToast = 320;

    // Width of the coloured stripe on the left edge that shows the kind at a glance.
    private const float StripeWidth = 4;

    internal Toast(string message, ToastKind kind)
    {
        Message = message;
        Kind = kind;
        ActivatesOnClick = true;
    }

    /// <summary>Dismissed is raised once when the toast leaves the window, by timeout, click or <see cref="Dismiss"/>.</summary>
    public event EventHandler? Dismissed;

    /// <summary>Message is the toast's text.</summary>
    public string Message { get; }

    /// <summary>Kind picks the stripe colour.</summary>
    public ToastKind Kind { get; }

    /// <summary>IsShown tells whether the toast is still in the window.</summary>
    public bool IsShown => Parent != null;

    /// <summary>ExpiresAt is the host clock's timestamp after which the toast is removed.</summary>
    internal long ExpiresAt { get; init; }

    /// <summary>Dismiss removes the toast now; does nothing when it is already gone.</summary>
    public void Dismiss()
    {
        if (Parent is not ToastStack stack) return;
        stack.Remove(this);
        Dismissed?.Invoke(this, EventArgs.Empty);
    }

    private FontSpec Font => FontSpec.Ui(Theme.FontSize);

    /// <summary>MeasureOverride asks for the message plus padding and the close mark, at most a fixed width wide.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        var t = Theme;
        var width = StripeWidth + t.Spacing + TextPainter.Width(Message, Font) + t.Spacing + CloseWidth + t.Spacing;
        return new SKSize(Math.Min(width, Math.Min(WidestToast, available.Width)), t.ControlHeight + t.Spacing);
    }

    private float CloseWidth => Theme.FontSize;

    /// <summary>OnRender draws the raised box, the kind stripe, the message (cut at the right) and the close mark.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var t = Theme;
        var rect = LocalRect;
        var r = t.CornerRadius;
        canvas.DrawRoundRect(rect, r, r, ScratchPaint.Fill(IsPointerOver ? t.SurfaceHover : t.SurfaceRaised));
        var stripe = Kind switch
        {
            ToastKind.Success => t.Positive,
            ToastKind.Warning => t.Warning,
            ToastKind.Error => t.Danger,
            _ => t.Accent,
        };
        canvas.Save();
        canvas.ClipRect(new SKRect(0, 0, StripeWidth, rect.Height));
        canvas.DrawRoundRect(rect, r, r, ScratchPaint.Fill(stripe));
        canvas.Restore();
        var inner = rect;
        inner.Inflate(-t.BorderWidth / 2, -t.BorderWidth / 2);
        canvas.DrawRoundRect(inner, r, r, ScratchPaint.Stroke(t.Border, t.BorderWidth));

        var closeLeft = rect.Width - t.Spacing - CloseWidth;
        canvas.Save();
        canvas.ClipRect(new SKRect(StripeWidth, 0, closeLeft - (t.Spacing / 2), rect.Height));
        TextPainter.Draw(canvas, Message, Font, t.Text, new SKRect(StripeWidth + t.Spacing, 0, closeLeft, rect.Height), 0);
        canvas.Restore();

        // The close mark: a small X drawn as two strokes, so it needs no glyph from the font.
        var cx = closeLeft + (CloseWidth / 2);
        var cy = rect.Height / 2;
        var arm = CloseWidth / 4;
        var pen = ScratchPaint.Stroke(IsPointerOver ? t.Text : t.TextMuted, 1.5f);
        canvas.DrawLine(cx - arm, cy - arm, cx + arm, cy + arm, pen);
        canvas.DrawLine(cx - arm, cy + arm, cx + arm, cy - arm, pen);
    }

    /// <summary>OnActivated dismisses the toast when a click ends on it.</summary>
    private protected override void OnActivated() => Dismiss();

    /// <summary>DescribeMarkup writes the kind and the message.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        base.DescribeMarkup(w);
        w.Property("kind", Kind.ToString());
        w.Property("message", Message);
    }
}
