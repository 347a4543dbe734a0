using Skia.Toolkit.Core;
using Skia.Toolkit.Input;
using Skia.Toolkit.Rendering;
using Skia.Toolkit.Text;
using Skia.Toolkit.Theming;
using SkiaSharp;

namespace Skia.Toolkit.Widgets;

/// <summary>
/// Dialog is a modal box with a title, a body and OK/Cancel buttons. <see cref="ShowModal"/> shows it centred over
/// a dimmed window; nothing below takes clicks or keys until it closes. Focus starts on the OK button and Tab
/// cycles inside the dialog; Enter confirms, Escape cancels, and focus returns to the opener afterwards.
/// Rename or restyle the buttons through <see cref="OkButton"/> and <see cref="CancelButton"/>.
/// </summary>
public sealed class Dialog : Widget
{
    // Narrowest and widest a dialog gets, in logical pixels: wide enough for a title and two buttons,
    // narrow enough that a sentence of body text wraps into a readable line length.
    private const float MinDialogWidth = 280;
    private const float MaxDialogWidth = 480;

    private Popup? _popup;

    /// <summary>Dialog creates a dialog with a <paramref name="title"/> and a wrapped text <paramref name="message"/>.</summary>
    public Dialog(string title, string message)
        : this(title, new Label(message) { Wrapping = TextWrapping.Wrap })
    {
    }

    /// <summary>Dialog creates a dialog with a <paramref name="title"/> and any <paramref name="body"/> widget (a form, say).</summary>
    public Dialog(string title, Widget body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        Title = title;
        Body = body;
        OkButton = new Button("OK") { Style = ButtonStyle.Primary, MinWidth = 80 };
        CancelButton = new Button("Cancel") { MinWidth = 80 };
        OkButton.Click += (_, _) => Close(DialogResult.Ok);
        CancelButton.Click += (_, _) => Close(DialogResult.Cancel);
        AddChild(body);
        AddChild(OkButton);
        AddChild(CancelButton);
    }

    /// <summary>Closed is raised after the dialog closed; <see cref="Result"/> says how.</summary>
    public event EventHandler? Closed;

    /// <summary>Title is shown at the top in the heading font.</summary>
    public string Title { get; }

    /// <summary>Body is the widget between the title and the buttons.</summary>
    public Widget Body { get; }

    /// <summary>OkButton confirms the dialog.</summary>
    public Button OkButton { get; }

    /// <summary>CancelButton declines the dialog.</summary>
    public Button CancelButton { get; }

    /// <summary>Result says how the dialog closed; None while it is open.</summary>
    public DialogResult Result { get; private set; }

    /// <summary>IsOpen tells whether the dialog is shown.</summary>
    public bool IsOpen => _popup?.IsOpen == true;

    /// <summary>ShowModal shows the dialog in <paramref name="host"/>; focus returns to <paramref name="opener"/> (by default the focused widget) when it closes.</summary>
    public void ShowModal(PopupHost host, Widget? opener = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (IsOpen) throw new InvalidOperationException("The dialog is already shown.");
        Result = DialogResult.None;
        var popup = new Popup(this) { IsModal = true };
        popup.Closed += (_, _) => OnPopupClosed(popup);
        _popup = popup;
        host.Open(popup, opener);
    }

    /// <summary>Close closes the dialog with <paramref name="result"/>; does nothing when it is not open.</summary>
    public void Close(DialogResult result)
    {
        if (!IsOpen) return;
        Result = result == DialogResult.None ? DialogResult.Cancel : result;
        _popup!.Close();
    }

    private Theme Theme => Root?.Theme ?? Theme.Dark;

    private FontSpec TitleFont => FontSpec.Ui(Theme.FontSizeLarge, SKFontStyleWeight.SemiBold);

    private float TitleHeight => TextPainter.LineHeight(TitleFont);

    /// <summary>MeasureOverride stacks title, body and the button row inside the padding, between the minimum and maximum dialog widths.</summary>
    protected override SKSize MeasureOverride(SKSize available)
    {
        var t = Theme;
        var pad = t.SpacingLarge;
        // Keep a margin to the window's edges so the dialog reads as floating over the window.
        available = new SKSize(Math.Max(0, available.Width - (2 * pad)), available.Height);
        var maxInner = Math.Min(MaxDialogWidth, available.Width) - (2 * pad);
        var body = Body.Measure(new SKSize(Math.Max(0, maxInner), float.PositiveInfinity));
        var ok = OkButton.Measure(new SKSize(maxInner, t.ControlHeight));
        var cancel = CancelButton.Measure(new SKSize(maxInner, t.ControlHeight));
        var inner = Math.Max(Math.Max(body.Width, TextPainter.Width(Title, TitleFont)), ok.Width + t.Spacing + cancel.Width);
        var width = Math.Clamp(inner + (2 * pad), Math.Min(MinDialogWidth, available.Width), Math.Max(Math.Min(MaxDialogWidth, available.Width), 0));
        var height = pad + TitleHeight + t.Spacing + body.Height + t.SpacingLarge + t.ControlHeight + pad;
        return new SKSize(width, height);
    }

    /// <summary>ArrangeOverride places the body under the title and the buttons at the bottom right, OK first.</summary>
    protected override void ArrangeOverride(SKSize finalSize)
    {
        var t = Theme;
        var pad = t.SpacingLarge;
        var top = pad + TitleHeight + t.Spacing;
        Body.Arrange(new SKRect(pad, top, finalSize.Width - pad, top + Body.DesiredSize.Height));
        var bottom = finalSize.Height - pad;
        var right = finalSize.Width - pad;
        var cancelWidth = CancelButton.DesiredSize.Width;
        CancelButton.Arrange(new SKRect(right - cancelWidth, bottom - t.ControlHeight, right, bottom));
        right -= cancelWidth + t.Spacing;
        OkButton.Arrange(new SKRect(right - OkButton.DesiredSize.Width, bottom - t.ControlHeight, right, bottom));
    }

    /// <summary>OnRender draws the raised box and the title.</summary>
    protected override void OnRender(SKCanvas canvas)
    {
        var t = Theme;
        var rect = new SKRect(0, 0, Bounds.Width, Bounds.Height);
        var r = t.CornerRadius * 2;
        canvas.DrawRoundRect(rect, r, r, ScratchPaint.Fill(t.SurfaceRaised));
        var inner = rect;
        inner.Inflate(-t.BorderWidth / 2, -t.BorderWidth / 2);
        canvas.DrawRoundRect(inner, r, r, ScratchPaint.Stroke(t.Border, t.BorderWidth));
        var pad = t.SpacingLarge;
        TextPainter.Draw(canvas, Title, TitleFont, t.Text, new SKRect(pad, pad, rect.Width - pad, pad + TitleHeight), 0);
    }

    /// <summary>OnKeyDown confirms on an Enter no focused button took (not on its auto-repeat: the Enter that opened the dialog, held, must not confirm it).</summary>
    protected override void OnKeyDown(KeyEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Modifiers == KeyModifiers.None && e.Key is Key.Enter or Key.NumPadEnter && IsOpen)
        {
            if (!e.IsRepeat) Close(DialogResult.Ok);
            e.Handled = true;
        }
    }

    /// <summary>DescribeMarkup writes the title and, once closed, the result.</summary>
    protected override void DescribeMarkup(MarkupWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Property("title", Title);
        if (Result != DialogResult.None) w.Property("result", Result.ToString());
    }

    private void OnPopupClosed(Popup popup)
    {
        // Detach from the popup so the dialog can be shown again.
        if (!ReferenceEquals(_popup, popup)) return;
        _popup = null;
        if (Result == DialogResult.None) Result = DialogResult.Cancel;
        popup.ReleaseContent();
        Closed?.Invoke(this, EventArgs.Empty);
    }
}
